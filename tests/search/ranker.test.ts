import { describe, expect, it } from 'vitest';
import { namesOnlyOtherYears, rank, type Candidate } from '../../src/search/ranker.ts';
import { parseQuestion } from '../../src/search/question.ts';
import { candidate } from '../support/candidate.ts';

const now = new Date('2026-11-23T12:00:00Z');

/** Rank candidates for a question read as of `now`. */
const rankFor = (candidates: Candidate[], question: string) => rank(candidates, parseQuestion(question, now), undefined, question);

/** The id of the passage ranked first. */
const firstFor = (candidates: Candidate[], question: string): string => rankFor(candidates, question)[0]!.passage.id;

describe('rank', () => {
  // The sentence naming the topic, then the sentence with the asked fact.
  const topic = candidate('water#1', 'In its first season the deal brought less water than promised.', { textCoverage: 0.8, followCoverage: 0.8 });
  const answer = candidate('water#2', 'Kazakh officials blamed a dry spring in the upstream countries.', { textCoverage: 0.3, followCoverage: 0.75 });

  it.each([
    ['Why did the deal bring less water than promised?', 'water#2'],
    ['What happened with the water deal?', 'water#1'],
  ])('%s → %s', (question, expected) => {
    expect(firstFor([topic, answer], question)).toBe(expected);
  });

  it('puts a sentence listing several names first for a question asking for several of a kind', () => {
    const one = candidate('cattle#1', 'Kazakhstan plans to test a tracking system in Kostanay region by 2028.', { textCoverage: 0.6 });
    const listed = candidate('cattle#2', 'He said the animals would go to 14 farms in Kostanay and Akmola regions.', { textCoverage: 0.55 });
    expect(firstFor([one, listed], 'Which regions will get the imported heifers?')).toBe('cattle#2');
    expect(firstFor([one, listed], 'Which region will test the tracking system?')).toBe('cattle#1');
  });

  it('credits the sentence before only to a passage that carries the asked kind of fact', () => {
    const question = 'Why did the deal bring less water than promised?';
    const [first, second] = rankFor([topic, answer], question);
    expect(first!.textCoverage).toBe(0.75);
    expect(second!.textCoverage).toBe(0.8);
  });

  it('credits the sentence before to a passage for a question with no answer type too', () => {
    const [ranked] = rankFor([answer], 'What happened with the water deal?');
    expect(ranked!.textCoverage).toBe(0.75);
  });

  it.each([
    // The lead sentence tells the report's news, dated by the report …
    ['When did Tokayev hold talks with Putin?', 'talks#0', true],
    ['When did Tokayev hold talks with Putin?', 'talks#3', false],
    // … but the report's date is not a year asked for, nor the time of something still to come.
    ['Which years did the talks of Tokayev and Putin cover?', 'talks#0', false],
    ['When will Tokayev hold talks with Putin?', 'talks#0', false],
  ])('a date for "%s" in %s: %s', (question, id, expected) => {
    const [ranked] = rankFor([candidate(id, 'Tokayev held talks with Putin in the Kremlin.')], question);
    expect(ranked!.carries).toBe(expected);
  });

  it.each([
    // "Before" asks for a time earlier than the report's news.
    ['They met in Moscow on May 8, 2025.', false],
    ['Kirill recalled their previous meeting in Caracas in 2008.', true],
  ])('a date for "When had they met before?" in "%s": %s', (text, expected) => {
    const [ranked] = rankFor([candidate('visit#4', text, { docDate: '2025-05-08' })], 'When and where had Kirill and Maduro met before?');
    expect(ranked!.carries).toBe(expected);
  });

  it('gives a figure of other years in a report of the year asked for only part of the date bonus', () => {
    const older = candidate('egypt2024#5', 'Trade between Kazakhstan and Egypt reached $186 million in 2023.', { docDate: '2024-03-14', textCoverage: 1 });
    const newer = candidate('egypt2025#9', 'Bilateral trade rose to $412 million in 2024.', { docDate: '2025-09-22', textCoverage: 1 });
    expect(firstFor([older, newer], 'kazakhstan egypt trade 2024?')).toBe('egypt2025#9');
  });

  it('prefers the report soon after the year asked about to a later one looking back', () => {
    const later = candidate('brazil2025#7', 'Bilateral trade reached about $340 million in 2024, nearly double the level of 2022.', { docDate: '2025-06-10', textCoverage: 0.85 });
    const soon = candidate('brazil2023#6', 'Bilateral trade stood at about $190 million in 2022.', { docDate: '2023-03-15', textCoverage: 0.8 });
    expect(firstFor([later, soon], 'What was the value of Kazakhstan-Brazil trade in 2022?')).toBe('brazil2023#6');
  });

  it('prefers the report of the time to a later one looking back, for what was expected then', () => {
    const back = candidate('pipe2026#3', 'The pipeline cost $191 million in the end, well above the $142 million estimated in 2022.', { docDate: '2026-09-15', textCoverage: 0.8 });
    const then = candidate('pipe2022#1', "The loan will cover more than half of the project's estimated cost of $142 million.", { docDate: '2022-06-14', textCoverage: 0.5 });
    expect(firstFor([back, then], 'In 2022, what was the whole pipeline expected to cost?')).toBe('pipe2022#1');
  });

  it('prefers the report of the time to an earlier one foreseeing it, unless the question asks the plan', () => {
    const foreseen = candidate('house2022#4', 'The project is expected to cost $45 million and to open by the end of 2024.', { docDate: '2022-10-19', textCoverage: 0.9 });
    const then = candidate('house2024#2', 'The estimated cost has risen to $58 million from $45 million.', { docDate: '2024-04-16', textCoverage: 0.6 });
    expect(firstFor([foreseen, then], 'What was the estimated cost of the greenhouse in 2024?')).toBe('house2024#2');
  });

  it('takes a later year in a report of the year asked for as a target, not a figure of another year', () => {
    const plan = candidate('drip2023#0', 'They signed a memorandum to fit 50,000 hectares with drip irrigation by 2027.', { docDate: '2023-04-18', textCoverage: 0.8 });
    const other = candidate('drip2023#4', 'The plant can make drip line for roughly 10,000 hectares.', { docDate: '2023-04-18', textCoverage: 0.7 });
    expect(firstFor([other, plan], 'How many hectares did they plan to equip with drip irrigation in 2023?')).toBe('drip2023#0');
  });

  it.each([
    // A month or months named without a year speak of the year of their report, if the report came after them.
    ['How many trains used the route in Jan-Aug 2025?', 'In January–August, 420 trains used the route.', '2025-09-24', true],
    ['How many trains used the route in Jan-Aug 2025?', 'In January–August, 420 trains used the route.', '2024-09-24', false],
    ['How many trains used the route in Jan-Aug 2025?', 'In March, 420 trains used the route.', '2025-09-24', false],
    ['How many trains used the route in June 2025?', 'In June, 40 trains used the route.', '2025-09-24', true],
    ['How many trains used the route in 2024?', 'Last year 420 trains used the route.', '2025-09-24', true],
    ['How much forest burned in the fires of September 2022?', 'In September last year, fires swept across 40,000 hectares.', '2023-05-23', true],
    ['How much forest burned in the fires of September 2023?', 'In September last year, fires swept across 40,000 hectares.', '2023-05-23', false],
    // A season asked about, counted from the report's date.
    ['Why were the arrivals delayed in autumn 2024?', 'The arrivals were delayed again last autumn.', '2025-02-18', true],
    ['Why were the arrivals delayed in autumn 2026?', 'The arrivals were delayed again last autumn.', '2025-02-18', false],
    ['Why were the arrivals delayed in autumn 2025?', 'The arrivals were delayed again last autumn.', '2026-01-18', true],
    ['Why were the arrivals delayed in autumn 2024?', 'The arrivals were delayed again last spring.', '2025-02-18', false],
    // … or before them, when it tells what is still to come and the question asks about the plan.
    ['How big was the convoy that was planned for May 2023?', 'A second convoy of 3,000 tonnes was planned for May.', '2023-02-16', true],
    ['How big was the convoy that arrived in May 2023?', 'A second convoy of 3,000 tonnes was planned for May.', '2023-02-16', false],
    ['How big was the convoy that was planned for May 2023?', 'A convoy of 3,000 tonnes arrived in May.', '2023-02-16', false],
  ])('%s — "%s" of %s matches the time: %s', (question, text, docDate, expected) => {
    const [ranked] = rankFor([candidate('t#3', text, { docDate })], question);
    expect(ranked!.dateMatch).toBe(expected);
  });

  it('puts the newest document first among full matches for "latest"', () => {
    const question = 'What is the latest water volume?';
    const older = candidate('a#1', 'The water volume was 1.2 billion cubic metres.', { docDate: '2024-03-19', textCoverage: 1 });
    const newer = candidate('b#1', 'The water volume was raised to 1.4 billion cubic metres.', { docDate: '2025-09-22', textCoverage: 0.9 });
    expect(firstFor([older, newer], question)).toBe('b#1');
  });

  it('prefers a sentence carrying the second fact a question asks for', () => {
    const question = 'When did Kazakhstan take over the chairmanship, and from which country?';
    const dateOnly = candidate('c#1', 'Kazakhstan took over the chairmanship in 2024.', { textCoverage: 0.62 });
    const both = candidate('c#2', 'It took over the chairmanship from Azerbaijan in 2024.', { textCoverage: 0.6 });
    expect(firstFor([dateOnly, both], question)).toBe('c#2');
    // Asked for the date alone, the fuller sentence comes first.
    const single = 'When did Kazakhstan take over the chairmanship?';
    expect(firstFor([dateOnly, both], single)).toBe('c#1');
  });
});

