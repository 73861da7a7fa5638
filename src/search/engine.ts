import { documentRef, type KnowledgeBase, type KnowledgeDocument, type Passage } from '../knowledge/types.ts';
import { termOf, type Analyzer } from './analyzer.ts';
import { IndexState, type IndexSnapshot, type WeightedTerm } from './index-state.ts';
import { compose, type ComposeInput } from './compose.ts';
import { keySentences, newestFirst } from './key-sentences.ts';
import { specificity } from './commonness.ts';
import { amountWords, countryTermSet, focusWords, topicWords, parseQuestion, withApostrophes, type QuestionIntent } from './question.ts';
import { DEFAULT_WEIGHTS, rank, type Candidate, type RankWeights, type Ranked } from './ranker.ts';
import { confidenceOf, FACT_TYPES, questionFacts, type QuestionFacts } from './confidence.ts';
import { figureProximity } from './proximity.ts';
import type { Answer, Citation } from './types.ts';
import { ABSENCES, LEARNED } from './learned.ts';
import type { LearnedAbsences, LearnedTerms } from './learning.ts';

/** Bump when indexing or ranking changes in a way that invalidates cached indexes. */
export const ENGINE_VERSION = 33;

/** Options of {@link AnswerEngine}. */
export interface EngineOptions {
  /** Lowest confidence (share of the question's information found) to answer with the first-ranked passage. */
  threshold?: number;
  /** Lowest confidence to answer with a passage ranked below a first passage that falls short of `threshold`. */
  laterThreshold?: number;
  /** How many candidates are scored in full. */
  candidates?: number;
  weights?: RankWeights;
  /** Built index parts of the same knowledge base, from the on-disk cache. */
  snapshot?: IndexSnapshot;
  /** Question terms → passage terms learnt from question sets (default: the generated {@link LEARNED}). */
  learned?: LearnedTerms;
  /** Question terms → factor on confidence when a sentence lacks them, learnt from question sets (default: the generated {@link ABSENCES}). */
  absences?: LearnedAbsences;
}

/** Options of one question. */
export interface AskOptions {
  /** "Today", for relative dates ("this year"); defaults to the clock. */
  now?: Date;
  /** Most further passages to return for "More sources" (default 10). */
  more?: number;
}


/** The terms of a word of five letters or more with two neighbouring letters swapped ("lavorv" → "lavrov", "chian" → "china"; not "aside" → "said"). */
function transpositions(term: string): string[] {
  if (term.length < 5) return [];
  const out = new Set<string>();
  for (let k = 0; k + 1 < term.length; k++) {
    if (term[k] === term[k + 1]) continue;
    const swapped = termOf(term.slice(0, k) + term[k + 1]! + term[k]! + term.slice(k + 2));
    if (swapped && swapped !== term) out.add(swapped);
  }
  return [...out];
}

/** Factor of a word derived from the question's or it from that ("signature" for "signed", "papal" for "pope"). */
const DERIVED = 0.8;
/** Specificity a question word needs to be widened to its derivations (the few hundred commonest words are not). */
const DERIVED_SPECIFICITY = 0.8;
/** Factor of a capital for its country and back ("Astana" for "Kazakhstan"). */
const CAPITAL = 0.5;
/** Factor of a capital named as an actor ("Astana sent aid", not "in Astana") for its country: it names the country. */
const CAPITAL_ACTOR = 0.7;
/** Factor of a learnt passage term of a question term ("enter" for "effect"): lower than a related word's, as a pair is learnt, not known. */
const LEARNT = 0.3;

/**
 * Confidence below which the engine does not answer with its first-ranked passage. Set with
 * {@link DEFAULT_LATER_THRESHOLD} on the independent sets.
 */
export const DEFAULT_THRESHOLD = 0.46;

/**
 * Confidence a passage needs when the ranking put a weaker one first: passed over by the
 * ranking, it must show more. Against one threshold for all (0.48 before), this pair gave
 * more right first passages and fewer false abstentions, with right abstentions held, on
 * the independent sets each held out from its own learning.
 */
export const DEFAULT_LATER_THRESHOLD = 0.5;

/** First-ranked passages searched for another source restating the answer with another date ({@link ComposeInput.echoes}). */
const ECHOES = 30;

