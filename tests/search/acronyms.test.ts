import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { acronymAliases, acronymGroups } from '../../src/search/acronyms.ts';
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
  'A regional centre for the Sustainable Development Goals will open in Almaty.',
].join(' ');

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

describe('acronyms of institutions named in full', () => {
  it.each([
    ['JICA', 'Japan International Cooperation Agency'],
    ['EBRD', 'European Bank for Reconstruction and Development'],
    // A possessive is not part of the name.
    ['GASC', 'General Authority for Supply Commodities'],
    // Goals and treaties have initials too.
    ['SDG', 'Sustainable Development Goals'],
  ])('%s → %s', (acronym, name) => {
    dir = tempDir({ 'a.md': doc(BODY) });
    expect(new Map(acronymGroups(loadKnowledge(dir.path))).get(acronym)).toBe(name);
  });

  it('takes no initials of a dateline, a person or a name without an institution word', () => {
    dir = tempDir({ 'a.md': doc(BODY) });
    const found = acronymGroups(loadKnowledge(dir.path)).map(([a]) => a);
    expect(found).toEqual(['JICA', 'EBRD', 'GASC', 'SDG']);
  });

  it('answers a question asked with the initials the archive never writes', () => {
    dir = tempDir({ 'a.md': doc(BODY) });
    const answer = AnswerEngine.create(loadKnowledge(dir.path)).ask('How much is JICA giving for the labs?', { now });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]!.text).toContain('4.5 billion yen');
  });

  it('takes the initials of a city named in three words, and asks in US dollars of no country', () => {
    dir = tempDir({
      'a.md': doc('Kazakhstan will open a consulate general in Ho Chi Minh City. The mission is expected to cost about $4.7 million.', { title: 'Kazakhstan to open consulate in Vietnam' }),
    });
    const kb = loadKnowledge(dir.path);
    expect(new Map(acronymGroups(kb)).get('HCMC')).toBe('Ho Chi Minh City');
    const answer = AnswerEngine.create(kb).ask('Roughly how many US dollars was the consulate in HCMC expected to cost?', { now });
    expect(answer.citations[0]?.text).toContain('$4.7 million');
  });

  it('reads an everyday word typed in lower case as the word, not as initials', () => {
    dir = tempDir({ 'a.md': doc('The Regional Union of Networks met in Almaty. The cooperation programme lasts until 2030.') });
    const engine = AnswerEngine.create(loadKnowledge(dir.path));
    expect(new Map(acronymGroups(engine.knowledge)).get('RUN')).toBe('Regional Union of Networks');
    expect(engine.search('Until what year does the programme run?', now).intent.text).toContain('run');
    expect(engine.search('When did the RUN meet?', now).intent.text).toContain('Regional Union of Networks');
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

/** A report that writes an acronym in its title and the name in full in its text, as news does. */
const BOTH_WAYS = [
  'The UN Regional Centre for the Sustainable Development Goals in Almaty opened on September 24.',
  'Its first director is Farrukh Tashkentov, an economist.',
  'Earlier, the Kazakhstan Temir Zholy board met; KTZ said freight grew.',
].join(' ');
const SDG_TITLE = { title: 'Regional SDG centre opens in Almaty' };

describe('acronyms the archive writes both ways', () => {
  it.each([
    ['SDG', 'Sustainable Development Goals'],
    ['KTZ', 'Kazakhstan Temir Zholy'],
  ])('%s is one name with %s', (acronym, name) => {
    dir = tempDir({ 'a.md': doc(BOTH_WAYS, SDG_TITLE) });
    expect(acronymAliases(loadKnowledge(dir.path))).toContainEqual([acronym, name]);
  });

  it.each([
    ['an acronym with a curated group', 'The Collective Security Treaty Organization met; the CSTO said so.', (a: string) => a === 'CSTO'],
    ['initials of two names written as often', 'The Asian Development Bank and the African Development Bank lent; the ADB said.', () => false],
    ['a name without its acronym', 'The Japan International Cooperation Agency gave a grant.', () => false],
  ])('leaves alone %s', (_what, body, known) => {
    dir = tempDir({ 'a.md': doc(body) });
    expect(acronymAliases(loadKnowledge(dir.path), known)).toEqual([]);
  });

  it('gives the acronym and the full name one term, in questions and passages alike', () => {
    dir = tempDir({ 'a.md': doc(BOTH_WAYS, SDG_TITLE) });
    const { analyzer } = AnswerEngine.create(loadKnowledge(dir.path));
    const full = new Set(analyzer.terms('the Sustainable Development Goals'));
    expect(analyzer.terms('SDGs').some((t) => full.has(t))).toBe(true);
  });

  it.each([
    ['When did the SDG centre in Almaty open?', 'September 24'],
    ['Who is the first director of the SDG centre?', 'Farrukh Tashkentov'],
  ])('answers "%s" from the sentence that writes the name in full', (question, expected) => {
    // Another report writes "SDG" in a sentence that does not answer.
    const other = doc('Officials said the SDG targets for the region were far off, and the centre would help meet them within the decade.', { title: 'SDG progress slow', date: '2025-03-01' });
    dir = tempDir({ 'a.md': doc(BOTH_WAYS, SDG_TITLE), 'b.md': other });
    const answer = AnswerEngine.create(loadKnowledge(dir.path)).ask(question, { now });
    expect(answer.citations[0]?.text).toContain(expected);
  });

  it('keeps the groups in the on-disk index cache', () => {
    dir = tempDir({ 'a.md': doc(BOTH_WAYS, SDG_TITLE) });
    const cache = tempDir();
    try {
      const kb = loadKnowledge(dir.path);
      const built = openEngine({ knowledge: kb, cacheDir: cache.path });
      const loaded = openEngine({ knowledge: kb, cacheDir: cache.path });
      expect(loaded.snapshot().aliases).toEqual(built.snapshot().aliases);
      expect(loaded.snapshot().aliases).toContainEqual(['SDG', 'Sustainable Development Goals']);
    } finally {
      cache.cleanup();
    }
  });
});
