import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { acronymGroups } from '../../src/search/acronyms.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import { openEngine } from '../../src/search/cache.ts';
import { doc, tempDir, type TempDir } from '../support/tmp.ts';

const now = new Date('2026-11-23T12:00:00Z');
const BODY = [
  'The Japan International Cooperation Agency will contribute a grant of 4.5 billion yen for the laboratories.',
  'The European Bank for Reconstruction and Development lent $200 million.',
  "Egypt's General Authority for Supply Commodities will buy the grain.",
  'ASTANA, Kazakhstan, March 3 (Test Agency) The talks ended on Thursday.',
  'Kazakh Foreign Minister Murat Nurtleu met Japanese officials.',
].join(' ');

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

describe('acronyms of institutions named in full', () => {
  it.each([
    ['JICA', 'Japan International Cooperation Agency'],
    ['EBRD', 'European Bank for Reconstruction and Development'],
    // A possessive is not part of the name.
    ['GASC', 'General Authority for Supply Commodities'],
  ])('%s → %s', (acronym, name) => {
    dir = tempDir({ 'a.md': doc(BODY) });
    expect(new Map(acronymGroups(loadKnowledge(dir.path))).get(acronym)).toBe(name);
  });

  it('takes no initials of a dateline, a person or a name without an institution word', () => {
    dir = tempDir({ 'a.md': doc(BODY) });
    const found = acronymGroups(loadKnowledge(dir.path)).map(([a]) => a);
    expect(found).toEqual(['JICA', 'EBRD', 'GASC']);
  });

  it('answers a question asked with the initials the archive never writes', () => {
    dir = tempDir({ 'a.md': doc(BODY) });
    const answer = AnswerEngine.create(loadKnowledge(dir.path)).ask('How much is JICA giving for the labs?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]!.text).toContain('4.5 billion yen');
  });

  it('keeps the acronyms in the on-disk index cache', () => {
    dir = tempDir({ 'a.md': doc(BODY) });
    const cache = tempDir();
    try {
      const kb = loadKnowledge(dir.path);
      openEngine({ knowledge: kb, cacheDir: cache.path });
      const cached: boolean[] = [];
      const loaded = openEngine({ knowledge: kb, cacheDir: cache.path, onIndex: (e) => cached.push(e.cached) });
      expect(cached).toEqual([true]);
      expect(loaded.ask('How much did the EBRD lend?', { now }).citations[0]!.text).toContain('$200 million');
    } finally {
      cache.cleanup();
    }
  });
});
