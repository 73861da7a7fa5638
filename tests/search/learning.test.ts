import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analyzer.ts';
import { AnswerEngine } from '../../src/search/index.ts';
import { absenceExample, examplesOf, learnAbsences, learnRelated, termExample, type AbsenceExample, type AbsenceOptions, type LearnOptions, type TermExample } from '../../src/search/learning.ts';
import { doc, knowledgeOf } from '../support/tmp.ts';

const now = new Date('2026-11-23T12:00:00Z');
const ex = (group: string, asked: string[], answered: string[]): TermExample => ({ group, asked, answered });
/** Answers saying only everyday words, as most answers do beside the pair learnt. */
const plain = (n: number): TermExample[] => Array.from({ length: n }, (_, i) => ex(`p${i % 4}`, ['visit'], ['sai', `w${i}`]));
const options: LearnOptions = { minGroups: 3, minCount: 3, minShare: 0.1, minLift: 3 };
/** A signing and, in the next sentence, the day the treaty took effect. */
const treaty = knowledgeOf({
  'treaty.md': doc('Kazakhstan and Oman signed a transit treaty in Muscat on Monday.\n\nThe treaty entered into force on 1 March 2024, the ministry said.', {
    title: 'Kazakhstan and Oman transit treaty',
    date: '2024-03-04',
  }),
});

describe('learnRelated', () => {
  it.each<[string, TermExample[], Record<string, string[]>]>([
    ['keeps a pair seen in three sets', [ex('a', ['effect'], ['enter', 'sai']), ex('b', ['effect'], ['enter', 'sai']), ex('c', ['effect'], ['enter']), ...plain(12)], { effect: ['enter'] }],
    // One story's words: every question of one folder on the plant names Petropavl.
    ['drops a pair seen in one set only', [ex('a', ['effect'], ['enter']), ex('a', ['effect'], ['enter']), ex('a', ['effect'], ['enter']), ...plain(12)], {}],
    ['drops a pair seen in fewer questions than asked', [ex('a', ['effect'], ['enter']), ex('b', ['effect'], ['enter']), ...plain(12)], {}],
    // "sai" is in nearly every answer: it tells nothing of "effect".
    ['drops a word most answers have', [ex('a', ['effect'], ['sai']), ex('b', ['effect'], ['sai']), ex('c', ['effect'], ['sai']), ...plain(12)], {}],
    // "visit" is left unmatched by many questions whose answers have "sai" only now and then.
    [
      'drops a pair of a small share of the questions leaving the term unmatched',
      [ex('a', ['visit'], ['talk']), ex('b', ['visit'], ['talk']), ex('c', ['visit'], ['talk']), ...plain(40).map((e) => ({ ...e, answered: [`only${e.answered[1]}`] }))],
      {},
    ],
  ])('%s', (_, examples, expected) => {
    expect(learnRelated(examples, options)).toEqual(expected);
  });

  it('lists terms and their pairs in sorted order, whatever the order of the examples', () => {
    const examples = ['a', 'b', 'c'].flatMap((g) => [ex(g, ['worth', 'effect'], ['valu', 'enter', 'forc']), ex(g, ['effect'], ['forc'])]);
    const learned = learnRelated([...examples, ...plain(30)], options);
    expect(Object.keys(learned)).toEqual(['effect', 'worth']);
    expect(learned.effect).toEqual(['enter', 'forc', 'valu']);
    expect(learnRelated([...examples].reverse().concat(plain(30)), options)).toEqual(learned);
  });
});

