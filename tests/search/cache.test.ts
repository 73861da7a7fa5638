import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openEngine } from '../../src/search/cache.ts';
import { answerToJSON } from '../../src/search/types.ts';
import { doc, tempDir, type TempDir } from '../support/tmp.ts';

const now = new Date('2026-11-23T12:00:00Z');
const questions = ['How long is the border between Kazakhstan and Russia?', 'When did Tokayev last meet Putin?', 'Who won the 2018 World Cup?'];
let cache: TempDir | undefined;
afterEach(() => cache?.cleanup());

describe('index cache', () => {
  it('loads an unchanged knowledge base from the cache and answers the same', () => {
    cache = tempDir();
    const kb = loadKnowledge('knowledge');
    const events: boolean[] = [];
    const built = openEngine({ knowledge: kb, cacheDir: cache.path, onIndex: (e) => events.push(e.cached) });
    const loaded = openEngine({ knowledge: kb, cacheDir: cache.path, onIndex: (e) => events.push(e.cached) });
    expect(events).toEqual([false, true]);
    for (const q of questions) expect(answerToJSON(loaded.ask(q, { now }))).toEqual(answerToJSON(built.ask(q, { now })));
  });

  it('rebuilds when the knowledge changes, keeping one cache file', () => {
    cache = tempDir();
    const docs = tempDir({ 'a.md': doc('The first sentence of the test document is here.') });
    try {
      const events: boolean[] = [];
      openEngine({ knowledge: loadKnowledge(docs.path), cacheDir: cache.path, onIndex: (e) => events.push(e.cached) });
      docs.write('b.md', doc('A second document about grain exports is added.'));
      const engine = openEngine({ knowledge: loadKnowledge(docs.path), cacheDir: cache.path, onIndex: (e) => events.push(e.cached) });
      expect(events).toEqual([false, false]);
      expect(engine.ask('What about grain exports?', { now }).answered).toBe(true);
      expect(readdirSync(cache.path).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    } finally {
      docs.cleanup();
    }
  });

  it('rebuilds over a damaged cache file instead of failing', () => {
    cache = tempDir();
    const kb = loadKnowledge('knowledge');
    openEngine({ knowledge: kb, cacheDir: cache.path });
    const file = readdirSync(cache.path).find((f) => f.endsWith('.bin'))!;
    writeFileSync(join(cache.path, file), 'ELSHIIDX damaged');
    const events: boolean[] = [];
    const engine = openEngine({ knowledge: kb, cacheDir: cache.path, onIndex: (e) => events.push(e.cached) });
    expect(events).toEqual([false]);
    expect(engine.ask(questions[0]!, { now }).answered).toBe(true);
  });
});
