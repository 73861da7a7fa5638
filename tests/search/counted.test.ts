import { describe, expect, it } from 'vitest';
import { countedPhrases, countsKindAsked, countsNothingOfItsOwn, countsOtherThings, countsTradeAsked, figureCounts, namesTrade } from '../../src/search/counted.ts';

describe('what figures count', () => {
  it.each([
    ['Nine plants are now approved to supply the market.', ['plants']],
    ['It reached 1,150 last year.', [null]],
    ['The government hoped to raise that figure to 3,000 a year by 2027.', [null]],
    ['It plans to raise capacity from 300 to 360 blades a year.', ['blades']],
    ['The workforce would grow from 420 to about 600 people next spring.', ['people']],
    ['It said 171 kilometres of the 203-kilometre line had been laid.', ['kilometres']],
    ['The plant cost $60 million and takes 7 percent of the market, starting on August 29.', []],
    ['Iran will contribute 18 billion rials and Malaysia 40 million ringgit.', []],
    ['Horus Air will increase its service to two flights a week from 7 June.', ['flights']],
    // A figure that opens a sentence is spelt out.
    ['Fifty-eight nurses left before the end of their contracts, and the ministry received 11 complaints.', ['nurses', 'complaints']],
    ['Eighteen of them are studying cyber security.', [null]],
  ])('%s', (text, counts) => {
    expect(figureCounts(text)).toEqual(counts);
  });

  it('keeps the words said of the counted people', () => {
    expect(countedPhrases('About 30 Serbian engineers and pharmacists will be sent.')).toEqual([{ noun: 'engineers', modifiers: ['serbian'] }]);
  });

  it('tells people by trade from people by what they do', () => {
    expect(['specialists', 'veterinarians', 'instructors', 'vets'].every(namesTrade)).toBe(true);
    expect(['students', 'tourists', 'citizens', 'troops', 'plants', 'brazilians', 'indians'].some(namesTrade)).toBe(false);
  });
});

describe('figures counting what a question asks, in other words', () => {
  it.each([
    ['It reached 1,150 last year.', true],
    ['The company will build two sites.', false],
  ])('counts nothing of its own: %s → %s', (text, expected) => {
    expect(countsNothingOfItsOwn(text)).toBe(expected);
  });

  it.each([
    ['About 30 Serbian engineers and pharmacists would be sent to Shymkent.', 'How many Serbian specialists were to be sent?', true],
    ['About 20 Russian engineers would be sent to Shymkent.', 'How many Serbian specialists were to be sent?', false],
    ['Uruguay would train 40 Kazakh veterinarians.', 'How many Kazakh vets will be trained?', true],
    ['The school took 40 Kazakh students.', 'How many Kazakh vets will be trained?', false],
  ])('%s (%s) → %s', (text, question, expected) => {
    expect(countsTradeAsked(text, question)).toBe(expected);
  });
});

describe('the thing a figure counts, against the one asked', () => {
  it.each([
    ['Romania would offer 20 scholarships a year to Kazakh students.', 'students', true],
    ['About 40 Kazakh students enrolled this year.', 'students', false],
    // People of a kind are counted by a noun of their kind, not by a verb.
    ['Under the plan, 150 farmers from Ghana would spend six weeks studying dry-land cultivation.', 'students', true],
    ['About 3,000 young people study there.', 'students', false],
    ['Some 163,000 South Korean citizens visited Kazakhstan in 2025.', 'tourists', false],
  ])('counts other things: %s (%s) → %s', (text, counted, expected) => {
    expect(countsOtherThings(text, counted)).toBe(expected);
  });

  it.each([
    ['Surveyors had installed 1,412 border markers.', 'How many border pillars were installed?', 'pillars', true],
    ['He said the group would offer 60 residency places a year.', 'How many residency spots did the group promise?', 'spots', true],
    ['The company will build two sites.', 'How many turbines will the company build?', 'turbines', false],
  ])('counts the kind asked: %s → %s', (text, question, counted, expected) => {
    expect(countsKindAsked(text, question, counted)).toBe(expected);
  });
});
