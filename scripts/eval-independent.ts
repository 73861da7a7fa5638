/**
 * `npm run eval:independent`: the question sets written by people who read only the
 * documents, never the engine — over the five seed documents (`seed-questions*.json`), and
 * one per folder of new documents, each folder mixed into the seeds as a curator would drop it in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, mergeKnowledge } from '../src/knowledge/index.ts';
import { AnswerEngine } from '../src/search/index.ts';
import { evaluate, type EvalReport, type QuestionSet } from '../src/search/evaluate.ts';

const ROOT = 'tests/fixtures/independent';
const seeds = loadKnowledge('knowledge');
const read = (file: string): QuestionSet => JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;

const seedEngine = AnswerEngine.create(seeds);
// The merged first sets, then each later set on its own ("seed-questions-e.json" → "seeds (e)").
const seedSets = ['seed-questions.json', ...readdirSync(ROOT).filter((f) => /^seed-questions-.+\.json$/.test(f)).sort()];
const rows: [string, EvalReport][] = seedSets.map((f) => [f === 'seed-questions.json' ? 'seeds' : `seeds (${f.slice('seed-questions-'.length, -'.json'.length)})`, evaluate(seedEngine, read(join(ROOT, f)))]);
const firstUnseen = rows.length;
for (const folder of readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const dir = join(ROOT, folder);
  const engine = AnswerEngine.create(mergeKnowledge(seeds, loadKnowledge(dir)));
  rows.push([`${folder} + seeds`, evaluate(engine, read(join(dir, 'questions.json')))]);
}

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
