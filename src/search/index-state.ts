import SearchableMap from 'minisearch/SearchableMap';
import type { KnowledgeBase, KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { datelineOf } from '../knowledge/passages.ts';
import { Analyzer, termOf } from './analyzer.ts';
import { acronymAliases, acronymGroups } from './acronyms.ts';
import { isEverydayWord } from './commonness.ts';
import { archiveCoverage, type ArchiveCoverage } from './compose.ts';
import { definiteHead, leansOnPrevious } from './leaning.ts';
import { countriesOf, impliedTerms, lastNamed, titledPeople, OFFICE_HINT, SPEAKER_RE, type TitledPerson } from './titles.ts';
import { invertRows, rowHas, rowLength, rowsFromLists, type Rows } from './postings.ts';

/** A question term with its weight and the index terms that count as matching it. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Written as a name in the question (capitalised or an acronym). */
  name?: boolean;
  /** Known index terms that match (itself, near spellings, related words) with a factor. */
  forms: Map<string, number>;
  /** Those of `forms` learnt from question sets rather than known: they rank a passage, but count only in part towards confidence. */
  learnt?: Set<string>;
  /** Factor on confidence when the sentence's own words hold no form of this term, learnt from question sets (1: none). */
  absence?: number;
  /** The word the question asks about ("What agreements …", "Who is the prime minister …"): an answer names it. */
  focus?: boolean;
  /** A word the question asks about that a source names somewhere near its answer ("What is the population of …"). */
  topic?: boolean;
  /** The surname this given name goes with ("Timur" of "Timur Bekov"): a passage naming the surname names the person. */
  givenNameOf?: string;
}

/**
 * Credit a sentence gets for a question word that only its document's title or tags hold:
 * "The fourth round of the dialogue will be held in Brussels" need not repeat "raw materials",
 * nor "He added that the dam, completed in 1974, …" the name of the dam its title gives.
 */
const META_TEXT = 0.3;

/** Factor of a question word found only in the sentence before, for {@link Measured.followCoverage}. */
const FOLLOW = 0.75;

/** What the index measures of one candidate passage for the ranker. */
export interface Measured {
  index: number;
  passage: Passage;
  doc: KnowledgeDocument;
  /** BM25-like relevance over the sentence, its context, section and document title. */
  bm25: number;
  /** Share of the question's weighted information in the sentence (with the one it leans on). */
  textCoverage: number;
  /** The same share in the sentence, its neighbours, section and document metadata. */
  contextCoverage: number;
  /** Text coverage counting the sentence before too (at a lower factor): an answer often follows the sentence naming its topic. */
  followCoverage: number;
  /** Share of the question's weighted information anywhere in the document, relative to the best candidate document. */
  document: number;
  /** Names of the question (other than near-ubiquitous ones) that neither the sentence nor its context mention. */
  missingNames: number;
  /** Whether a focus word of the question is missing from the sentence (and the one it leans on). */
  focusMissing: boolean;
  /** Whether a word the question asks about is missing from the sentence's context too. */
  focusAbsent: boolean;
  /** Whether a focus word is missing from the sentence's own words (found, if at all, only in the one it leans on). */
  focusLeaned: boolean;
  /** The part of `textCoverage` that only learnt forms of the question's terms give. */
  learntText: number;
  /** The part of `contextCoverage` that only learnt forms give. */
  learntContext: number;
  /** Product of the learnt absence factors of the question terms the sentence's own words lack. */
  absence: number;
}

/** The built index as plain arrays, for the on-disk cache. */
export interface IndexSnapshot {
  terms: string[];
  sections: string[];
  /** Institutions the archive names in full, by their initials ("JICA"). */
  acronyms: [string, string][];
  /** Acronyms the archive writes both ways, as alias groups ("SDG", "Sustainable Development Goals"). */
  aliases?: string[][];
  arrays: Record<string, Int32Array | Uint8Array | Uint16Array>;
}

/** Per-question working memory of candidate gathering, reused between questions. */
interface Scratch {
  acc: Float32Array;
  touched: Int32Array;
  size: number;
}

/** Field weights of the relevance score: the sentence counts most. */
const FIELD = { text: 3, context: 1, section: 1, meta: 0.8 };
const BM25 = { k: 1.2, b: 0.7 };
/** Above this many passages, only the heaviest question terms gather candidates. */
const PRUNE_ABOVE = 50_000;

/**
 * The index built from one knowledge base: compact term ↔ passage lists in typed arrays,
 * document metadata terms, sections and the vocabulary for spelling-tolerant lookups.
 * Immutable once built, so it can be swapped in whole on reload, and saved as plain arrays.
 */
