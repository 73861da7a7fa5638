/**
 * The independent question sets of `tests/fixtures/independent`, each with the archive it
 * is asked over: the seed sets (`seed-questions*.json`) over the five seed documents, and
 * each folder of new documents mixed into the seeds as a curator would drop it in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, mergeKnowledge } from '../src/knowledge/index.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import type { QuestionSet } from '../src/search/evaluate.ts';

/** One question set and its archive. */
export interface IndependentSet {
  /** Row name: "seeds", "seeds (e)", "unseen-a + seeds". */
  name: string;
  /** Sets over the same documents share a group ("seeds", or the folder). */
  group: string;
  knowledge: KnowledgeBase;
  questions: QuestionSet;
}

/** The sets: the merged first seed set, the later seed sets, then the folders in name order. */
export function independentSets(root = 'tests/fixtures/independent'): IndependentSet[] {
  const read = (file: string): QuestionSet => JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
  const seeds = loadKnowledge('knowledge');
  const seedFiles = ['seed-questions.json', ...readdirSync(root).filter((f) => /^seed-questions-.+\.json$/.test(f)).sort()];
  const sets: IndependentSet[] = seedFiles.map((f) => ({
    name: f === 'seed-questions.json' ? 'seeds' : `seeds (${f.slice('seed-questions-'.length, -'.json'.length)})`,
    group: 'seeds',
    knowledge: seeds,
    questions: read(join(root, f)),
  }));
  const folders = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const folder of folders) {
    const dir = join(root, folder);
    sets.push({ name: `${folder} + seeds`, group: folder, knowledge: mergeKnowledge(seeds, loadKnowledge(dir)), questions: read(join(dir, 'questions.json')) });
  }
  return sets;
}
