import type { Passage } from '../knowledge/types.ts';
import type { Analyzer } from './analyzer.ts';

/**
 * The sentences that best summarise a document: the lead sentence, then those sharing the
 * most terms with the rest of the document, in document order.
 */
export function keySentences(passages: Passage[], analyzer: Analyzer, count = 1): Passage[] {
  if (passages.length <= count) return passages;
  const termSets = passages.map((p) => new Set(analyzer.terms(p.text)));
  const freq = new Map<string, number>();
  for (const set of termSets) for (const t of set) freq.set(t, (freq.get(t) ?? 0) + 1);
  const centrality = termSets.map((set) => {
    let s = 0;
    for (const t of set) s += (freq.get(t) ?? 1) - 1;
    return s / Math.sqrt(set.size + 1);
  });
  const order = passages.map((_, i) => i).slice(1).sort((a, b) => centrality[b]! - centrality[a]! || a - b);
  return [0, ...order].slice(0, count).sort((a, b) => a - b).map((i) => passages[i]!);
}

/** Documents newest first (ties by id), the order lists and digests show them in. */
export function newestFirst<T extends { date: string; id: string }>(documents: readonly T[]): T[] {
  return [...documents].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