describe('termExample', () => {
  const engine = AnswerEngine.create(treaty, { learned: {} });
  const question = { q: 'When did the treaty take effect?', doc: 'treaty', expect: ['1 March 2024'] };

  it('pairs the question words its answer lacks with the answer words no question word met', () => {
    const example = termExample(engine, question, 'oman', now)!;
    expect(example.group).toBe('oman');
    expect(example.asked).toContain(termOf('effect'));
    expect(example.answered).toEqual(expect.arrayContaining([termOf('entered'), termOf('force')]));
    // Met by the question ("treaty"), or a figure.
    expect(example.answered).not.toContain(termOf('treaty'));
    expect(example.answered.some((t) => /\d/.test(t))).toBe(false);
  });

  it.each([
    ['an unanswerable question', { q: 'Who signed the treaty?', answerable: false }],
    ['no document named', { q: 'When did the treaty take effect?', expect: ['1 March 2024'] }],
    ['a text no passage holds', { ...question, expect: ['2 April 2025'] }],
  ])('gives nothing for %s', (_, q) => {
    expect(termExample(engine, q, 'oman', now)).toBeNull();
  });

  it('reads every question of a set: answerable ones for words; for absences, each whose first sentence is its answer, and each unanswerable one', () => {
    const set = { now: '2026-11-23', questions: [question, { q: 'Where did Kazakhstan and Oman sign the transit treaty?', doc: 'treaty', expect: ['Muscat'] }, { q: 'How much did the treaty cost Oman?', answerable: false }] };
    const { terms, absences } = examplesOf(engine, set, 'oman');
    expect(terms).toHaveLength(2);
    // "When did the treaty take effect?" ranks the signing first: no absence example.
    expect(absences.map((a) => a.answerable)).toEqual([true, false]);
  });
});

describe('absenceExample', () => {
  const engine = AnswerEngine.create(treaty, { learned: {}, absences: {} });

  it('lists the question terms the first sentence lacks, for a question the archive cannot answer', () => {
    const example = absenceExample(engine, { q: 'What was the price of the transit treaty with Oman?', answerable: false }, 'oman', now)!;
    expect(example.answerable).toBe(false);
    expect(example.missing).toContain(termOf('price'));
    expect(example.missing).not.toContain(termOf('treaty'));
  });

  it('lists them for an answered question whose first sentence is its answer', () => {
    const example = absenceExample(engine, { q: 'Where was the treaty with Oman signed?', doc: 'treaty', expect: ['Muscat'] }, 'oman', now)!;
    expect(example).toEqual({ group: 'oman', answerable: true, missing: [] });
  });

  it('gives nothing when the first sentence of an answerable question is not its answer', () => {
    expect(absenceExample(engine, { q: 'Where was the treaty with Oman signed?', doc: 'treaty', expect: ['1 March 2024'] }, 'oman', now)).toBeNull();
  });
});

describe('learnAbsences', () => {
  const absenceOptions: AbsenceOptions = { minCount: 4, minGroups: 2, smoothing: 2, power: 0.5, floor: 0.5 };
  const ab = (group: string, answerable: boolean, missing: string[]): AbsenceExample => ({ group, answerable, missing });
  const answered = (n: number, missing: string[] = []): AbsenceExample[] => Array.from({ length: n }, (_, i) => ab(`g${i % 3}`, true, missing));
  const declined = (n: number, missing: string[]): AbsenceExample[] => Array.from({ length: n }, (_, i) => ab(`g${i % 3}`, false, missing));

  it.each<[string, AbsenceExample[], (learned: Record<string, number>) => void]>([
    // "price" is missing from the first sentence of six unanswerable questions and one answered one.
    ['gives a factor below 1 to a word whose absence marks unanswerable questions', [...answered(30), ...answered(1, ['price']), ...declined(6, ['price']), ...declined(4, [])], (l) => expect(l.price).toBeLessThan(0.9)],
    // "visit" is as often missing either way.
    ['gives none to a word missing as often from answers', [...answered(20, ['visit']), ...answered(20), ...declined(5, ['visit']), ...declined(5, [])], (l) => expect(l.visit).toBeUndefined()],
    ['gives none to a word seen fewer times than asked', [...answered(30), ...declined(3, ['price']), ...declined(4, [])], (l) => expect(l.price).toBeUndefined()],
    ['gives none to a word of one set only', [...answered(30), ...Array.from({ length: 6 }, () => ab('g0', false, ['kulsari'])), ...declined(4, [])], (l) => expect(l.kulsari).toBeUndefined()],
    ['gives none to a figure', [...answered(30), ...declined(6, ['2024']), ...declined(4, [])], (l) => expect(l['2024']).toBeUndefined()],
    ['keeps every factor at or above the floor', [...answered(300), ...declined(60, ['salari'])], (l) => expect(l.salari).toBe(0.5)],
  ])('%s', (_, examples, check) => {
    check({ ...learnAbsences(examples, absenceOptions) });
  });
});