/** Weight kept by a word that only says "an amount" in an amount question ("the volume of trade"). */
const AMOUNT_WORD = 0.3;
/** "How often", "how big": the word after "how" says what kind of answer is wanted, not what it is about. */
const HOW_ADVERB_RE = /\bhow (?:often|soon|big|large)\b/gi;
/** "How long …?": asks a length of time as often as of space, told in units of time ("about 32 days", "forty minutes"). */
const HOW_LONG_RE = /\bhow long\b/i;
/** Units of time, as words of "long" in a "how long" question. */
const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'];
/** Factor of a unit of time as a form of "long" in a "how long" question (as a related word's). */
const DURATION = 0.6;
/** Two capitalised words alone, as a given name and a surname: "Timur Bekov" (not "Kazakh State Revenue Committee"). */
const FULL_NAME_RE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * The answer engine: a MiniSearch index over sentence passages (each indexed with its own
 * text and, at lower weight, its neighbours, section and document title), question rules
 * for answer types and dates, and composition of cited answers. Plain data in and out.
 */
export class AnswerEngine {
  private readonly options: Required<Omit<EngineOptions, 'snapshot'>>;
  private state: IndexState;
  private readonly facts = new WeakMap<QuestionIntent, QuestionFacts>();

  private constructor(knowledge: KnowledgeBase, options: EngineOptions) {
    this.options = {
      threshold: options.threshold ?? DEFAULT_THRESHOLD,
      laterThreshold: options.laterThreshold ?? DEFAULT_LATER_THRESHOLD,
      candidates: options.candidates ?? 100,
      weights: options.weights ?? DEFAULT_WEIGHTS,
      learned: options.learned ?? LEARNED,
      absences: options.absences ?? ABSENCES,
    };
    this.state = new IndexState(knowledge, options.snapshot);
  }

  /** The built index parts, for the on-disk cache. */
  snapshot(): IndexSnapshot {
    return this.state.snapshot();
  }

  /** Build an engine over a loaded knowledge base. */
  static create(knowledge: KnowledgeBase, options: EngineOptions = {}): AnswerEngine {
    return new AnswerEngine(knowledge, options);
  }

  /**
   * Replace the knowledge base. The new index is built completely before it is swapped in,
   * so a question is never answered from a half-built index.
   */
  reload(knowledge: KnowledgeBase): void {
    this.state = new IndexState(knowledge);
  }

  /** The knowledge base currently answered from. */
  get knowledge(): KnowledgeBase {
    return this.state.knowledge;
  }

  /** The tokenizer in use (built with the knowledge base's aliases). */
  get analyzer(): Analyzer {
    return this.state.analyzer;
  }
  /** Every document, newest first. */
  documents(): KnowledgeDocument[] {
    return newestFirst(this.state.knowledge.documents);
  }

  /** A document by id. */
  document(id: string): KnowledgeDocument | undefined {
    return this.state.docs.get(id);
  }

  /** The passages of one document, in order. */
  passagesOf(docId: string): Passage[] {
    return this.state.passagesByDoc.get(docId) ?? [];
  }

  /**
   * Weigh the question's terms (rare terms more) and find the index terms that count as
   * matching each: itself, near spellings, and related words at a lower factor. A name the
   * archive does not know weighs double, an unknown ordinary word like a fairly rare one.
   * A capital stands for its country more fully where the question does not name it as one
   * of `places`.
   */
  private weighTerms(terms: { term: string; name: boolean }[], places: ReadonlySet<string>): WeightedTerm[] {
    const state = this.state;
    const last = terms.length - 1;
    const unknownName = 2 * state.idf('\u0000');
    const unknownWord = state.idf('\u0000') * 0.6;
    return terms.map(({ term, name }, i) => {
      const forms = new Map<string, number>();
      if (state.has(term)) forms.set(term, 1);
      else if (!term.startsWith('~') && !/\d/.test(term)) {
        // Misspellings: two letters swapped ("Lavorv", "Chian"), or one or two letters
        // wrong in a longer word (a capitalised name from five letters).
        for (const swapped of transpositions(term)) if (state.has(swapped)) forms.set(swapped, 0.7);
        if (term.length >= 6 || (name && term.length === 5)) {
          const distance = term.length >= 9 ? 2 : 1;
          for (const [form, [, d]] of state.vocabulary.fuzzyGet(term, distance)) if (!forms.has(form)) forms.set(form, d === 0 ? 1 : 0.7);
          // "Japanesse": a misspelt word the index stores under another ("japanese" → japan).
          for (const form of state.analyzer.misspeltMappedWord(term, distance)) if (!forms.has(form) && state.has(form)) forms.set(form, 0.7);
        }
      }
      const direct = [...forms.keys()];
      const rarity = direct.length > 0 ? Math.max(...direct.map((f) => state.idf(f))) : name ? unknownName : unknownWord;
      const specific = specificity(term);
      const weight = name ? rarity : rarity * specific;
      // An everyday word has too many senses for its derivations: "part of" is not "partial".
      if (specific >= DERIVED_SPECIFICITY) for (const r of state.analyzer.derivedTerms(term)) if (!forms.has(r) && state.has(r)) forms.set(r, DERIVED);
      for (const r of state.analyzer.relatedTerms(term)) if (!forms.has(r) && state.has(r)) forms.set(r, 0.6);
      const capital = places.has(term) || !state.analyzer.isCapital(term) ? CAPITAL : CAPITAL_ACTOR;
      for (const r of state.analyzer.capitalTerms(term)) if (!forms.has(r) && state.has(r)) forms.set(r, capital);
      if (i === last && term.length >= 5 && !term.startsWith('~') && !/\d/.test(term)) {
        for (const c of state.completions(term, 8)) if (!forms.has(c)) forms.set(c, 0.5);
      }
      // Learnt words last: a known form of the same word keeps its higher factor.
      const learnt = new Set<string>();
      for (const r of name ? [] : (this.options.learned[term] ?? [])) {
        if (forms.has(r) || !state.has(r)) continue;
        forms.set(r, LEARNT);
        learnt.add(r);
      }
      return { term, weight, forms, name, learnt, absence: this.options.absences[term] };
    });
  }