describe('the latest value of something', () => {
  // Equal matches: the first states a value, the second a change of it.
  const first = candidate('quota#3', 'Exporters shipped 1.08 million tonnes of wheat to Egypt last season.');
  const raised = candidate('quota#4', 'The ministers agreed to raise annual wheat deliveries to 1.5 million tonnes.');

  it.each([
    ['What is the most recent annual wheat quota for Egypt?', 'quota#4'],
    ['What is the current wheat quota for Egypt?', 'quota#4'],
    ['How much wheat went to Egypt last season?', 'quota#3'],
  ])('%s → %s', (question, expected) => {
    expect(firstFor([first, raised], question)).toBe(expected);
  });
});

describe('the first value of something', () => {
  // A later report names the terminal in full as it tells a change; the first report, less fully, the value first set.
  const set = candidate('cost#1', 'It is estimated to cost $62 million.', { docDate: '2022-10-05', textCoverage: 0.6, followCoverage: 0.6, bm25: 0.5 });
  const risen = candidate('cost#2', 'The cost of the terminal has risen to $84 million.', { docDate: '2025-05-27', textCoverage: 1, followCoverage: 1 });

  it.each([
    ['What was the original cost of the terminal?', 'cost#1'],
    ['What is the latest cost of the terminal?', 'cost#2'],
  ])('%s → %s', (question, expected) => {
    expect(firstFor([risen, set], question)).toBe(expected);
  });
});