describe('learnt absences in the engine', () => {
  const knowledge = knowledgeOf({
    'treaty.md': doc('Kazakhstan and Oman signed a transit treaty in Muscat on Monday, the ministry said.', { title: 'Transit treaty', date: '2024-03-04' }),
  });

  it('lowers the confidence of a sentence lacking a word whose absence marks unanswerable questions, and of no other', () => {
    const confidence = (absences: Record<string, number>, question: string): number => {
      const engine = AnswerEngine.create(knowledge, { learned: {}, absences });
      const { intent, ranked } = engine.search(question, now);
      return engine.confidence(ranked[0]!, intent);
    };
    const price = termOf('price')!;
    const asked = 'What was the price of the transit treaty Kazakhstan and Oman signed in Muscat?';
    expect(confidence({ [price]: 0.9 }, asked)).toBeCloseTo(confidence({}, asked) * 0.9, 6);
    // The sentence says "signed": no factor for a word it holds.
    const signed = 'Where did Kazakhstan and Oman sign the transit treaty?';
    expect(confidence({ [termOf('sign')!]: 0.9 }, signed)).toBeCloseTo(confidence({}, signed), 6);
  });
});

describe('learnt terms in the engine', () => {
  const knowledge = knowledgeOf({
    'treaty.md': doc('The treaty entered into force on 1 March 2024, the ministry said.', { title: 'Transit treaty', date: '2024-03-04' }),
  });
  const formsOf = (learned: Record<string, string[]>, question: string, term: string): Map<string, number> | undefined =>
    AnswerEngine.create(knowledge, { learned }).search(question, now).terms.find((t) => t.term === term)?.forms;
  const effect = termOf('effect')!;
  const enter = termOf('entered')!;

  it('widens a question term to its learnt terms at a low factor', () => {
    expect(formsOf({ [effect]: [enter] }, 'When did the treaty take effect?', effect)?.get(enter)).toBeLessThan(0.5);
    expect(formsOf({}, 'When did the treaty take effect?', effect)?.has(enter)).toBe(false);
  });

  it('does not widen a name', () => {
    const oman = termOf('Oman')!;
    expect(formsOf({ [oman]: [enter] }, 'When did the treaty with Oman take effect?', oman)?.has(enter)).toBe(false);
  });

  it('ranks a sentence saying the learnt word ("will lend" for "loan") higher, with less confidence than it ranks', () => {
    const archive = knowledgeOf({
      'plant.md': doc("The wagon plant in Kostanay will cost 140 million euros, its Hungarian owner said.\n\nHungary's Eximbank will lend 118 million euros for the wagon plant in Kostanay.", {
        title: 'Wagon plant in Kostanay',
        date: '2024-03-04',
      }),
    });
    const question = 'How much is the loan for the wagon plant in Kostanay?';
    const measure = (learned: Record<string, string[]>) => {
      const engine = AnswerEngine.create(archive, { learned });
      const { intent, ranked } = engine.search(question, now);
      const lend = ranked.find((r) => r.passage.text.includes('lend'))!;
      const cost = ranked.find((r) => r.passage.text.includes('cost'))!;
      // As if the learnt word counted as much as a known one.
      const counted = engine.confidence({ ...lend, learntText: 0, learntContext: 0 }, intent);
      return { first: ranked[0]!.passage.text, lead: lend.score - cost.score, confidence: engine.confidence(lend, intent), counted };
    };
    const without = measure({});
    const learnt = measure({ [termOf('loan')!]: [termOf('lend')!] });
    expect(learnt.first).toContain('will lend');
    expect(learnt.lead).toBeGreaterThan(without.lead + 0.1);
    expect(learnt.confidence).toBeGreaterThan(without.confidence);
    expect(learnt.confidence).toBeLessThan(learnt.counted);
  });

});
