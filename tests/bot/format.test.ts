import { describe, expect, it } from 'vitest';
import { answerHtml, escapeHtml, fitHtml, htmlToText, splitHtml } from '../../src/bot/format.ts';
import { seedEngine } from '../support/bot-harness.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

const engine = seedEngine();
const sentence = (i: number): string => `Sentence ${i} says <Kazakhstan> & "Russia" signed ${i} agreements. `;

describe('splitHtml', () => {
  it.each([
    ['plain sentences', Array.from({ length: 300 }, (_, i) => escapeHtml(sentence(i))).join('')],
    ['paragraphs with tags', Array.from({ length: 120 }, (_, i) => `<b>Part ${i}</b>\n<i>${escapeHtml(sentence(i).repeat(2))}</i>\n`).join('\n')],
    ['one tag around everything', `<blockquote>${Array.from({ length: 300 }, (_, i) => escapeHtml(sentence(i))).join('')}</blockquote>`],
    ['a link around a long title', `<a href="https://example.kz/?a=1&amp;b=2">${escapeHtml('Long title '.repeat(800))}</a>`],
    ['one endless word', escapeHtml('&<'.repeat(3000)) + 'x'.repeat(9000)],
    ['emoji everywhere', '🇰🇿🤝'.repeat(3000)],
  ])('%s: parts are valid, within the limit, and keep every character', (_name, html) => {
    const parts = splitHtml(html, 4096);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(parseTelegramHtml(part).ok).toBe(true);
    }
    const squash = (s: string): string => s.replace(/\s+/g, '');
    expect(squash(parts.map(htmlToText).join(''))).toBe(squash(htmlToText(html)));
  });

  it('cuts at sentence ends when it can', () => {
    const html = Array.from({ length: 300 }, (_, i) => escapeHtml(sentence(i))).join('');
    for (const part of splitHtml(html, 1000).slice(0, -1)) expect(part).toMatch(/\.$/);
  });

  it('returns short text unchanged and drops parts with no visible text', () => {
    expect(splitHtml('<b>hi</b> &amp; bye')).toEqual(['<b>hi</b> &amp; bye']);
    expect(splitHtml('<b> </b>\n\n')).toEqual([]);
  });

  it('fitHtml marks a cut answer with an ellipsis', () => {
    const fitted = fitHtml(escapeHtml(sentence(1).repeat(500)), 500);
    expect(fitted.length).toBeLessThanOrEqual(500);
    expect(fitted.endsWith('…')).toBe(true);
  });
});

describe('answerHtml', () => {
  it('escapes document text and links titles only to http(s) URLs', () => {
    const answer = engine.ask('When did Tokayev hold talks with Putin in Moscow?');
    const doc = { ...answer.citations[0]!.document };
    const hostile = {
      ...answer,
      answer: `${answer.answer} <script> & "x"`,
      citations: [
        { ...answer.citations[0]!, document: { ...doc, title: 'A <b>bold</b> & title', url: 'https://akorda.kz/en/a?b=1&c="2"' } },
        { ...answer.citations[0]!, text: 'Quote with </i> inside', document: { ...doc, url: 'javascript:alert(1)' } },
      ],
    };
    const html = answerHtml(hostile, { showQuestion: true });
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(html).toContain('<a href="https://akorda.kz/en/a?b=1&amp;c=%222%22">A &lt;b&gt;bold&lt;/b&gt; &amp; title</a>');
    expect(html).not.toContain('javascript:');
  });

  it('drops characters Telegram cannot take', () => {
    expect(escapeHtml('a\u0000b\uD83Dc')).toBe('ab\uFFFDc');
  });
});
