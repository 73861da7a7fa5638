import { describe, expect, it } from 'vitest';
import { confidenceOf, questionFacts, type Surroundings } from '../../src/search/confidence.ts';
import { parseQuestion } from '../../src/search/question.ts';
import { rank } from '../../src/search/ranker.ts';
import { candidate } from '../support/candidate.ts';

const now = new Date('2026-11-23T12:00:00Z');

/** The confidence of one passage holding 90% of a question's information, with the sentence before it. */
function confidence(question: string, text: string, options: { docDate?: string; previous?: string } = {}): number {
  const intent = parseQuestion(question, now);
  const passage = candidate('doc#3', text, { docDate: options.docDate ?? '2024-06-11', textCoverage: 0.9, contextCoverage: 0.9, followCoverage: 0.9 });
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
    // Financing is no trade, unless the sentence before speaks of trade.
    ['What was trade between the two countries worth in 2024?', 'About $250 million of the financing will come from Kyrgyz banks.', false],
  ])('%s — %s → answers: %s', (question, text, answers) => {
    expect(confidence(question, text) >= 0.5).toBe(answers);
  });

  it('reads trade from the sentence before a bare figure', () => {
    const question = 'What was trade between the two countries worth in 2024?';
    expect(confidence(question, 'It reached $46 million in 2024.', { previous: 'Trade between the two countries has grown fast.' })).toBeGreaterThanOrEqual(0.5);
    expect(confidence(question, 'It reached $46 million in 2024.', { previous: 'The plant opened on Monday.' })).toBeLessThan(0.5);
  });
});