export class IndexState {
  readonly knowledge: KnowledgeBase;
  readonly analyzer: Analyzer;
  readonly docs = new Map<string, KnowledgeDocument>();
  readonly passagesByDoc = new Map<string, Passage[]>();
  /** Index of each document's first passage. */
  private readonly firstPassage = new Map<string, number>();
  private lazyVocabulary: SearchableMap<number> | null = null;
  /** How many documents, from when to when (for the abstention message). */
  readonly coverage: ArchiveCoverage;
  private readonly terms: string[];
  private readonly termIds = new Map<string, number>();
  private readonly sections: string[];
  /** Institutions the archive names in full, by their initials. */
  private readonly acronymNames: Map<string, string>;
  /** Alias groups found in the archive itself, beside the curated ones. */
  private readonly derivedAliases: string[][];
  /** Passage → its distinct text terms (sorted ids), with term frequencies beside. */
  private readonly passageTerms: Rows;
  private readonly passageTf: Uint8Array;
  /** Term → 1 when the archive writes it as a proper name. */
  private readonly names: Uint8Array;
  private readonly passageLength: Uint16Array;
  /** Term → passages whose text has it. */
  private readonly postings: Rows;
  /** Passage → 1 when it leans on the sentence before. */
  private readonly leans: Uint8Array;
  /** Passage → ordinal of its document; passage → section id or -1. */
  private readonly docOf: Int32Array;
  private readonly sectionOf: Int32Array;
  /** Section → its terms; term → sections. */
  private readonly sectionTerms: Rows;
  private readonly sectionPostings: Rows;
  /** Document → its title, source and tag terms; term → documents. */
  private readonly metaTerms: Rows;
  private readonly metaPostings: Rows;
  /** Document → its passages; section → its passages. */
  private readonly docPassages: Rows;
  private readonly sectionPassages: Rows;
  private readonly averageLength: number;
  /** Term → share of documents with it, measured on first use. */
  private readonly documentShares = new Map<number, number>();
  /** Reused per question: accumulated scores and the passages touched. */
  private scratch: Scratch | null = null;

  /** Build from a knowledge base, or restore the built arrays from a snapshot of the same base. */
  constructor(knowledge: KnowledgeBase, snapshot?: IndexSnapshot) {
    this.knowledge = knowledge;
    // Acronyms the archive writes both ways ("SDG", "Sustainable Development Goals") are
    // aliases as much as the curated ones; a saved index keeps the groups it was built with.
    const curated = new Analyzer(knowledge.aliases);
    this.derivedAliases = snapshot?.aliases ?? acronymAliases(knowledge, (a) => curated.isAlias(a));
    this.analyzer = this.derivedAliases.length > 0 ? new Analyzer([...knowledge.aliases, ...this.derivedAliases]) : curated;
    knowledge.documents.forEach((doc) => this.docs.set(doc.id, doc));
    this.coverage = archiveCoverage(knowledge.documents);
    knowledge.passages.forEach((p, i) => {
      const list = this.passagesByDoc.get(p.docId) ?? [];
      if (list.length === 0) this.firstPassage.set(p.docId, i);
      list.push(p);
      this.passagesByDoc.set(p.docId, list);
    });
    const built = snapshot ?? this.build();
    const a = built.arrays;
    const rows = (name: string): Rows => ({ offsets: a[`${name}.offsets`] as Int32Array, values: a[`${name}.values`] as Int32Array });
    this.terms = built.terms;
    this.sections = built.sections;
    this.acronymNames = new Map(built.acronyms);
    this.terms.forEach((t, i) => {
      this.termIds.set(t, i);
    });
    this.passageTerms = rows('passageTerms');
    this.passageTf = a.passageTf as Uint8Array;
    this.names = a.names as Uint8Array;
    this.passageLength = a.passageLength as Uint16Array;
    this.leans = a.leans as Uint8Array;
    this.docOf = a.docOf as Int32Array;
    this.sectionOf = a.sectionOf as Int32Array;
    this.sectionTerms = rows('sectionTerms');
    this.metaTerms = rows('metaTerms');
    this.postings = invertRows(this.passageTerms, this.terms.length);
    this.sectionPostings = invertRows(this.sectionTerms, this.terms.length);
    this.metaPostings = invertRows(this.metaTerms, this.terms.length);
    this.docPassages = invertRows({ offsets: rangeOffsets(this.docOf.length), values: this.docOf }, knowledge.documents.length);
    this.sectionPassages = invertRows(
      { offsets: rangeOffsets(this.sectionOf.length), values: this.sectionOf.map((s) => (s < 0 ? this.sections.length : s)) },
      this.sections.length + 1,
    );
    let total = 0;
    for (let i = 0; i < this.passageLength.length; i++) total += this.passageLength[i]!;
    this.averageLength = total / Math.max(1, this.passageLength.length);
  }

