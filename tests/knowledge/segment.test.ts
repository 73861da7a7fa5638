import { describe, expect, it } from 'vitest';
import { segmentParagraph, splitSentences } from '../../src/knowledge/segment.ts';
import { isStatement } from '../../src/knowledge/passages.ts';

describe('splitSentences', () => {
  it.each([
    ['St. Petersburg', 'In June, Tokayev spoke at a forum in St. Petersburg, where he spoke out. Then he left.', 2],
    ['St. George Hall', 'The ceremony took place in the St. George Hall of the Grand Kremlin Palace. Anthems were played.', 2],
    ['U.S. President', 'He held talks with U.S. President Donald Trump and others. They agreed.', 2],
    ['Mr.', 'The talks were opened by Mr. Lavrov in Moscow. Delegations followed.', 2],
    ['Dr.', 'The report was written by Dr. Smith of the institute. It was published.', 2],
    ['No. 5', 'The decree No. 5 was signed on Monday. It takes effect at once.', 2],
    ['initials', 'The letter was signed by V. Putin and K. Tokayev in the Kremlin. It was read aloud.', 2],
    ['month abbreviations', 'The summit is set for Nov. 12 in Moscow. Preparations are under way.', 2],
    ['lower-case after a period', 'The visit lasted two days, i.e. until Wednesday. Then it ended.', 2],
    ['ellipsis in a quotation', '“We will continue (…) to show our partners the importance,” he said. France agreed.', 2],
    ['question and exclamation', 'Is this the end? No! It is only the start.', 3],
  ])('keeps %s inside a sentence', (_name, text, count) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(count);
    for (const s of sentences) expect(s).not.toMatch(/\b(?:St|Mr|Dr|No|U\.S|Nov|[A-Z])\.$/);
  });

  it('splits ordinary sentences at their ends', () => {
    expect(splitSentences('First one. Second one! Third one?')).toEqual(['First one.', 'Second one!', 'Third one?']);
  });
});

describe('segmentParagraph', () => {
  it('keeps a quotation that spans sentences in one passage', () => {
    const text = '«For us, the visit is the highlight of this year. We prepared carefully for it,» Tokayev said. Putin agreed.';
    expect(segmentParagraph(text)).toEqual([
      '«For us, the visit is the highlight of this year. We prepared carefully for it,» Tokayev said.',
      'Putin agreed.',
    ]);
  });

  it('splits a very long quotation and balances its quotation marks', () => {
    const sentence = 'This is a long sentence of a quotation that goes on and on about cooperation.';
    const text = `“${Array.from({ length: 12 }, () => sentence).join(' ')}” he said.`;
    const parts = segmentParagraph(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(700);
      expect((p.match(/“/g) ?? []).length).toBe((p.match(/”/g) ?? []).length);
    }
  });
});

describe('isStatement', () => {
  it.each([
    ['Photo: Federation Council', false],
    ['Based on materials from TASS', false],
    ['Economic Ties', false],
    ['22 October', false],
    ['The ministers will discuss bilateral cooperation.', true],
  ])('%s → %s', (text, expected) => {
    expect(isStatement(text)).toBe(expected);
  });
});