describe('the present value of something', () => {
  // Equal matches: one tells a value of the past, the other the value now.
  const past = candidate('students#1', 'About 300 Nepalese students were studying medicine in Kazakhstan.');
  const now = candidate('students#2', 'The number of Nepalese students studying medicine has reached 1,140 this academic year.');

  it.each([
    ['How many Nepalese students study medicine in Kazakhstan now?', 'students#2'],
    ['How many Nepalese students studied medicine in Kazakhstan?', 'students#1'],
  ])('%s → %s', (question, expected) => {
    expect(firstFor([past, now], question)).toBe(expected);
  });
});

describe('words of saying and of reasons', () => {
  // The lead names everything the question does; the answer says less of it, but says it.
  const lead = candidate('border#0', 'Presidents Tokayev and Japarov signed an agreement completing the demarcation of the border.', { textCoverage: 0.92, followCoverage: 0.92 });
  const quote = candidate('border#9', 'The Kyrgyz leader said the agreement would "give confidence to farmers and investors."', { textCoverage: 0.48, followCoverage: 0.48, bm25: 0.75 });
  const season = candidate('water#1', 'In its first season, in 2024, the deal brought 1.05 billion cubic metres of water.', { textCoverage: 0.9, followCoverage: 0.9, bm25: 0.9 });
  const blamed = candidate('water#2', 'Kazakh officials blamed a dry spring in the upstream countries.', { textCoverage: 0.48, followCoverage: 0.48, bm25: 0.64 });

  it.each([
    ['What did Japarov say the border demarcation agreement would do?', 'border#9', [lead, quote]],
    ['Who signed the border demarcation agreement?', 'border#0', [lead, quote]],
    ['Why did the deal deliver less water than promised in its first season?', 'water#2', [season, blamed]],
    ['How much water did the deal bring in its first season?', 'water#1', [season, blamed]],
  ])('%s → %s', (question, expected, candidates) => {
    expect(firstFor(candidates, question)).toBe(expected);
  });
});

describe('namesOnlyOtherYears', () => {
  const in2025 = { from: '2025-01-01', to: '2025-12-31' };
  it.each([
    ['Trade reached $96 million in 2024.', undefined, true],
    ['Trade reached $96 million in 2025, up from 2024.', undefined, false],
    // "Last year" in a report of 2025 tells 2024; in one of 2026, the year asked about.
    ['Last year trade turnover reached 4.3 billion euros.', '2025-06-10', true],
    ['Last year trade turnover reached 4.3 billion euros.', '2026-03-01', false],
    ['Trade this year has reached $40 million.', '2025-09-01', false],
    // Without the report's date, "last year" may be any year.
    ['Last year trade turnover reached 4.3 billion euros.', undefined, false],
    // A later year is a target.
    ['They aim to fit 50,000 hectares by 2027.', undefined, false],
  ])('%s (report of %s) → %s', (text, docDate, expected) => {
    expect(namesOnlyOtherYears(text, in2025, docDate)).toBe(expected);
  });
});