  /** The people named with an office in the document whose passages start at `first`. */
  private peopleOf(passages: readonly Passage[], first: number): TitledPerson[] {
    const bySurname = new Map<string, TitledPerson>();
    const doc = passages[first]!.docId;
    for (let i = first; i < passages.length && passages[i]!.docId === doc; i++) {
      const text = passages[i]!.text;
      if (!OFFICE_HINT.test(text)) continue;
      for (const person of titledPeople(text, this.analyzer)) {
        const known = bySurname.get(person.surname);
        if (!known) bySurname.set(person.surname, person);
        else {
          known.name = [...new Set([...known.name, ...person.name])];
          known.office = [...new Set([...known.office, ...person.office])];
        }
      }
    }
    return [...bySurname.values()];
  }

  private build(): IndexSnapshot {
    const { documents, passages } = this.knowledge;
    const terms: string[] = [];
    const ids = new Map<string, number>();
    const idOf = (t: string): number => {
      let id = ids.get(t);
      if (id === undefined) {
        id = terms.length;
        terms.push(t);
        ids.set(t, id);
      }
      return id;
    };
    const ordinal = new Map(documents.map((d, i) => [d.id, i]));
    const sections: string[] = [];
    const sectionLeads: string[] = [];
    const sectionIds = new Map<string, number>();
    const passageLists: number[][] = [];
    const tfs: number[] = [];
    const passageLength = new Uint16Array(passages.length);
    const leans = new Uint8Array(passages.length);
    const docOf = new Int32Array(passages.length);
    const sectionOf = new Int32Array(passages.length).fill(-1);
    const capitalised: number[] = [];
    const occurrences: number[] = [];
    // The people each document introduces with their office ("Venezuelan President Nicolas
    // Maduro"), so that a later "Maduro" also stands for the office and "the Kazakh
    // president" for the name.
    let people: TitledPerson[] = [];
    let lastPerson: TitledPerson | null = null;
    let titleCountries: string[] = [];
    /** Terms of the two sentences before, in the same section. */
    const recent: Set<string>[] = [];
    passages.forEach((p, i) => {
      if (i === 0 || passages[i - 1]!.docId !== p.docId) {
        people = this.peopleOf(passages, i);
        lastPerson = null;
        titleCountries = countriesOf(documents[ordinal.get(p.docId) ?? 0]?.title ?? '', this.analyzer);
      }
      const counts = new Map<number, number>();
      const capitals: (boolean | null)[] = [];
      const analysed = this.analyzer.terms(p.text, capitals);
      analysed.forEach((t, k) => {
        const id = idOf(t);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (capitals[k] !== null) occurrences[id] = (occurrences[id] ?? 0) + 1;
        if (capitals[k]) capitalised[id] = (capitalised[id] ?? 0) + 1;
      });
      // Terms a sentence stands for beyond its own words count once.
      const imply = (implied: Iterable<string>): void => {
        for (const t of implied) {
          const id = idOf(t);
          if (!counts.has(id)) counts.set(id, 1);
        }
      };
      imply(impliedTerms(analysed, people));
      // "'… under twenty,' he said": the speaker is the person last named before, perhaps
      // several sentences back (when the sentence names no one its document introduced).
      if (lastPerson && SPEAKER_RE.test(p.text) && !people.some((q) => analysed.includes(q.surname))) imply(lastPerson.name);
      lastPerson = lastNamed(analysed, people) ?? lastPerson;
      // "Trade between the two countries rose …": the countries of the document's title.
      if (BOTH_COUNTRIES_RE.test(p.text)) imply(titleCountries);
      const sorted = [...counts.keys()].sort((x, y) => x - y);
      passageLists.push(sorted);
      for (const id of sorted) tfs.push(Math.min(255, counts.get(id)!));
      passageLength[i] = Math.min(65535, analysed.length);
      docOf[i] = ordinal.get(p.docId) ?? 0;
      const prev = passages[i - 1];
      // News often gives each sentence its own paragraph, so a sentence leans on the one
      // before anywhere in the same section.
      const sameSection = prev !== undefined && prev.docId === p.docId && prev.section === p.section;
      // "The plant is expected to cost …" names again, with "the", what the sentences before introduced.
      const definite = sameSection && definiteHead(p.text, (t) => recent.some((r) => r.has(t)), this.analyzer);
      leans[i] = sameSection && (leansOnPrevious(p.text) || definite) ? 1 : 0;
      if (!sameSection) recent.length = 0;
      recent.unshift(new Set(analysed));
      recent.length = Math.min(recent.length, 2);
      if (p.section) {
        // A section of its own document: its first sentence names what the section is about.
        const key = `${p.docId}\u0000${p.section}`;
        let s = sectionIds.get(key);
        if (s === undefined) {
          s = sections.length;
          sections.push(p.section);
          sectionLeads.push(p.text);
          sectionIds.set(key, s);
        }
        sectionOf[i] = s;
      }
    });
    // A section's heading and first sentence ("The joint plant near Saryagash has been slower
    // to take shape.") are context for each sentence below them ("The estimated cost has risen …").
    const sectionTerms = rowsFromLists(sections.map((s, i) => this.analyzer.terms(`${s} ${sectionLeads[i]}`).map(idOf)));
    // The dateline's place ("ANKARA, Oct 15 -") says where the story happened, for the document as a whole.
    const metaTerms = rowsFromLists(documents.map((d) => this.analyzer.terms(`${d.title} ${d.source} ${d.tags.join(' ')} ${datelineOf(d) ?? ''}`).map(idOf)));
    const passageTerms = rowsFromLists(passageLists);
    // A term written capitalised in most of its occurrences is a proper name of the archive.
    const names = new Uint8Array(terms.length);
    for (let id = 0; id < terms.length; id++) {
      if (terms[id]!.startsWith('~') || ((capitalised[id] ?? 0) > 0 && (capitalised[id] ?? 0) >= 0.7 * (occurrences[id] ?? 0))) names[id] = 1;
    }
    return {
      terms,
      sections,
      acronyms: acronymGroups(this.knowledge),
      aliases: this.derivedAliases,
      arrays: {
        'passageTerms.offsets': passageTerms.offsets,
        'passageTerms.values': passageTerms.values,
        passageTf: Uint8Array.from(tfs),
        names,
        passageLength,
        leans,
        docOf,
        sectionOf,
        'sectionTerms.offsets': sectionTerms.offsets,
        'sectionTerms.values': sectionTerms.values,
        'metaTerms.offsets': metaTerms.offsets,
        'metaTerms.values': metaTerms.values,
      },
    };
  }

