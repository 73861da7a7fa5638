import type { KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { displayDate } from './dates.ts';
import type { QuestionIntent } from './question.ts';
import type { Answer, Citation } from './types.ts';

/** Everything answer composition needs, as plain data. */
export interface ComposeInput {
  question: string;
  intent: QuestionIntent;
  /** Supported hits, best first, each with its passage. */
  hits: (Citation & { passage: Passage })[];
  /** Less certain hits, searched only for a source that states a different date. */
  alternatives: (Citation & { passage: Passage })[];
  /**
   * The first-ranked passages whatever their confidence, searched only for one from another
   * source that restates the best passage with another day of the same month ("is scheduled
   * to make a state visit to Russia on November 12" beside "begins on November 11"): how
   * closely it restates the answer, not how well it matches the question, makes it the same fact.
   */
  echoes: (Citation & { passage: Passage })[];
  /** What the archive covers, for the abstention message. */
  coverage: ArchiveCoverage;
  /** Most further passages to keep for "More sources". */
  more: number;
  /** The sentence a passage leans on ("He also noted …"), shown with it as context; null when it stands alone. */
  leanedOn: (p: Passage) => Passage | null;
}

/** Most citations an answer carries: the best passage and two that support it. */
export const MAX_CITATIONS = 3;
/** A supporting passage must score at least this share of the best one. */
const SUPPORT_RATIO = 0.4;
/** Passages sharing more than this share of their words are near-duplicates. */
const DUPLICATE_OVERLAP = 0.6;
/** A passage sharing at least this share of its words with the best one restates it. */
const RESTATES = 0.6;


const MONTH_DAY = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})\b|\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** Day-of-month dates a sentence states ("November 11", "12 November"), normalised. */
export function statedDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = (m[1] ?? m[4] ?? '').toLowerCase();
    const dayOf = Number(m[2] ?? m[3]);
    out.push(`${month} ${dayOf}`);
  }
  return out;
}

/** Cite a document in running text: "Akorda press service, 12 November 2025". */
export function attribution(c: Citation): string {
  return `${c.document.source}, ${displayDate(c.document.date)}`;
}

/** How many documents the archive holds and the dates they span. */
export interface ArchiveCoverage {
  documents: number;
  first: string | null;
  last: string | null;
}

/** Summarise what an archive covers (computed once per knowledge base). */
export function archiveCoverage(documents: KnowledgeDocument[]): ArchiveCoverage {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of documents) {
    if (first === null || d.date < first) first = d.date;
    if (last === null || d.date > last) last = d.date;
  }
  return { documents: documents.length, first, last };
}

/** The abstention message: what the archive covers and how to see it. */
export function abstention(coverage: ArchiveCoverage): string {
  const span = coverage.first && coverage.last ? ` from ${displayDate(coverage.first)} to ${displayDate(coverage.last)}` : '';
  return (
    `The archive has nothing that answers this. It holds ${coverage.documents} document${coverage.documents === 1 ? '' : 's'}` +
    ` on Kazakhstan's diplomacy${span}. Try other words, or list the sources with /sources.`
  );
}

/**
 * Find a passage from another document that states a different date than the best one for
 * the same question: sources disagree, and both must be shown.
 */
function disagreeing(best: Citation, hits: Citation[], echoes: Citation[], intent: QuestionIntent): Citation | null {
  if (intent.answerType !== 'date' && intent.answerType !== 'other') return null;
  const mine = statedDates(best.text);
  if (mine.length === 0) return null;
  const differs = (h: Citation): boolean => {
    if (h.document.id === best.document.id) return false;
    const theirs = statedDates(h.text);
    return theirs.length > 0 && theirs.every((d) => !mine.includes(d));
  };
  const month = (d: string): string => d.split(' ')[0]!;
  return (
    hits.find((h) => differs(h) && h.score >= best.score * 0.6 && overlap(best.text, h.text) >= 0.3) ??
    // "According to the op-ed, when …" asks what one source says.
    (intent.source === null ? echoes.find((h) => differs(h) && statedDates(h.text).some((d) => mine.some((m) => month(m) === month(d))) && overlap(best.text, h.text) >= RESTATES) : undefined) ??
    null
  );
}

/** Compose a cited answer from ranked hits: best passage, supporting passages, disagreements. */
export function compose(input: ComposeInput): Answer {
  const { question, hits, intent } = input;
  const strip = ({ passage: _passage, ...c }: Citation & { passage: Passage }): Citation => c;
  const best = hits[0];
  if (!best) {
    return { question, answered: false, answer: abstention(input.coverage), citations: [], more: [], disagreement: false };
  }
  const first: Citation = { ...strip(best) };
  const before = input.leanedOn(best.passage);
  if (before) first.context = before.text;
  const citations: Citation[] = [first];
  const conflict = disagreeing(first, input.alternatives, input.echoes, intent);
  if (conflict) citations.push(strip(conflict as Citation & { passage: Passage }));
  const rest = hits.slice(1).filter((h) => h.passageId !== conflict?.passageId && h.score >= best.score * SUPPORT_RATIO);
  const isNew = (h: Citation): boolean => citations.every((c) => c.passageId !== h.passageId && overlap(c.text, h.text) < DUPLICATE_OVERLAP);
  // Passages from other documents first when they score nearly as well, then the rest in order.
  const others = rest.filter((h) => !citations.some((c) => c.document.id === h.document.id) && h.score >= best.score * 0.75);
  for (const h of [...others, ...rest]) {
    if (citations.length >= MAX_CITATIONS) break;
    if (isNew(h)) citations.push(strip(h));
  }
  const cited = new Set(citations.map((c) => c.passageId));
  const more = hits.filter((h) => !cited.has(h.passageId)).slice(0, input.more).map(strip);

  let answer: string;
  if (conflict) {
    const [a, b] = [citations[0]!, conflict];
    answer =
      `The sources differ. ${a.document.source} (${displayDate(a.document.date)}): ${a.text} ` +
      `${b.document.source} (${displayDate(b.document.date)}): ${b.text}`;
  } else {
    const lead = first.context ? `${first.context} ${first.text}` : first.text;
    answer = `${lead} (${attribution(first)})`;
  }
  return { question, answered: true, answer, citations, more, disagreement: conflict !== null };
}
