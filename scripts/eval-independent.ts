/**
 * `npm run eval:independent`: the question sets written by people who read only the
 * documents, never the engine — over the five seed documents (`seed-questions*.json`), and
 * one per folder of new documents, each folder mixed into the seeds as a curator would drop it in.
 * `--held-out` answers each set with what was learnt from the other sets only; `--unlearned`
 * with nothing learnt.
 */
import { AnswerEngine, type EngineOptions } from '../src/search/index.ts';
import { evaluate, type EvalReport } from '../src/search/evaluate.ts';
import { examplesOf, learnAbsences, learnRelated } from '../src/search/learning.ts';
import { independentSets } from './independent-sets.ts';

// `--held-out`: each set is answered with what was learnt from the other sets only (the sets
// over the same documents held out together), as a set nobody has learnt from would be.
const heldOut = process.argv.includes('--held-out');
// `--unlearned`: nothing learnt at all, to measure what learning adds.
const unlearned = process.argv.includes('--unlearned');
const sets = independentSets();
const examples = heldOut ? sets.map((s) => examplesOf(AnswerEngine.create(s.knowledge, { learned: {}, absences: {} }), s.questions, s.group)) : [];
const learntFor = (group: string): EngineOptions => {
  if (unlearned) return { learned: {}, absences: {} };
  if (!heldOut) return {};
  const others = examples.filter((_, i) => sets[i]!.group !== group);
  return { learned: learnRelated(others.flatMap((e) => e.terms)), absences: learnAbsences(others.flatMap((e) => e.absences)) };
};
const rows: [string, EvalReport][] = sets.map((s) => [s.name, evaluate(AnswerEngine.create(s.knowledge, learntFor(s.group)), s.questions)]);
const firstUnseen = sets.findIndex((s) => s.group !== 'seeds');

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const total = (pick: (r: EvalReport) => number, of: (r: EvalReport) => number, list: EvalReport[]): number =>
  list.reduce((s, r) => s + pick(r) * of(r), 0) / Math.max(1, list.reduce((s, r) => s + of(r), 0));
const line = (name: string, r: Pick<EvalReport, 'answerable' | 'unanswerable' | 'hitAt1' | 'hitAt3' | 'abstentionAccuracy' | 'falseAbstentions'>): string =>
  `| ${name} | ${r.answerable} / ${r.unanswerable} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${pct(r.abstentionAccuracy)} | ${r.falseAbstentions} (${pct(r.falseAbstentions / Math.max(1, r.answerable))}) |`;

const unseen = rows.slice(firstUnseen).map(([, r]) => r);
const all = rows.map(([, r]) => r);
const summary = (list: EvalReport[]) => ({
  answerable: list.reduce((s, r) => s + r.answerable, 0),
  unanswerable: list.reduce((s, r) => s + r.unanswerable, 0),
  hitAt1: total((r) => r.hitAt1, (r) => r.answerable, list),
  hitAt3: total((r) => r.hitAt3, (r) => r.answerable, list),
  abstentionAccuracy: total((r) => r.abstentionAccuracy, (r) => r.unanswerable, list),
  falseAbstentions: list.reduce((s, r) => s + r.falseAbstentions, 0),
});
console.log('| question set | answerable / not | hit@1 | hit@3 | abstention | false abstentions |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, r] of rows) console.log(line(name, r));
console.log(line('all unseen folders', summary(unseen)));
console.log(line('everything', summary(all)));
