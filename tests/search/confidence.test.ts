import { describe, expect, it } from 'vitest';
import { confidenceOf, questionFacts, type Surroundings } from '../../src/search/confidence.ts';
import { parseQuestion } from '../../src/search/question.ts';
import { rank } from '../../src/search/ranker.ts';
import { candidate } from '../support/candidate.ts';

const now = new Date('2026-11-23T12:00:00Z');

/** The confidence of one passage holding 90% of a question's information, with the sentence before it. */
function confidence(question: string, text: string, options: { docDate?: string; previous?: string; focusMissing?: boolean } = {}): number {
  const intent = parseQuestion(question, now);
  const passage = candidate('doc#3', text, { docDate: options.docDate ?? '2024-06-11', textCoverage: 0.9, contextCoverage: 0.9, followCoverage: 0.9, focusMissing: options.focusMissing ?? false });
  const [hit] = rank([passage], intent, undefined, question);
  const around: Surroundings = { leaned: null, further: '', previous: options.previous ?? null, earlier: '', title: 'A report' };
  return confidenceOf(hit!, intent, questionFacts(intent), around);
}

describe('confidence of a passage that holds most of the question', () => {
  it.each([
    // Most of the question and the kind of fact asked: an answer.
    ['How much will the stations cost?', 'The stations will cost 2.4 billion tenge.', true],
    // A plan does not tell what came of it.
    ['How much did the stations actually cost?', 'The stations will cost 2.4 billion tenge.', false],
    // No figure for a figure question.
    ['How much will the stations cost?', 'The stations will be built by a Turkish firm.', false],
    // The date of another deed than the one asked.
    ['When did the Mazhilis ratify the agreement?', 'The agreement was signed in Bishkek on Tuesday.', false],
    // A beginning is told as one, whether done or to come.
    ['When will construction of the plant begin?', 'The study should be finished by the middle of 2027.', false],
    ['When will construction of the plant begin?', 'Construction is expected to start in the spring of 2027.', true],
    // An earlier plan is told as a plan, not by what came of it.
    ['When was the plant supposed to open?', 'The plant opened on Tuesday, a year later than first planned.', false],
    ['When was the plant supposed to open?', 'The plant was due to open at the end of 2024.', true],
    ['When was the plant supposed to open?', 'Its opening has been pushed back from the end of 2024 to the autumn of 2025.', true],
    // "Built" is told as built or completed, not by a deal to rebuild.
    ['When was the dam built?', 'The two countries signed an agreement on Tuesday to rebuild the dam.', false],
    ['When was the dam built?', 'The dam, completed in 1974, has not had a major overhaul since.', true],
    // Financing is no trade, unless the sentence before speaks of trade.
    ['What was trade between the two countries worth in 2024?', 'About $250 million of the financing will come from Kyrgyz banks.', false],
    // Words given to another speaker than the one asked, unless that one speaks for an organisation.
    ['What did President Tokayev say at the opening of the hospital?', 'Obeidat said the king had accepted an invitation from President Tokayev to visit the hospital.', false],
    ['What did Sunqar say about a third weekly flight?', 'Zhaksylykova said the carrier would add a third weekly Sunqar flight if the load factor exceeded 75 percent.', true],
  ])('%s — %s → answers: %s', (question, text, answers) => {
    expect(confidence(question, text) >= 0.5).toBe(answers);
  });

  it('takes a figure for an amount asked in other words', () => {
    // "What protein level …" is answered by a protein content in percent, not by a sentence on protein without a figure.
    const question = 'What protein level did the mills want in the wheat?';
    expect(confidence(question, 'The mills asked for wheat with a protein content of at least 12.5 percent.', { focusMissing: true })).toBeGreaterThanOrEqual(0.5);
    expect(confidence(question, 'The mills asked for wheat rich in protein.', { focusMissing: true })).toBeLessThan(0.5);
    // A word that says of what ("guarantee") is still wanted in the sentence.
    expect(confidence('What kind of guarantee did the bank want?', 'The bank wanted 40 percent of the loan covered.', { focusMissing: true })).toBeLessThan(0.5);
  });

  it.each([
    ['The second is a network of cold storage warehouses.', true],
    // Silent on which one: kept, at a loss.
    ['The fund will also finance cold storage warehouses.', true],
    // Another one of the series, named by its place.
    ['The first is a 300-megawatt wind farm.', false],
  ])('the second project: %s → answers: %s', (text, answers) => {
    expect(confidence('What is the second project picked by the fund?', text) >= 0.5).toBe(answers);
  });

  it('reads the year of a figure told as last year', () => {
    const question = 'How many passengers did the airline carry on the route in 2024?';
    const text = 'The airline, which opened the route in October 2024, carried 61,000 passengers last year.';
    expect(confidence(question, text, { docDate: '2026-08-25' })).toBeLessThan(0.5);
    expect(confidence(question, text, { docDate: '2025-02-25' })).toBeGreaterThanOrEqual(0.5);
    // The year before the report tells the earlier figure only, not the new one.
    expect(confidence('What hajj quota did Kazakhstan get for 2024?', 'Saudi Arabia raised the hajj quota to 4,200 pilgrims for 2024, up from 3,500 last year.', { docDate: '2024-01-16' })).toBeGreaterThanOrEqual(0.5);
  });

  it('reads trade from the sentence before a bare figure', () => {
    const question = 'What was trade between the two countries worth in 2024?';
    expect(confidence(question, 'It reached $46 million in 2024.', { previous: 'Trade between the two countries has grown fast.' })).toBeGreaterThanOrEqual(0.5);
    expect(confidence(question, 'It reached $46 million in 2024.', { previous: 'The plant opened on Monday.' })).toBeLessThan(0.5);
  });
});
