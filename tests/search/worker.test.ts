import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import { answerToJSON } from '../../src/search/types.ts';
import { WorkerEngine } from '../../src/search/worker-engine.ts';
import { doc, tempDir } from '../support/tmp.ts';

const now = new Date('2026-11-23T12:00:00Z');
const knowledge = loadKnowledge('knowledge');
let engine: WorkerEngine;

beforeAll(async () => {
  engine = await WorkerEngine.start({ knowledge });
});
afterAll(async () => {
  await engine.close();
});

describe('WorkerEngine: search in a worker thread', () => {
  it.each([
    'How long is the border between Kazakhstan and Russia?',
    'When did Tokayev last meet Putin?',
    'Who won the 2018 World Cup?',
  ])('answers %j exactly as the engine in this thread does', async (question) => {
    const local = AnswerEngine.create(knowledge);
    expect(answerToJSON(await engine.ask(question, { now }))).toEqual(answerToJSON(local.ask(question, { now })));
  });

  it('answers questions sent at once, each to its own promise', async () => {
    const questions = ['How many Kazakh students study in Russia?', 'Where will Russia open a consulate general in Kazakhstan?'];
    const answers = await Promise.all(questions.map((q) => engine.ask(q, { now })));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.every((a) => a.answered)).toBe(true);
  });

  it('lists documents and key sentences without the search thread', () => {
    expect(engine.documents()[0]!.date).toBe('2025-11-12');
    expect(engine.keySentences(engine.documents()[0]!.id, 2)).toHaveLength(2);
  });

  it('reloads the search thread with a new knowledge base', async () => {
    const dir = tempDir({ 'x.md': doc('The Caspian summit agreed on fishing quotas for sturgeon in 2024.') });
    try {
      expect((await engine.ask('What was agreed on sturgeon fishing quotas?', { now })).answered).toBe(false);
      engine.reload(loadKnowledge(dir.path));
      expect((await engine.ask('What was agreed on sturgeon fishing quotas?', { now })).answered).toBe(true);
      expect(engine.documents()).toHaveLength(1);
    } finally {
      dir.cleanup();
    }
  });
});