  /** Terms of the words a question names as places ("in Astana", "to Moscow"), not as actors ("Astana sent …"). */
  private placesOf(text: string): Set<string> {
    const out = new Set<string>();
    for (const m of text.matchAll(/(?<=\b(?:in|at|to|from|near|into|via|through|across|visit(?:ed|ing|s)?)\s+(?:the\s+)?)[\p{L}'’-]+/giu)) {
      for (const t of this.state.analyzer.terms(m[0], undefined, true)) out.add(t);
    }
    return out;
  }

  /** Rank the passages for a question; the head of the list is the best answer. */
  search(typed: string, now: Date = new Date()): { intent: QuestionIntent; ranked: Ranked[]; terms: WeightedTerm[] } {
    const question = withApostrophes(typed);
    const parsed = parseQuestion(question, now);
    // "JICA" where the archive only writes "Japan International Cooperation Agency".
    const intent = { ...parsed, text: parsed.text.replace(/\p{L}+/gu, (w) => this.state.acronym(w) ?? w) };
    const terms = this.state.analyzer.questionTerms(intent.text.replace(HOW_ADVERB_RE, 'how'));
    if (terms.length === 0) return { intent, ranked: [], terms: [] };
    const focus = new Set(focusWords(intent.text).flatMap((w) => this.state.analyzer.terms(w, undefined, true)));
    const topic = new Set(topicWords(intent.text).flatMap((w) => this.state.analyzer.terms(w, undefined, true)));
    // "What was the volume of trade?": any figure answers "volume"; it weighs little.
    const amount = intent.answerType === 'quantity' ? new Set(amountWords(intent.text).flatMap((w) => this.state.analyzer.terms(w, undefined, true))) : new Set<string>();
    // "kuwait" typed in lower case, where the archive never names Kuwait, is an unknown name all the same.
    const named = terms.map((t) => (!t.name && countryTermSet().has(t.term) && !this.state.has(t.term) ? { ...t, name: true } : t));
    const weighted = this.weighTerms(named, this.placesOf(intent.text)).map((term) => {
      // A country typed in lower case ("how many kazakh students study in india") is still a name the passage must mention.
      const w = !term.name && countryTermSet().has(term.term) && this.state.isSpecificName(term.term) ? { ...term, name: true } : term;
      if (focus.has(w.term)) return { ...w, focus: true };
      if (amount.has(w.term)) return { ...w, weight: w.weight * AMOUNT_WORD };
      return topic.has(w.term) ? { ...w, topic: true } : w;
    });
    // "How long will the journey take?" is answered by "about 32 days", with no word of length.
    const long = HOW_LONG_RE.test(intent.text) ? weighted.find((w) => w.term === 'long') : undefined;
    if (long) {
      for (const unit of DURATION_UNITS.flatMap((u) => this.state.analyzer.terms(u))) {
        if (!this.state.has(unit) || (long.forms.get(unit) ?? 0) >= DURATION) continue;
        long.forms.set(unit, DURATION);
        long.learnt?.delete(unit);
      }
    }
    // "Timur Bekov": a given name before a surname the archive knows.
    for (const m of intent.text.matchAll(FULL_NAME_RE)) {
      const [given, surname] = [termOf(m[1]!), termOf(m[2]!)];
      const term = weighted.find((w) => w.term === given);
      if (term && surname && surname !== given && !countryTermSet().has(given!) && !countryTermSet().has(surname) && this.state.isSpecificName(surname) && weighted.some((w) => w.term === surname)) term.givenNameOf = surname;
    }
    const measured = this.state.candidates(weighted, this.options.candidates, Math.min(this.options.threshold, this.options.laterThreshold));
    const sourceTerms = intent.source ? this.state.analyzer.uniqueTerms(intent.source) : [];
    // "How many passengers …?": the figure that answers stands beside the word it counts.
    const nearFigure = FACT_TYPES.includes(intent.answerType) ? (p: Passage): number => {
      const { words, terms } = this.state.analyzer.wordTerms(p.text);
      return figureProximity(words, terms, weighted);
    } : null;
    const candidates: Candidate[] = measured.map((m) => ({
      source: this.state.sourceShare(m.index, sourceTerms),
      passage: m.passage,
      docDate: m.doc.date,
      bm25: m.bm25,
      textCoverage: m.textCoverage,
      followCoverage: m.followCoverage,
      contextCoverage: m.contextCoverage,
      document: m.document,
      missingNames: m.missingNames,
      focusMissing: m.focusMissing,
      focusAbsent: m.focusAbsent,
      focusLeaned: m.focusLeaned,
      learntText: m.learntText,
      learntContext: m.learntContext,
      absence: m.absence,
      // Only a question naming a time reads the sentence before.
      previous: intent.range ? this.previousInSection(m.passage) : undefined,
      nearFigure: nearFigure?.(m.passage),
    }));
    return { intent, ranked: rank(candidates, intent, this.options.weights, question), terms: weighted };
  }

  /** Confidence that a ranked passage supports an answer: the question information it covers, less what it lacks ({@link confidenceOf}). */
  confidence(hit: Ranked, intent: QuestionIntent): number {
    let facts = this.facts.get(intent);
    if (!facts) this.facts.set(intent, (facts = questionFacts(intent)));
    const leaned = this.leanedOn(hit.passage);
    const before = this.sentenceBefore(hit.passage);
    return confidenceOf(hit, intent, facts, {
      leaned: leaned?.text ?? null,
      further: leaned ? (this.leanedOn(leaned)?.text ?? '') : '',
      previous: this.previousInSection(hit.passage) ?? null,
      earlier: before && before.section === hit.passage.section ? (this.previousInSection(before) ?? '') : '',
      title: this.state.docs.get(hit.passage.docId)!.title,
    });
  }

  /** Answer a question with cited passages, or abstain when the archive does not support one. */
  ask(question: string, options: AskOptions = {}): Answer {
    const { intent, ranked } = this.search(question, options.now ?? new Date());
    // Each passage's confidence once: it reads the passage's missions and the sentence it leans on.
    const confidences = ranked.map((r) => this.confidence(r, intent));
    const { threshold, laterThreshold } = this.options;
    const bar = (confidences[0] ?? 0) >= threshold ? threshold : laterThreshold;
    const supported = ranked.filter((_, i) => confidences[i]! >= (i === 0 ? threshold : bar));
    // A source that states a different date need not match every word of the question.
    const weaker = supported.length > 0 ? ranked.filter((_, i) => confidences[i]! >= threshold * 0.6) : [];
    const input: ComposeInput = {
      question,
      intent,
      hits: supported.map((r) => this.citation(r)),
      alternatives: weaker.map((r) => this.citation(r)),
      echoes: supported.length > 0 ? ranked.slice(0, ECHOES).map((r) => this.citation(r)) : [],
      coverage: this.state.coverage,
      more: options.more ?? 10,
      leanedOn: (p) => this.leanedOn(p),
    };
    return compose(input);
  }

  private citation(r: Ranked): Citation & { passage: Passage } {
    const doc = this.state.docs.get(r.passage.docId)!;
    return {
      text: r.passage.text,
      document: documentRef(doc),
      score: Math.round(r.score * 1000) / 1000,
      passageId: r.passage.id,
      context: null,
      passage: r.passage,
    };
  }

  /** The sentence before a passage in its document. */
  private sentenceBefore(p: Passage): Passage | undefined {
    return this.state.passagesByDoc.get(p.docId)?.[p.position - 1];
  }

  /** The text of the sentence before a passage, when it stands in the same section. */
  private previousInSection(p: Passage): string | undefined {
    const prev = this.sentenceBefore(p);
    return prev && prev.section === p.section ? prev.text : undefined;
  }

  /** The sentence a passage leans on ("It will cost …", "The plant is …"), as the index matched them together. */
  private leanedOn(p: Passage): Passage | null {
    return this.state.leansOnBefore(p) ? (this.sentenceBefore(p) ?? null) : null;
  }

  /**
   * The sentences that best summarise a document: the lead sentence, then the sentence
   * sharing most terms with the rest of the document.
   */
  keySentences(docId: string, count = 1): Passage[] {
    return keySentences(this.passagesOf(docId), this.state.analyzer, count);
  }

}
