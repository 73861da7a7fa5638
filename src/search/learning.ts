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
 * Question terms whose absence from a sentence tells that the question is one the archive
 * does not answer, each with a factor (below 1) on the confidence of a sentence lacking it:
 * "price", "salary" or a country are often what an unanswerable question turns on.
 */
export type LearnedAbsences = Readonly<Record<string, number>>;

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

/**
 * What the first-ranked sentence lacks of one question: an answerable question whose first
 * sentence is its answer (`answerable: true`), or an unanswerable one (`answerable: false`).
 */
export interface AbsenceExample {
  group: string;
  answerable: boolean;
  /** Question terms no form of which the sentence's own words hold. */
  missing: readonly string[];
}

/** Thresholds and shape of {@link learnAbsences}. */
export interface AbsenceOptions {
  /** Least number of questions (of either kind) whose first sentence lacks the term. */
  minCount: number;
  /** Least number of sets those questions come from. */
  minGroups: number;
  /** Questions added to each kind, half lacking the term, so a rare term says little. */
  smoothing: number;
  /** Power of the likelihood ratio: small, so that each missing term only nudges. */
  power: number;
  /** Lowest factor. */
  floor: number;
}

/** Chosen on the independent sets, each set held out from its own learning, with the engine's threshold. */
export const ABSENCE_OPTIONS: AbsenceOptions = { minCount: 8, minGroups: 3, smoothing: 2, power: 0.1, floor: 0.9 };

/** Whether a term is a name or a figure ("~astana", "2024"), which no pair is learnt for. */
const storyTerm = (term: string): boolean => term.startsWith('~') || /\d/.test(term);

/** Whether a sentence holds one of the texts a question expects (case-insensitive). */
const holdsExpected = (text: string, question: EvalQuestion): boolean => question.expect?.some((e) => text.toLowerCase().includes(e.toLowerCase())) ?? false;

/** How the engine reads a question: its terms, with their forms, and the ranked passages. */
type Searched = ReturnType<AnswerEngine['search']>;

function termExampleOf(engine: AnswerEngine, question: EvalQuestion, group: string, { terms }: Searched): TermExample | null {
  if (question.answerable === false || !question.doc) return null;
  const gold = engine.passagesOf(question.doc).find((p) => holdsExpected(p.text, question));
  if (!gold) return null;
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

function absenceExampleOf(engine: AnswerEngine, question: EvalQuestion, group: string, { terms, ranked }: Searched): AbsenceExample | null {
  const top = ranked[0];
  if (!top) return null;
  const answerable = question.answerable !== false;
  if (answerable && (top.passage.docId !== question.doc || !holdsExpected(top.passage.text, question))) return null;
  const own = new Set(engine.analyzer.terms(top.passage.text, undefined, true));
  const missing = terms.filter((t) => ![...t.forms.keys()].some((f) => own.has(f))).map((t) => t.term);
  return { group, answerable, missing };
}

/**
 * The terms example of one answerable question: the engine reads the question as it would to
 * answer it (so its own forms of each term count as matched), and the answering sentence is
 * the passage of the expected document holding an expected text. Null when the set names no
 * document or no passage holds the text. The engine should be built without learnt terms, or
 * the learnt forms would count as matched.
 */
export function termExample(engine: AnswerEngine, question: EvalQuestion, group: string, now: Date): TermExample | null {
  return question.answerable === false || !question.doc ? null : termExampleOf(engine, question, group, engine.search(question.q, now));
}

/**
 * The absence example of one question: the terms of the question its first-ranked sentence
 * lacks. Null when an answerable question's first sentence is not its answer (that tells of
 * ranking, not of answerability). Build the engine without learnt absences.
 */
export function absenceExample(engine: AnswerEngine, question: EvalQuestion, group: string, now: Date): AbsenceExample | null {
  return absenceExampleOf(engine, question, group, engine.search(question.q, now));
}

/** Both kinds of examples of every question of a set, each question read once. */
export function examplesOf(engine: AnswerEngine, set: QuestionSet, group: string): { terms: TermExample[]; absences: AbsenceExample[] } {
  const now = set.now ? new Date(`${set.now}T12:00:00Z`) : new Date();
  const terms: TermExample[] = [];
  const absences: AbsenceExample[] = [];
  for (const question of set.questions) {
    const searched = engine.search(question.q, now);
    const term = termExampleOf(engine, question, group, searched);
    if (term) terms.push(term);
    const absence = absenceExampleOf(engine, question, group, searched);
    if (absence) absences.push(absence);
  }
  return { terms, absences };
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

/**
 * Learn absence factors: for each term, how much likelier its absence from the first sentence
 * is among unanswerable questions than among answered ones (smoothed), raised to a small
 * power; terms whose absence says "unanswerable" get a factor below 1. Keys are sorted.
 */
export function learnAbsences(examples: readonly AbsenceExample[], options: AbsenceOptions = ABSENCE_OPTIONS): LearnedAbsences {
  const counts = new Map<string, { answered: number; unanswerable: number; groups: Set<string> }>();
  let answered = 0;
  let unanswerable = 0;
  for (const { group, answerable, missing } of examples) {
    if (answerable) answered += 1;
    else unanswerable += 1;
    for (const term of new Set(missing)) {
      const c = counts.get(term) ?? { answered: 0, unanswerable: 0, groups: new Set<string>() };
      if (answerable) c.answered += 1;
      else c.unanswerable += 1;
      c.groups.add(group);
      counts.set(term, c);
    }
  }
  const half = options.smoothing / 2;
  const out: [string, number][] = [];
  for (const [term, c] of counts) {
    // A figure's absence says more of the figure than of the word ("1" of "phase 1").
    if (/\d/.test(term) || c.answered + c.unanswerable < options.minCount || c.groups.size < options.minGroups) continue;
    const ratio = (c.answered + half) / (answered + options.smoothing) / ((c.unanswerable + half) / (unanswerable + options.smoothing));
    const factor = Math.max(options.floor, Math.min(1, ratio ** options.power));
    if (factor < 0.98) out.push([term, Math.round(factor * 1000) / 1000]);
  }
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : 1)));
}
