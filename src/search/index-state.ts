import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { KnowledgeBase, KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { Analyzer } from './analyzer.ts';
import { leansOnPrevious } from './leaning.ts';

/** A passage as MiniSearch indexes it. */
export interface IndexedPassage {
  id: number;
  text: string;
  context: string;
  section: string;
  title: string;
}

/** A document as the document-level index sees it. */
interface IndexedDocument {
  id: number;
  title: string;
  text: string;
  tags: string;
}

/** The built parts of an {@link IndexState}, as saved in the on-disk cache. */
export interface IndexSnapshot {
  index: string;
  docIndex: string;
  textTerms: string[][];
  contextTerms: string[][];
}

/**
 * Everything built from one knowledge base: the passage and document indexes, term
 * statistics and lookups. Immutable once built, so it can be swapped in whole on reload.
 */
export class IndexState {
  readonly knowledge: KnowledgeBase;
  readonly analyzer: Analyzer;
  readonly index: MiniSearch<IndexedPassage>;
  readonly docIndex: MiniSearch<IndexedDocument>;
  readonly docs = new Map<string, KnowledgeDocument>();
  readonly docOrdinal = new Map<string, number>();
  readonly passagesByDoc = new Map<string, Passage[]>();
  /**
   * Per passage: terms of its own text, plus those of the sentence before when it leans on
   * it ("It is expected to cost …"): together they are what an answer shows.
   */
  readonly textTerms: Set<string>[] = [];
  /** Per passage: terms of its text, neighbours, section, title and tags. */
  readonly contextTerms: Set<string>[] = [];
  /** How many passages contain each term in their own text. */
  readonly df = new Map<string, number>();
  /** Every known term, for spelling-tolerant lookups. */
  readonly vocabulary = new SearchableMap<number>();

  /** Build from a knowledge base, or restore the built parts from a snapshot of the same base. */
  constructor(knowledge: KnowledgeBase, snapshot?: IndexSnapshot) {
    this.knowledge = knowledge;
    this.analyzer = new Analyzer(knowledge.aliases);
    const terms = (text: string): string[] => this.analyzer.terms(text);
    const queryOptions = { tokenize: (s: string) => s.split(' ').filter(Boolean), processTerm: (t: string) => t };
    const passageOptions = { fields: ['text', 'context', 'section', 'title'], tokenize: terms, processTerm: (t: string) => t, searchOptions: queryOptions };
    const documentOptions = { fields: ['title', 'text', 'tags'], tokenize: terms, processTerm: (t: string) => t, searchOptions: queryOptions };
    this.index = snapshot ? MiniSearch.loadJSON<IndexedPassage>(snapshot.index, passageOptions) : new MiniSearch<IndexedPassage>(passageOptions);
    this.docIndex = snapshot ? MiniSearch.loadJSON<IndexedDocument>(snapshot.docIndex, documentOptions) : new MiniSearch<IndexedDocument>(documentOptions);
    knowledge.documents.forEach((doc, i) => {
      this.docs.set(doc.id, doc);
      this.docOrdinal.set(doc.id, i);
    });
    for (const p of knowledge.passages) {
      const list = this.passagesByDoc.get(p.docId) ?? [];
      list.push(p);
      this.passagesByDoc.set(p.docId, list);
    }
    if (snapshot) this.restore(snapshot);
    else this.build();
  }

  /** The built parts, for the on-disk cache. */
  snapshot(): IndexSnapshot {
    return {
      index: JSON.stringify(this.index),
      docIndex: JSON.stringify(this.docIndex),
      textTerms: this.textTerms.map((s) => [...s]),
      contextTerms: this.contextTerms.map((s) => [...s]),
    };
  }

  private restore(snapshot: IndexSnapshot): void {
    const own = this.knowledge.passages.map((p) => new Set(this.analyzer.terms(p.text)));
    snapshot.textTerms.forEach((terms) => this.textTerms.push(new Set(terms)));
    snapshot.contextTerms.forEach((terms) => this.contextTerms.push(new Set(terms)));
    for (const set of own) for (const t of set) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    for (const set of this.contextTerms) for (const t of set) if (!this.vocabulary.has(t)) this.vocabulary.set(t, 1);
  }

  private build(): void {
    const rows: IndexedPassage[] = this.knowledge.passages.map((p, i) => {
      const doc = this.docs.get(p.docId)!;
      const siblings = this.passagesByDoc.get(p.docId)!;
      const prev = siblings[p.position - 1]?.text ?? '';
      const next = siblings[p.position + 1]?.text ?? '';
      const section = p.section ?? '';
      const title = `${doc.title} ${doc.source} ${doc.tags.join(' ')}`;
      const own = new Set(this.analyzer.terms(p.text));
      const leans = prev !== '' && siblings[p.position - 1]!.paragraph === p.paragraph && leansOnPrevious(p.text);
      this.textTerms.push(leans ? new Set([...own, ...this.analyzer.terms(prev)]) : own);
      this.contextTerms.push(new Set([...own, ...this.analyzer.terms(`${prev} ${next} ${section} ${title}`)]));
      for (const t of own) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { id: i, text: p.text, context: `${prev} ${next}`, section, title };
    });
    for (const set of this.contextTerms) for (const t of set) if (!this.vocabulary.has(t)) this.vocabulary.set(t, 1);
    this.index.addAll(rows);
    this.docIndex.addAll(
      this.knowledge.documents.map((d, i) => ({
        id: i,
        title: `${d.title} ${d.source}`,
        tags: d.tags.join(' '),
        text: this.passagesByDoc.get(d.id)?.map((p) => p.text).join(' ') ?? '',
      })),
    );
  }

  /** Inverse passage frequency of a term: rare terms weigh more than "Kazakhstan" or "Tokayev". */
  idf(term: string): number {
    const n = this.knowledge.passages.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n + 1) / (df + 0.5));
  }
}
