import { documentRef, type KnowledgeBase, type KnowledgeDocument, type Passage } from '../knowledge/types.ts';
import { termOf, type Analyzer } from './analyzer.ts';
import { IndexState, type IndexSnapshot, type WeightedTerm } from './index-state.ts';
import { compose, type ComposeInput } from './compose.ts';
import { keySentences, newestFirst } from './key-sentences.ts';
import { specificity } from './commonness.ts';
import { amountWords, countedThing, countryTermSet, focusWords, topicWords, parseQuestion, missions, withApostrophes, namesOtherMission, namesOtherPeople, type QuestionIntent } from './question.ts';
import { DEFAULT_WEIGHTS, namesOnlyOtherYears, rank, type Candidate, type RankWeights, type Ranked } from './ranker.ts';
import { figureProximity } from './proximity.ts';
import { ORGANISATION_Q_RE } from './organisations.ts';
import { onlyComingDates } from './carriers.ts';
import { countsNothingOfItsOwn, countsTradeAsked, namesTrade } from './counted.ts';
import type { Answer, Citation } from './types.ts';

/** Bump when indexing or ranking changes in a way that invalidates cached indexes. */
export const ENGINE_VERSION = 32;

/** Options of {@link AnswerEngine}. */
export interface EngineOptions {
  /** Lowest confidence (share of the question's information found) to answer at all. */
  threshold?: number;
  /** How many candidates are scored in full. */
  candidates?: number;
  weights?: RankWeights;
  /** Built index parts of the same knowledge base, from the on-disk cache. */
  snapshot?: IndexSnapshot;
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

/** Confidence threshold below which the engine abstains; set on the question set. */
export const DEFAULT_THRESHOLD = 0.5;

/** Confidence kept by a passage without the date or amount a "when"/"how many" question asks for: below the threshold even at full coverage. */
const CARRIES_NOTHING = 0.45;
/** Confidence kept by a passage without the word the question asks about ("What agreements …"). */
const NO_FOCUS = 0.5;
/** Share of the question's information below which a sentence's own text does not answer it (confidence halves). */
const MIN_OWN = 0.25;
/** Confidence kept by a passage naming another mission of the countries asked about (or the one asked, the other way round). */
const REVERSED = 0.3;
/** Weight kept by a word that only says "an amount" in an amount question ("the volume of trade"). */
const AMOUNT_WORD = 0.3;
/** Confidence kept by a passage of another time than the question names: below the threshold even at full coverage. */
const OTHER_TIME = 0.45;
/** Confidence kept by a plan or an estimate for a question on what came of it. */
const PLAN_ONLY = 0.5;
/** Words of something still to come: "will be held", "is to meet", "is due to open". */
const COMING_RE = /\b(?:will|shall|is to|are to|due to|scheduled|planned|expected to)\b/i;
/** "How often", "how big": the word after "how" says what kind of answer is wanted, not what it is about. */
const HOW_ADVERB_RE = /\bhow (?:often|soon|big|large)\b/gi;
/**
 * Answer types given as figures: found reliably enough in text for their absence to lower
 * confidence, and said beside the word they count or date.
 */
const FACT_TYPES: readonly QuestionIntent['answerType'][] = ['date', 'quantity'];
/** A later one of a series a question asks about: "the second train" (not "a third country", which is an outsider). */
const ORDINAL_Q_RE = /\b(second|third|fourth|fifth)\b(?!\s+(?:countr|part))/i;
/** Confidence kept by a passage that does not name the one of a series asked about. */
const OTHER_ORDINAL = 0.7;
/** Each ordinal of {@link ORDINAL_Q_RE}, as a word to find in a passage. */
const ORDINAL_RE: Record<string, RegExp> = Object.fromEntries(['second', 'third', 'fourth', 'fifth'].map((w) => [w, new RegExp(`\\b${w}\\b`, 'i')]));
/** Two capitalised words alone, as a given name and a surname: "Timur Bekov" (not "Kazakh State Revenue Committee"). */
const FULL_NAME_RE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
/** A question on what came of a plan: "How much did it finally cost?", "When did it actually open?". */
const OUTCOME_Q_RE = /\b(?:actually|really|finally|eventually|in the end|end(?:ed|s|ing)? up|so far|to date|in fact|in practice)\b/i;
/**
 * A sentence telling a plan or an estimate, not what came of it: "will cost", "is expected to",
 * "expects to issue", "should be concluded", "is estimated". "Could" and "might" are no plan: a
 * finding often adds what could still happen.
 */
const PLAN_RE = /\b(?:will|would|should|(?:is|are|was|were) (?:to|due|set to|scheduled)|expect(?:s|ed|ing)? to|plans? to|planned to|aim(?:s|ed)? to|intends? to|hop(?:e|es|ed|ing) to|estimated|agreed to meet)\b/i;

/** Words of what came of a plan: "the final cost", "came to", "totalled", "ended up". */
const OUTCOME_RE = /\b(?:final|finally|came to|totall?ed|ended up|in the end|eventually|actual|actually)\b/i;

/**
 * A figure over the first stretch of something new: "in its first year", "in the first full
 * season" (not "the first half of 2025", a stretch of the calendar).
 */
const FIRST_PERIOD_Q_RE = /\bfirst (?:full |(?:\w+ )?(?=(?:months|weeks|days|years)\b))?(?:year|season|month|week|months|weeks|days|years)\b(?! of (?:19|20)\d{2})/i;
/** Words of such a stretch in a text: "in its first ten months", "the first full year", "over the next twelve months", "between July 2024 and June 2025". */
const FIRST_PERIOD_RE = /\b(?:first|next)\b(?:\s+[\w-]+){0,2}?\s+(?:years?|seasons?|months?|weeks?|days)\b|\bbetween \w+ (?:19|20)\d{2} and\b/i;
/** Confidence kept by a figure that says nothing of the first stretch a question asks about ("44 containers" on the first train for "How many containers in its first year?"). */
const NO_FIRST_PERIOD = 0.5;

/** Words of trade itself: "trade", "turnover", "exports", "imported". */
const TRADE_WORD_RE = /\b(?:trade|traded|trading|turnover|commerce|export\w*|import\w*)\b/i;
/** Confidence kept by a sum, for a question on trade, in a sentence that speaks of no trade ("the plant will cost $250 million"). */
const NOT_TRADE = 0.5;

/**
 * "When did parliament ratify it?", "On what date was it signed?" (read as "was it signed?"):
 * a question on a deed done, not on a plan ("When did Hidrosal expect the plant to start?",
 * "When did he say the drill would be held?").
 */
const PAST_DEED_Q_RE = /^(?!.*\b(?:expect\w*|plan\w*|supposed|meant|due|scheduled|intend\w*|hop(?:e|ed|ing)|aim\w*|set to|target\w*|promis\w*|will|would|going to)\b)(?:.*\b(?:when|what (?:date|day|month|year)|which (?:date|day|month|year))\b.*?\b(?:did|was|were|had)\b|\W*(?:did|was|were|had)\b)/i;

/**
 * Deeds whose date a question asks, and the words a sentence tells each with: "When did the
 * Mazhilis ratify it?" is not answered by the day of the signing, nor "When did he become
 * minister?" by the day a memorial opened.
 */
const DEEDS: [RegExp, RegExp][] = [
  [/\bratif(?:y|ied)\b/i, /\bratif\w*/i],
  [/\bsign(?:ed)?\b/i, /\bsign(?:ed|ing|s|atures?)?\b|\bconclu\w*/i],
  [/\bjoin(?:ed)?\b/i, /\bjoin\w*|\bmember\w*|\baccessi?\w*|\bacced\w*/i],
  [/\b(?:become|became|appointed|named|elected|take office|took office)\b/i, /\bbec(?:o|a)me\b|\bappoint\w*|\bnamed\b|\belect\w*|\btook (?:office|over)\b|\btakes office\b|\bsucceed\w*|\bassum\w*|\bsince\b/i],
  [/\barrive[ds]?\b/i, /\barriv\w*|\breach\w*|\bdock\w*|\brolled into\b|\bpulled into\b|\bunload\w*/i],
  [/\b(?:finish(?:ed)?|complete[sd]?)\b/i, /\bfinish\w*|\bcomplet\w*|\bready\b|\bbuilt\b|\bopen\w*|\bcommission\w*|\binaugurat\w*/i],
  [/\broll(?:ed)? out\b/i, /\broll\w* (?:out|off)\b|\bproduc\w*|\bassembl\w*/i],
  [/\b(?:make|made|pay|paid) (?:a |an |his |her |their |its )?(?:\w+ )?visit\b/i, /\bvisit\w*|\btrip\b|\barriv\w*|\btravel\w*/i],
];
/** Confidence kept by a date in a sentence that does not tell the deed the question asks the date of. */
const OTHER_DEED = 0.5;

/** What a question asks that every passage's confidence reads. */
interface QuestionFacts {
  /** What "how many …" counts ("students"), null when it counts no named thing, undefined for other questions. */
  counted: string | null | undefined;
  /** Whether the only word the question asks about is "next" ("Where will the next round be held?"). */
  asksNext: boolean;
  /** The one of a series asked about ("second"), if any. */
  ordinal: string | undefined;
  /** Whether it asks what came of a plan ("actually", "so far"). */
  outcome: boolean;
  /** Whether it asks for a figure over the first stretch of something ("in its first year"). */
  firstPeriod: boolean;
  /** Whether it asks the date of a deed done ("When did parliament ratify it?"). */
  pastDeed: boolean;
  /** The words of the deed such a question asks the date of, when it is one of {@link DEEDS}. */
  deed: RegExp | undefined;
}

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
      candidates: options.candidates ?? 100,
      weights: options.weights ?? DEFAULT_WEIGHTS,
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
      return { term, weight, forms, name };
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
    // "Timur Bekov": a given name before a surname the archive knows.
    for (const m of intent.text.matchAll(FULL_NAME_RE)) {
      const [given, surname] = [termOf(m[1]!), termOf(m[2]!)];
      const term = weighted.find((w) => w.term === given);
      if (term && surname && surname !== given && !countryTermSet().has(given!) && !countryTermSet().has(surname) && this.state.isSpecificName(surname) && weighted.some((w) => w.term === surname)) term.givenNameOf = surname;
    }
    const measured = this.state.candidates(weighted, this.options.candidates, this.options.threshold);
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
      // Only a question naming a time reads the sentence before.
      previous: intent.range ? this.previousInSection(m.passage) : undefined,
      nearFigure: nearFigure?.(m.passage),
    }));
    return { intent, ranked: rank(candidates, intent, this.options.weights, question), terms: weighted };
  }

  /** What {@link confidence} reads of a question, worked out once for all its passages. */
  private questionFacts(intent: QuestionIntent): QuestionFacts {
    let facts = this.facts.get(intent);
    if (!facts) {
      facts = {
        counted: intent.answerType === 'quantity' ? countedThing(intent.text) : undefined,
        asksNext: focusWords(intent.text).join(' ') === 'next',
        ordinal: ORDINAL_Q_RE.exec(intent.text)?.[1]?.toLowerCase(),
        outcome: OUTCOME_Q_RE.test(intent.text),
        firstPeriod: intent.answerType === 'quantity' && FIRST_PERIOD_Q_RE.test(intent.text),
        pastDeed: intent.answerType === 'date' && PAST_DEED_Q_RE.test(intent.text),
        deed: undefined,
      };
      if (facts.pastDeed) facts.deed = DEEDS.find(([q]) => q.test(intent.text))?.[1];
      this.facts.set(intent, facts);
    }
    return facts;
  }

  /** Confidence that a ranked passage supports an answer: question information it covers. */
  confidence(hit: Ranked, intent: QuestionIntent): number {
    // A name the question asks about that the passage never mentions halves the confidence.
    let base = ((hit.textCoverage + hit.contextCoverage) / 2) * 0.5 ** hit.missingNames;
    // A sentence that holds little of the question itself is not an answer because its neighbours hold the rest.
    if (hit.textCoverage < MIN_OWN) base *= 0.5;
    // "How much will it cost?" is not answered by a sentence about it without an amount.
    if (!hit.carries && FACT_TYPES.includes(intent.answerType)) base *= CARRIES_NOTHING;
    // "Which company won the tender?" is not answered by a sentence naming no company ("… from a supplier in Italy").
    else if (!hit.carries && intent.answerType === 'name' && ORGANISATION_Q_RE.test(intent.text)) base *= CARRIES_NOTHING;
    // "Kazakhstan's ambassador to Japan" is the wrong person for "Japan's ambassador to Kazakhstan"
    // or "Kazakhstan's ambassador to Mongolia".
    // Read with the sentence it leans on ("It will be the country's second mission …"), or else the
    // sentence before ("… Ambassador to Kazakhstan Alexey Borodavkin noted …" before "… the diplomat underscored.").
    const leanedPassage = this.leanedOn(hit.passage);
    const leaned = leanedPassage?.text;
    // A sentence naming no mission speaks of the one its report's title opens ("Kazakhstan opens
    // embassy in Tanzania": "… has been appointed as the first ambassador" is Kazakhstan's).
    if (intent.mission) {
      // "He said …" after "He noted …" after "Brazil's ambassador said …": the envoy is two sentences back.
      const further = leanedPassage ? (this.leanedOn(leanedPassage)?.text ?? '') : '';
      const around = `${further} ${leaned ?? this.previousInSection(hit.passage) ?? ''} ${hit.passage.text}`;
      const title = missions(around).length === 0 ? this.state.docs.get(hit.passage.docId)!.title : null;
      if (namesOtherMission(around, intent.mission) || (title !== null && namesOtherMission(title, intent.mission, true))) base *= REVERSED;
    }
    // "Kazakh students" are not the "Russian students" asked about.
    if (namesOtherPeople(`${leaned ?? ''} ${hit.passage.text}`, intent.text)) base *= REVERSED;
    // "What agreements did Tokayev sign with Xi?" is not answered by a sentence on their talks
    // that names no agreement. A figure or a name that answers "What volume …" or "Which
    // company …" need not repeat the word; a figure for "How many students …" counts students,
    // in its own sentence ("two sites" leaning on a sentence about turbines counts no turbines).
    const { counted, asksNext, ordinal, outcome, firstPeriod, pastDeed, deed } = this.questionFacts(intent);
    // "Where will the next round be held?" is answered by what "will be held", without the word "next".
    const comingForNext = hit.focusMissing && asksNext && COMING_RE.test(hit.passage.text);
    // "It reached 1,150 last year" after a sentence on Icelandic visitors counts the visitors;
    // "two sites" after a sentence on turbines counts sites.
    const countsLeaned = counted && hit.focusLeaned && !hit.focusMissing && countsNothingOfItsOwn(hit.passage.text);
    // "30 Serbian engineers and pharmacists" are the "Serbian specialists" asked about, in other words.
    const countsTrade = counted && hit.focusMissing && namesTrade(counted) && countsTradeAsked(hit.passage.text, intent.text);
    const focusMissing = (hit.focusMissing && !comingForNext && !countsTrade) || (counted && hit.focusLeaned && !countsLeaned && !countsTrade);
    if (focusMissing && (intent.answerType !== 'quantity' || counted) && !(intent.answerType === 'name' && hit.carries)) base *= NO_FOCUS;
    // "What is the population of Almaty?" is not answered where no word of population is even near.
    if (hit.focusAbsent) base *= NO_FOCUS;
    // "When did the second train arrive?" is not answered by a sentence on a train that says nothing of a second one.
    if (ordinal && !ORDINAL_RE[ordinal]!.test(`${leaned ?? ''} ${hit.passage.text}`)) base *= OTHER_ORDINAL;
    // "How much did the stations actually cost?" is not answered by "The stations will cost 2.4 billion tenge".
    // "The final cost came to $91 million, above the $84 million estimated" tells the outcome beside the plan.
    if (outcome && PLAN_RE.test(hit.passage.text) && !OUTCOME_RE.test(hit.passage.text)) base *= PLAN_ONLY;
    // "When did the Mazhilis ratify it?" is not answered by "The government would submit the bill this autumn" in a report of June.
    if (pastDeed && onlyComingDates(hit.passage.text, hit.docDate)) base *= PLAN_ONLY;
    // "When did the Mazhilis ratify the agreement?" is not answered by "… welcomed the signing last week".
    if (deed && !deed.test(hit.passage.text)) base *= OTHER_DEED;
    // "How many containers did the terminal handle in its first year?" is not answered by "The first train carried 44 containers".
    if (firstPeriod && !FIRST_PERIOD_RE.test(`${leaned ?? ''} ${hit.passage.text}`)) base *= NO_FIRST_PERIOD;
    // "What was trade with Austria in 2024?" is not answered by "About $250 million of the financing will come from Austrian banks";
    // "It reached $46 million last year" after a sentence on trade is.
    if (intent.trade && intent.answerType === 'quantity' && !TRADE_WORD_RE.test(`${leaned ?? this.previousInSection(hit.passage) ?? ''} ${hit.passage.text}`)) base *= NOT_TRADE;
    // "What was trade in 2025?" is not answered by a figure of 2024 in a report of 2025.
    if (intent.range && intent.answerType === 'quantity' && intent.trade && namesOnlyOtherYears(hit.passage.text, intent.range, hit.docDate)) base *= OTHER_TIME;
    // A source of another time than the one asked about does not answer alone, however well it matches.
    return intent.range && !hit.dateMatch ? base * OTHER_TIME : base;
  }

  /** Answer a question with cited passages, or abstain when the archive does not support one. */
  ask(question: string, options: AskOptions = {}): Answer {
    const { intent, ranked } = this.search(question, options.now ?? new Date());
    // Each passage's confidence once: it reads the passage's missions and the sentence it leans on.
    const confidences = ranked.map((r) => this.confidence(r, intent));
    const supported = ranked.filter((_, i) => confidences[i]! >= this.options.threshold);
    // A source that states a different date need not match every word of the question.
    const weaker = supported.length > 0 ? ranked.filter((_, i) => confidences[i]! >= this.options.threshold * 0.6) : [];
    const input: ComposeInput = {
      question,
      intent,
      hits: supported.map((r) => this.citation(r)),
      alternatives: weaker.map((r) => this.citation(r)),
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