  /** The built arrays, for the on-disk cache. */
  snapshot(): IndexSnapshot {
    return {
      terms: this.terms,
      sections: this.sections,
      acronyms: [...this.acronymNames],
      aliases: this.derivedAliases,
      arrays: {
        'passageTerms.offsets': this.passageTerms.offsets,
        'passageTerms.values': this.passageTerms.values,
        passageTf: this.passageTf,
        names: this.names,
        passageLength: this.passageLength,
        leans: this.leans,
        docOf: this.docOf,
        sectionOf: this.sectionOf,
        'sectionTerms.offsets': this.sectionTerms.offsets,
        'sectionTerms.values': this.sectionTerms.values,
        'metaTerms.offsets': this.metaTerms.offsets,
        'metaTerms.values': this.metaTerms.values,
      },
    };
  }

  /**
   * Whether a term is a specific proper name of the archive: written capitalised in most of
   * its occurrences, and in under 5% of passages or under 70% of documents (so "Kazakhstan"
   * in a Kazakh archive is not, but "Turkey" in two documents of ten is).
   */
  isSpecificName(term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined || !this.names[id]) return false;
    return rowLength(this.postings, id) < 0.05 * (this.passageTerms.offsets.length - 1) || this.documentShare(id) < 0.7;
  }

  /** Share of the documents with the term in a sentence. */
  private documentShare(id: number): number {
    let share = this.documentShares.get(id);
    if (share === undefined) {
      const docs = new Set<number>();
      const { offsets, values } = this.postings;
      for (let k = offsets[id]!; k < offsets[id + 1]!; k++) docs.add(this.docOf[values[k]!]!);
      share = docs.size / Math.max(1, this.knowledge.documents.length);
      this.documentShares.set(id, share);
    }
    return share;
  }

  /**
   * Every known term as a radix tree, for spelling-tolerant and prefix lookups. Built on
   * first use, so opening a large index from the cache stays fast.
   */
  get vocabulary(): SearchableMap<number> {
    if (!this.lazyVocabulary) {
      const tree = new SearchableMap<number>();
      this.terms.forEach((t, i) => tree.set(t, i));
      this.lazyVocabulary = tree;
    }
    return this.lazyVocabulary;
  }

  /** Whether a term occurs anywhere in the index. */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Inverse passage frequency of a term: rare terms weigh more than "Kazakhstan" or "Tokayev". */
  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : rowLength(this.postings, id);
    const n = this.passageTerms.offsets.length - 1;
    return Math.log(1 + (n + 1) / (df + 0.5));
  }

  /** Index terms that start with a prefix (for the last word of a question). */
  completions(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (const [term] of this.vocabulary.atPrefix(prefix)) {
      if (term !== prefix) out.push(term);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The neighbour of passage `p` at `delta` (±1) in the same document, or -1. */
  private neighbour(p: number, delta: number): number {
    const q = p + delta;
    return q >= 0 && q < this.docOf.length && this.docOf[q] === this.docOf[p] ? q : -1;
  }

  /**
   * The institution an acronym stands for when the archive never writes the acronym itself
   * ("JICA" for "Japan International Cooperation Agency"); undefined otherwise.
   */
  acronym(word: string): string | undefined {
    if (!/^\p{L}{3,6}$/u.test(word)) return undefined;
    // "run" typed in lower case is the word, not initials, whatever the archive's names spell.
    if (!/^\p{Lu}+$/u.test(word) && isEverydayWord(word)) return undefined;
    const term = termOf(word.toLowerCase());
    if (term === null || this.has(term)) return undefined;
    return this.acronymNames.get(word.toUpperCase());
  }

  /** Whether a passage was matched together with the sentence before it (it leans on it). */
  leansOnBefore(p: Passage): boolean {
    const first = this.firstPassage.get(p.docId);
    return first !== undefined && this.leans[first + p.position] === 1;
  }

  /**
   * Share of `terms` (a source or speaker the question names) found in the document's
   * title, source and tags or in the passage and its neighbours.
   */
  sourceShare(p: number, terms: readonly string[]): number {
    if (terms.length === 0) return 0;
    let found = 0;
    for (const t of terms) {
      const id = this.termIds.get(t);
      if (id !== undefined && (this.inText(p, id) || this.inContext(p, id))) found++;
    }
    return found / terms.length;
  }

  private inText(p: number, term: number): boolean {
    return rowHas(this.passageTerms, p, term);
  }

  /** Whether another sentence of a passage's paragraph has a term. */
  private inParagraph(p: number, term: number): boolean {
    const passages = this.knowledge.passages;
    const { docId, paragraph } = passages[p]!;
    const same = (q: number): boolean => passages[q]!.docId === docId && passages[q]!.paragraph === paragraph;
    for (let q = p - 1; q >= 0 && same(q); q--) if (this.inText(q, term)) return true;
    for (let q = p + 1; q < passages.length && same(q); q++) if (this.inText(q, term)) return true;
    return false;
  }

  private inContext(p: number, term: number): boolean {
    const prev = this.neighbour(p, -1);
    const next = this.neighbour(p, 1);
    const section = this.sectionOf[p]!;
    return (
      (prev >= 0 && this.inText(prev, term)) ||
      (next >= 0 && this.inText(next, term)) ||
      (section >= 0 && rowHas(this.sectionTerms, section, term)) ||
      rowHas(this.metaTerms, this.docOf[p]!, term) ||
      // A report's lead sentence names its topic for every sentence below, as its title does.
      this.inText(this.docPassages.values[this.docPassages.offsets[this.docOf[p]!]!]!, term)
    );
  }

  /**
   * Gather candidate passages for weighted question terms (term-at-a-time accumulation over
   * the sentence, its neighbours, section and document metadata), keep the `limit` best,
   * and measure each in full for the ranker.
   *
   * On a large archive only the heaviest terms gather candidates: a passage without any of
   * them cannot reach `minCoverage` of the question's information, so it could never be
   * answered from; the remaining terms then only add to passages already gathered.
   */
  candidates(weighted: WeightedTerm[], limit: number, minCoverage = 0): Measured[] {
    const count = this.docOf.length;
    const forms = weighted.map((w) => ({
      weight: w.weight,
      name: w.name === true && this.isSpecificName(w.term),
      focus: w.focus === true,
      topic: w.topic === true,
      givenNameOf: w.givenNameOf === undefined ? -1 : weighted.findIndex((o) => o.term === w.givenNameOf),
      absence: w.absence ?? 1,
      ids: [...w.forms].flatMap(([f, factor]) => {
        const id = this.termIds.get(f);
        return id === undefined ? [] : [{ id, factor, learnt: w.learnt?.has(f) === true }];
      }),
    }));
    const scratch = (this.scratch ??= { acc: new Float32Array(count), touched: new Int32Array(count), size: 0 });
    const { acc, touched } = scratch;
    scratch.size = 0;
    const total = forms.reduce((sum, f) => sum + f.weight, 0);
    const order = forms.map((_, i) => i).sort((x, y) => forms[y]!.weight - forms[x]!.weight);
    const gathering = new Set<number>();
    let covered = 0;
    for (const i of order) {
      if (count > PRUNE_ABOVE && covered > (1 - minCoverage) * total) break;
      gathering.add(i);
      covered += forms[i]!.weight;
    }
    const docOf = this.docOf;
    // Gathering terms first, so the others only add to passages already gathered.
    // On a large archive only a term's own forms gather; related words (factor below 0.7)
    // then only add to what was gathered.
    // A term the archive does not have at all is represented by its related words alone.
    const hasOwn = forms.map((f) => f.ids.some((x) => x.factor >= 0.7));
    const strongest = (f: (typeof forms)[number], i: number): typeof f =>
      count > PRUNE_ABOVE && hasOwn[i] ? { ...f, ids: f.ids.filter((x) => x.factor >= 0.7) } : f;
    // MaxScore-like: once the heaviest terms have gathered enough passages, a common
    // lighter term (in over 1% of passages) only adds to them.
    const gathered = new Set<number>();
    for (const i of order) {
      if (!gathering.has(i)) continue;
      const form = strongest(forms[i]!, i);
      const common = form.ids.every(({ id }) => rowLength(this.postings, id) > count * 0.01);
      if (count > PRUNE_ABOVE && scratch.size >= limit && common) continue;
      this.accumulate(form, true, scratch);
      gathered.add(i);
    }
    for (const i of order) {
      const form = forms[i]!;
      for (const { id, factor } of form.ids) {
        if (gathered.has(i) && (count <= PRUNE_ABOVE || factor >= 0.7 || !hasOwn[i])) continue;
        // On a large archive, related words are left to the full measurement of the best.
        if (count > PRUNE_ABOVE && factor < 0.7) continue;
        const w = form.weight * factor;
        // Few passages gathered and a common term: look the term up in each passage
        // rather than walking its whole list.
        const size = scratch.size;
        if (size * 24 < rowLength(this.postings, id) + rowLength(this.metaPostings, id) * 40) {
          for (let k = 0; k < size; k++) {
            const p = touched[k]!;
            let value = 0;
            if (this.inText(p, id)) value += FIELD.text * w;
            const prev = this.neighbour(p, -1);
            const next = this.neighbour(p, 1);
            if (prev >= 0 && this.inText(prev, id)) value += FIELD.context * w;
            if (next >= 0 && this.inText(next, id)) value += FIELD.context * w;
            if (rowHas(this.metaTerms, docOf[p]!, id)) value += FIELD.meta * w;
            const sec = this.sectionOf[p]!;
            if (sec >= 0 && rowHas(this.sectionTerms, sec, id)) value += FIELD.section * w;
            acc[p]! += value;
          }
        } else {
          this.accumulate({ weight: form.weight, ids: [{ id, factor }] }, false, scratch);
        }
      }
    }
    const best = topByScore(touched, scratch.size, acc, limit);
    for (let k = 0; k < scratch.size; k++) acc[touched[k]!] = 0;
    return this.measure(best, forms);
  }

  /**
   * Add a term's contributions along its lists: sentence, neighbours, document metadata,
   * section. When gathering, a passage first touched is recorded; otherwise only passages
   * already gathered receive anything. (Two plain loops: this is the hot path at scale.)
   */
  private accumulate(form: { weight: number; ids: { id: number; factor: number }[] }, gather: boolean, scratch: Scratch): void {
    const docOf = this.docOf;
    const count = docOf.length;
    const { acc, touched } = scratch;
    let size = scratch.size;
    const credit = (p: number, value: number): void => {
      if (acc[p] === 0) {
        if (!gather) return;
        touched[size++] = p;
      }
      acc[p]! += value;
    };
    for (const { id, factor } of form.ids) {
      const w = form.weight * factor;
      const tw = FIELD.text * w;
      const cw = FIELD.context * w;
      const { offsets, values } = this.postings;
      const end = offsets[id + 1]!;
      if (gather) {
        for (let k = offsets[id]!; k < end; k++) {
          const p = values[k]!;
          const d = docOf[p];
          if (acc[p] === 0) touched[size++] = p;
          acc[p]! += tw;
          if (p > 0 && docOf[p - 1] === d) {
            if (acc[p - 1] === 0) touched[size++] = p - 1;
            acc[p - 1]! += cw;
          }
          if (p + 1 < count && docOf[p + 1] === d) {
            if (acc[p + 1] === 0) touched[size++] = p + 1;
            acc[p + 1]! += cw;
          }
        }
      } else if (count > PRUNE_ABOVE) {
        // Adding to what was gathered on a large archive: the sentence only; neighbours
        // are measured exactly for the best candidates afterwards.
        for (let k = offsets[id]!; k < end; k++) {
          const p = values[k]!;
          if (acc[p] !== 0) acc[p]! += tw;
        }
      } else {
        for (let k = offsets[id]!; k < end; k++) {
          const p = values[k]!;
          const d = docOf[p];
          if (acc[p] !== 0) acc[p]! += tw;
          if (p > 0 && acc[p - 1] !== 0 && docOf[p - 1] === d) acc[p - 1]! += cw;
          if (p + 1 < count && acc[p + 1] !== 0 && docOf[p + 1] === d) acc[p + 1]! += cw;
        }
      }
      // A title word shared by many documents (over 1% of them, on a large archive) only
      // adds to passages gathered by the sentence lists.
      const titleGathers = gather && !(count > PRUNE_ABOVE && rowLength(this.metaPostings, id) > 0.01 * this.docPassages.offsets.length);
      const metaCredit = (p: number, value: number): void => {
        if (acc[p] === 0) {
          if (!titleGathers) return;
          touched[size++] = p;
        }
        acc[p]! += value;
      };
      for (let k = this.metaPostings.offsets[id]!; k < this.metaPostings.offsets[id + 1]!; k++) {
        const d = this.metaPostings.values[k]!;
        for (let j = this.docPassages.offsets[d]!; j < this.docPassages.offsets[d + 1]!; j++) metaCredit(this.docPassages.values[j]!, FIELD.meta * w);
      }
      for (let k = this.sectionPostings.offsets[id]!; k < this.sectionPostings.offsets[id + 1]!; k++) {
        const sec = this.sectionPostings.values[k]!;
        for (let j = this.sectionPassages.offsets[sec]!; j < this.sectionPassages.offsets[sec + 1]!; j++) credit(this.sectionPassages.values[j]!, FIELD.section * w);
      }
    }
    scratch.size = size;
  }

  private measure(passages: number[], forms: { weight: number; name: boolean; focus: boolean; topic: boolean; givenNameOf: number; absence: number; ids: { id: number; factor: number; learnt: boolean }[] }[]): Measured[] {
    const total = forms.reduce((s, f) => s + f.weight, 0) || 1;
    const docCoverage = new Map<number, number>();
    const documentCoverage = (d: number): number => {
      let c = docCoverage.get(d);
      if (c !== undefined) return c;
      c = 0;
      for (const form of forms) {
        let best = 0;
        for (const { id, factor } of form.ids) {
          if (factor <= best) continue;
          if (rowHas(this.metaTerms, d, id)) best = factor;
          else {
            for (let j = this.docPassages.offsets[d]!; j < this.docPassages.offsets[d + 1]!; j++) {
              if (this.inText(this.docPassages.values[j]!, id)) {
                best = factor;
                break;
              }
            }
          }
        }
        c += form.weight * best;
      }
      docCoverage.set(d, c);
      return c;
    };
    const measured = passages.map((p): Measured => {
      const prev = this.leans[p] ? this.neighbour(p, -1) : -1;
      // "It will stretch 272 kilometres." may name its subject two sentences back.
      const before = prev >= 0 ? this.neighbour(prev, -1) : -1;
      // Not through a quotation: "He added …" after a quote speaks of its speaker, not of the sentence before it.
      const throughQuote = prev >= 0 && /^["“«]/.test(this.knowledge.passages[prev]!.text);
      const prev2 = before >= 0 && this.sectionOf[before] === this.sectionOf[p] && !throughQuote ? before : -1;
      // The sentence before in the same section, for an answer that follows its topic's sentence.
      const before1 = this.leans[p] ? -1 : this.neighbour(p, -1);
      const soft = before1 >= 0 && this.sectionOf[before1] === this.sectionOf[p] ? before1 : -1;
      let text = 0;
      let followText = 0;
      let context = 0;
      let bm25 = 0;
      const missing: boolean[] = [];
      let focusMissing = false;
      let focusAbsent = false;
      let focusLeaned = false;
      let learntText = 0;
      let learntContext = 0;
      let absence = 1;
      for (const form of forms) {
        let bestText = 0;
        let bestContext = 0;
        let bestFollow = 0;
        // The same without learnt forms, to tell how much of the coverage they alone give.
        let knownText = 0;
        let knownContext = 0;
        // A name is there only when written itself (or misspelt), not when a related word is.
        let named = false;
        let ownBest = 0;
        for (const { id, factor, learnt } of form.ids) {
          const tf = this.termFrequency(p, id);
          const own = tf > 0;
          const leaned = !own && prev >= 0 && this.inText(prev, id);
          const leanedFar = !own && !leaned && prev2 >= 0 && this.inText(prev2, id);
          const around = own || leaned || leanedFar || this.inContext(p, id);
          if (own) ownBest = Math.max(ownBest, factor);
          const textFactor = own || leaned ? factor : leanedFar ? factor * 0.8 : rowHas(this.metaTerms, this.docOf[p]!, id) ? factor * META_TEXT : 0;
          bestText = Math.max(bestText, textFactor);
          if (around) bestContext = Math.max(bestContext, factor);
          if (!learnt) {
            knownText = Math.max(knownText, textFactor);
            if (around) knownContext = Math.max(knownContext, factor);
          }
          if (around && factor >= 0.7) named = true;
          if (soft >= 0 && !own && this.inText(soft, id)) bestFollow = Math.max(bestFollow, factor * FOLLOW);
          if (own) {
            const norm = (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * this.passageLength[p]!) / this.averageLength));
            bm25 += form.weight * factor * factor * FIELD.text * norm;
          } else if (around) {
            bm25 += form.weight * factor * factor * FIELD.context;
          }
        }
        text += form.weight * bestText;
        learntText += form.weight * (bestText - knownText);
        learntContext += form.weight * (bestContext - knownContext);
        followText += form.weight * Math.max(bestText, bestFollow);
        context += form.weight * bestContext;
        // "The plant is expected to produce …" in a paragraph that began "… near the town of Zhanatas".
        if (form.name && !named) named = form.ids.some(({ id, factor }) => factor >= 0.7 && this.inParagraph(p, id));
        missing.push(form.name && !named);
        if (form.focus && bestText < 0.5) focusMissing = true;
        if (form.focus && ownBest < 0.5) focusLeaned = true;
        if (ownBest === 0) absence *= form.absence;
        if (form.topic && bestContext < 0.5) focusAbsent = true;
      }
      // "Timur Bekov" is named where "Bekov" is.
      const missingNames = forms.filter((f, i) => missing[i] && !(f.givenNameOf >= 0 && !missing[f.givenNameOf])).length;
      const passage = this.knowledge.passages[p]!;
      return {
        index: p,
        passage,
        doc: this.knowledge.documents[this.docOf[p]!]!,
        bm25,
        textCoverage: text / total,
        followCoverage: followText / total,
        contextCoverage: context / total,
        learntText: learntText / total,
        learntContext: learntContext / total,
        absence,
        document: documentCoverage(this.docOf[p]!),
        missingNames,
        focusMissing,
        focusAbsent,
        focusLeaned,
      };
    });
    const maxDoc = Math.max(1e-9, ...measured.map((m) => m.document));
    for (const m of measured) m.document /= maxDoc;
    return measured;
  }

  /** How often a term occurs in a passage's own text (0 when absent). */
  private termFrequency(p: number, term: number): number {
    let lo = this.passageTerms.offsets[p]!;
    let hi = this.passageTerms.offsets[p + 1]! - 1;
    const values = this.passageTerms.values;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = values[mid]!;
      if (v === term) return this.passageTf[mid]!;
      if (v < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/** A sentence speaking of "the two countries", "both nations" or a "bilateral" matter. */
const BOTH_COUNTRIES_RE = /\b(?:the two|both) (?:countries|nations)\b|\bbilateral\b/i;

/** Offsets of rows that each hold exactly one value: 0, 1, 2, … n. */
function rangeOffsets(n: number): Int32Array {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = i;
  return offsets;
}

/** The `limit` touched passages with the highest accumulated score, best first. */
function topByScore(touched: Int32Array, size: number, acc: Float32Array, limit: number): number[] {
  const byScore = (a: number, b: number): number => acc[b]! - acc[a]! || a - b;
  if (size <= limit) return Array.from(touched.subarray(0, size)).sort(byScore);
  const scores = new Float64Array(size);
  for (let i = 0; i < size; i++) scores[i] = acc[touched[i]!]!;
  const cut = kthLargest(scores, limit);
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (acc[touched[i]!]! > cut) out.push(touched[i]!);
  for (let i = 0; i < size && out.length < limit; i++) if (acc[touched[i]!] === cut) out.push(touched[i]!);
  return out.sort(byScore);
}

/** The k-th largest value (1-based) of an array, by quickselect; reorders the array. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = values.length - k;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
