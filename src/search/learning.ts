import type { AnswerEngine } from './engine.ts';
import type { EvalQuestion, QuestionSet } from './evaluate.ts';

/**
 * Words a question uses for what its answer says in other words, learnt from answered
 * question sets: a question term mapped to passage terms ("worth" → "valu", "effect" →
 * "enter"). The engine widens a question term to these at a low factor, as it does to
 * related words.
 */
export type LearnedTerms = Readonly<Record<string, readonly string[]>>;

/**
 * One answered question, as terms: those of the question that its answering sentence does
 * not contain in any form (`asked`), and those of the sentence that no question term matched
 * (`answered`). Names and figures are left out of both: they belong to one story.
 */
export interface TermExample {
  /** The set the question comes from; a pair must be seen in several sets to be learnt. */
  group: string;
  asked: readonly string[];
  answered: readonly string[];
}

/** Thresholds of {@link learnRelated}. */
export interface LearnOptions {
  /** Least number of sets a pair must be seen in (a pair of one set is its story's, not the language's). */
  minGroups: number;
  /** Least number of questions a pair must be seen in. */
  minCount: number;
  /** Least share of the questions leaving the question term unmatched whose answers have the passage term. */
  minShare: number;
  /** Least lift: that share over the share of all answers having the passage term (common words say nothing). */
  minLift: number;
}

/** Thresholds chosen on the independent sets, each set held out from its own learning. */
export const LEARN_OPTIONS: LearnOptions = { minGroups: 3, minCount: 3, minShare: 0.1, minLift: 3 };

/** Whether a term is a name or a figure ("~astana", "2024"), which no pair is learnt for. */
const storyTerm = (term: string): boolean => term.startsWith('~') || /\d/.test(term);

/**
 * The terms example of one answerable question: the engine reads the question as it would to
 * answer it (so its own forms of each term count as matched), and the answering sentence is
 * the passage of the expected document holding an expected text. Null when the set names no
 * document or no passage holds the text. The engine should be built without learnt terms, or
 * the learnt forms would count as matched.
 */
export function termExample(engine: AnswerEngine, question: EvalQuestion, group: string, now: Date): TermExample | null {
  if (question.answerable === false || !question.doc || !question.expect) return null;
  const expect = question.expect.map((e) => e.toLowerCase());
  const gold = engine.passagesOf(question.doc).find((p) => expect.some((e) => p.text.toLowerCase().includes(e)));
  if (!gold) return null;
  const { terms } = engine.search(question.q, now);
  const sentence = new Set(engine.analyzer.terms(gold.text, undefined, true));
  const matched = new Set<string>();
  const asked: string[] = [];
  for (const t of terms) {
    const forms = [...t.forms.keys()];
    if (t.name || storyTerm(t.term)) forms.forEach((f) => matched.add(f));
    else if (forms.some((f) => sentence.has(f))) forms.filter((f) => sentence.has(f)).forEach((f) => matched.add(f));
    else asked.push(t.term);
  }
  const own = new Set(terms.map((t) => t.term));
  const answered = [...sentence].filter((s) => !matched.has(s) && !own.has(s) && !storyTerm(s));
  return { group, asked, answered };
}

/** The terms examples of every answerable question of a set. */
export function examplesOf(engine: AnswerEngine, set: QuestionSet, group: string): TermExample[] {
  const now = set.now ? new Date(`${set.now}T12:00:00Z`) : new Date();
  return set.questions.flatMap((q) => termExample(engine, q, group, now) ?? []);
}

/**
 * Learn question terms → passage terms from examples. A pair is kept when it is seen in
 * enough questions of enough sets, when enough of the questions leaving the question term
 * unmatched have the passage term in their answer, and when that is well above how often
 * answers have it at all. Keys and lists are sorted, so the same examples give the same map.
 */
export function learnRelated(examples: readonly TermExample[], options: LearnOptions = LEARN_OPTIONS): LearnedTerms {
  const pairs = new Map<string, { count: number; groups: Set<string> }>();
  const unmatched = new Map<string, number>();
  const inAnswers = new Map<string, number>();
  for (const { group, asked, answered } of examples) {
    const said = new Set(answered);
    for (const s of said) inAnswers.set(s, (inAnswers.get(s) ?? 0) + 1);
    for (const q of new Set(asked)) {
      unmatched.set(q, (unmatched.get(q) ?? 0) + 1);
      for (const s of said) {
        const key = `${q}\u0000${s}`;
        const pair = pairs.get(key) ?? { count: 0, groups: new Set<string>() };
        pair.count += 1;
        pair.groups.add(group);
        pairs.set(key, pair);
      }
    }
  }
  const learnt = new Map<string, string[]>();
  for (const [key, { count, groups }] of pairs) {
    if (count < options.minCount || groups.size < options.minGroups) continue;
    const [q, s] = key.split('\u0000') as [string, string];
    const share = count / unmatched.get(q)!;
    const lift = share / (inAnswers.get(s)! / examples.length);
    if (share >= options.minShare && lift >= options.minLift) learnt.set(q, [...(learnt.get(q) ?? []), s]);
  }
  return Object.fromEntries([...learnt].sort(([a], [b]) => (a < b ? -1 : 1)).map(([q, list]) => [q, list.sort()]));
}
