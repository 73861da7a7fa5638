/**
 * How closely a sentence ties the question's words to a figure. "How many passengers were
 * on board?" is answered by "carried 184 passengers", not by "The flight took seven hours"
 * in a sentence that also names passengers: the figure that answers stands beside the word
 * it counts or measures ("the cost is estimated at $62 million").
 */
import type { WeightedTerm } from './index-state.ts';

/** Words that are figures: digits, or number words. */
const FIGURE_RE = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half)$|hundreds?$|thousands?$|millions?$|billions?$|dozens?$)/;
/** Words apart within which a question word is said of a figure in full, and in part. */
const NEAR = 3;
const FAR = 6;

/**
 * The share of the question's weight (names aside, which say what the sentence is about,
 * not what the figure is) found within a few words of a figure of the sentence: in full
 * within {@link NEAR} words, half within {@link FAR}.
 *
 * @param words the sentence's words, lower-cased, in order
 * @param terms the index term of each word (null for a stop word)
 */
export function figureProximity(words: readonly string[], terms: readonly (string | null)[], question: readonly Pick<WeightedTerm, 'weight' | 'forms' | 'name'>[]): number {
  const figures: number[] = [];
  for (let i = 0; i < words.length; i++) if (FIGURE_RE.test(words[i]!)) figures.push(i);
  if (figures.length === 0) return 0;
  const total = question.reduce((s, t) => s + t.weight, 0) || 1;
  let near = 0;
  for (const t of question) {
    if (t.name) continue;
    let best = 0;
    for (let i = 0; i < terms.length && best < 1; i++) {
      const factor = terms[i] === null ? undefined : t.forms.get(terms[i]!);
      if (factor === undefined) continue;
      for (const f of figures) {
        const d = Math.abs(i - f);
        const v = d === 0 ? 0 : d <= NEAR ? factor : d <= FAR ? factor / 2 : 0;
        if (v > best) best = v;
      }
    }
    near += t.weight * best;
  }
  return near / total;
}
