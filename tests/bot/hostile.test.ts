import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { expectAllAccepted, seedEngine, sentTexts, startHarness, type BotHarness } from '../support/bot-harness.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

const engine = seedEngine();
const base = DEFAULT_EXAMPLES[0]!;

/** Inputs people type; each must produce only messages Telegram accepts. */
const HOSTILE: [string, string][] = [
  ['HTML tags', `<b>${base}</b> <script>alert(1)</script> </i>`],
  ['HTML entities', `${base} &amp; &lt; &nbsp; &#0; & < >`],
  ['Markdown characters', `*${base}* _under_ \`code\` [link](http://x) ~strike~ ||spoiler|| # > -`],
  ['quotes and backslashes', `"${base}" 'single' \\ \\n \\" «ёлочки»`],
  ['a 4000-character question', `${base} ${'Tokayev Putin Moscow talks & <energy> '.repeat(120)}`.slice(0, 4000)],
  ['emoji and flags', `🇰🇿🤝🇷🇺 ${base} 👍🏽👨‍👩‍👧‍👦`],
  ['right-to-left text', `متى التقى توكاييف بوتين؟ ${base} \u202Eabc\u202C שלום`],
  ['Cyrillic and Kazakh', 'Когда Токаев встречался с Путиным? Тоқаев Мәскеуде'],
  ['control characters', `${base}\u0000\u0007\u200B\uFEFF`],
  ['only punctuation', '?!?!…<<>>&&'],
  ['a lone surrogate', `${base} \uD83D end`],
  ['the bot command alone in text', '/'],
];

describe('hostile input', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startHarness({ engine, rateLimit: { timeFrame: 1000, limit: 100 } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(HOSTILE.map(([name, text], i) => [name, text, 100 + i] as const))(
    '%s: every message is valid Telegram HTML within 4096 characters',
    async (_name, text, chatId) => {
      h.stub.pushMessage({ chat: { id: chatId, type: 'private' }, from: TelegramStub.user(chatId), text });
      await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === chatId);
      const inline = h.stub.pushInlineQuery({ query: text.slice(0, 256), from: TelegramStub.user(chatId) });
      await h.stub.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === inline.inline_query.id);
      h.stub.pushMessage({ chat: { id: -chatId, type: 'group', title: 'g' }, from: TelegramStub.user(chatId), text: `@elshi_test_bot ${text}` });
      await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === -chatId);
      const mine = sentTexts(h.stub.calls.filter((c) => c.params.chat_id === chatId || c.params.chat_id === -chatId));
      expect(mine.length).toBeGreaterThan(0);
      for (const t of mine) {
        expect(parseTelegramHtml(t).ok).toBe(true);
        expect(t.length).toBeLessThanOrEqual(4096);
      }
      expectAllAccepted(h.stub);
      expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
    },
  );
});
