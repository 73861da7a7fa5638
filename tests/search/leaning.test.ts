import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { definiteHead, leansOnPrevious } from '../../src/search/leaning.ts';

describe('leansOnPrevious', () => {
  it.each([
    ['He also noted that trade grew.', true],
    ['It will stretch 272 kilometres.', true],
    ['In his address he spoke of peace.', true],
    ['“In Kazakhstan, he enjoys unwavering respect.”', true],
    ['The two sides agreed to meet again.', true],
    ['Tokayev met Putin in Moscow.', false],
    ['Construction is due to begin next year.', true],
    ['Trade reached $20 billion last year.', true],
    ['Trade with Russia reached $20 billion, officials said.', false],
    // An amount of something leans on the sentences that name it, unless it names it itself.
    ['The estimated cost has risen to $310 million, mainly because of higher prices for transformers, Kazakh officials said.', true],
    ['The cost of the Saryagash plant has risen to $310 million, mainly because of higher prices for transformers.', false],
    ['Kazakhstan and Uzbekistan signed a water deal on Tuesday in Tashkent.', false],
    // A quotation of its own goes on in the words of the speaker named before; one with its speaker does not.
    ['"Four times more permits means our carriers can plan a whole year ahead instead of a few weeks."', true],
    ['"Our trucks have been queuing for permits while the market was waiting for goods," Sauranbayev said.', false],
  ])('%s → %s', (text, expected) => {
    expect(leansOnPrevious(text)).toBe(expected);
  });
});

describe('definiteHead', () => {
  const analyzer = new Analyzer();
  const before = new Set(analyzer.terms('A German joint venture will build a rare earth separation plant.'));
  it.each([
    ['The plant is expected to cost 480 million euros.', true],
    ['The venture was founded in 2020.', true],
    ['The ministers met in Astana.', false],
    ['A plant was opened.', false],
  ])('%s → %s', (text, expected) => {
    expect(definiteHead(text, (t) => before.has(t), analyzer)).toBe(expected);
  });
});
