import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { figureProximity } from '../../src/search/proximity.ts';

const analyzer = new Analyzer();

/** Question terms of equal weight, each matching itself only. */
function question(text: string): { weight: number; forms: Map<string, number>; name: boolean }[] {
  return analyzer.questionTerms(text).map(({ term, name }) => ({ weight: 1, forms: new Map([[term, 1]]), name }));
}

function proximity(sentence: string, asked: string): number {
  const { words, terms } = analyzer.wordTerms(sentence);
  return figureProximity(words, terms, question(asked));
}

describe('figure proximity', () => {
  it.each([
    // The counted word beside its figure.
    ['Tulpar Air flight 571 carried 184 passengers and a delegation.', 'How many passengers were on board?', 0.5],
    // "estimated" two words from the figure, "cost" four: in full, and half.
    ['The cost is estimated at $62 million.', 'What is the estimated cost?', 0.75],
    ['The cost of the terminal is now $62 million.', 'What is the cost?', 0.5],
    ['The cost of the new terminal building is now put at $62 million.', 'What is the cost?', 0],
    // No figure, or none near the asked words.
    ['The first passenger flight took off from Almaty on Monday night.', 'How many passengers were on board?', 0],
    ['Passengers on the first direct flight between the two capitals were greeted with flowers by officials, and the journey took seven hours.', 'How many passengers were on board?', 0],
  ])('%j for %j is %d', (sentence, asked, expected) => {
    expect(proximity(sentence, asked)).toBeCloseTo(expected, 5);
  });

  it('leaves names out: they say what a sentence is about, not what its figure is', () => {
    expect(proximity('Kazakhstan sent 48 rescuers.', 'How many rescuers did Kazakhstan send?')).toBeCloseTo(2 / 3, 5);
  });
});
