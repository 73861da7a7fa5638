import { afterEach, describe, expect, it } from 'vitest';
import { displayDate } from '../../src/search/dates.ts';
import { escapeHtml } from '../../src/bot/format.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { ERROR_REPLY } from '../../src/bot/bot.ts';
import { DISPLAY_DATE, expectAllAccepted, seedEngine, startHarness, type BotHarness } from '../support/bot-harness.ts';
import { TelegramStub, type RecordedCall } from '../support/telegram-stub.ts';

const engine = seedEngine();
/** A question the archive answers, and one it does not (checked against the engine below). */
const ANSWERABLE = DEFAULT_EXAMPLES[0]!;
const UNANSWERABLE = 'What is the population of the Moon colony?';

describe('private chat', () => {
  let h: BotHarness;
  let ignoreRejected: ((c: RecordedCall) => boolean) | undefined;
  afterEach(async () => {
    expectAllAccepted(h.stub, ignoreRejected);
    ignoreRejected = undefined;
    await h.stop();
  });

  it('answers a question with every citation’s title, publisher and date, after a typing indicator', async () => {
    h = await startHarness({ engine });
    const expected = engine.ask(ANSWERABLE);
    expect(expected.answered).toBe(true);
    h.stub.pushMessage({ chat: { id: 11, type: 'private' }, text: ANSWERABLE });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 11);
    const text = String(call.params.text);
    expect(call.params.parse_mode).toBe('HTML');
    for (const c of expected.citations) {
      expect(text).toContain(escapeHtml(c.document.title));
      expect(text).toContain(escapeHtml(c.document.source));
      expect(text).toContain(displayDate(c.document.date));
    }
    expect(text).toMatch(DISPLAY_DATE);
    const typing = h.stub.callsTo('sendChatAction', (c) => c.params.chat_id === 11);
    expect(typing[0]?.params.action).toBe('typing');
    expect(typing[0]!.at).toBeLessThanOrEqual(call.at);
    await expect.poll(() => h.logs.some((l) => l.event === 'question_answered' && l.answered === true)).toBe(true);
  });

  it('says when the archive has no answer and points to /sources, citing nothing', async () => {
    h = await startHarness({ engine });
    expect(engine.ask(UNANSWERABLE).answered).toBe(false);
    h.stub.pushMessage({ chat: { id: 12, type: 'private' }, text: UNANSWERABLE });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 12);
    expect(String(call.params.text)).toContain('/sources');
    expect(String(call.params.text)).not.toContain('📚');
    expect(call.params.reply_markup).toBeUndefined();
  });

  it('/start explains Elshi and offers three example questions that answer when tapped', async () => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: { id: 13, type: 'private' }, text: '/start' });
    const start = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 13);
    const buttons = (start.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons).toHaveLength(3);
    expect(String(start.params.text)).toContain('Elshi');
    const message = h.stub.sentMessages(13)[0]!;
    h.stub.pushCallbackQuery({ data: buttons[1]!.callback_data, message });
    const answer = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 13 && c !== start);
    const expected = engine.ask(DEFAULT_EXAMPLES[1]!);
    expect(String(answer.params.text)).toContain(escapeHtml(expected.citations[0]!.document.title));
    expect(h.stub.callsTo('answerCallbackQuery')).toHaveLength(1);
  });

  it.each([
    ['/help', /\/sources/],
    ['/ask', /after the command/],
    ['/frobnicate', /don’t know \/frobnicate.*\/help/],
  ])('%s gets a short helpful reply', async (command, pattern) => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: { id: 14, type: 'private' }, text: command });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 14);
    expect(String(call.params.text)).toMatch(pattern);
  });

  it('/sources lists every document newest first with date and publisher; /latest adds a key sentence', async () => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: { id: 15, type: 'private' }, text: '/sources' });
    const sources = String((await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 15)).params.text);
    const docs = engine.documents();
    const positions = docs.map((d) => sources.indexOf(escapeHtml(d.title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const d of docs) expect(sources).toContain(`${displayDate(d.date)} · ${escapeHtml(d.source)}`);

    h.stub.pushMessage({ chat: { id: 15, type: 'private' }, text: '/latest' });
    const latest = await h.stub.waitForCalls('sendMessage', 2, (c) => c.params.chat_id === 15);
    const text = String(latest[1]!.params.text);
    expect(text).toContain(escapeHtml(engine.keySentences(docs[0]!.id, 1)[0]!.text));
    expect(text).toContain(displayDate(docs[0]!.date));
  });

  it.each([
    ['a sticker', { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }],
    ['a photo without caption', { photo: [{ file_id: 'p', file_unique_id: 'p', width: 90, height: 90 }] }],
    ['whitespace only', { text: ' \u00a0\n\t ' }],
  ])('%s gets a hint, not an error', async (_name, extra) => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: { id: 16, type: 'private' }, extra });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 16);
    expect(String(call.params.text)).toMatch(/question/i);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('tells the user something went wrong and logs the update id when answering fails', async () => {
    h = await startHarness({
      engine: { ...engine, documents: () => engine.documents(), keySentences: (id, n) => engine.keySentences(id, n), ask: () => { throw new Error('index unavailable'); } },
    });
    const update = h.stub.pushMessage({ chat: { id: 17, type: 'private' }, text: ANSWERABLE });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 17);
    expect(call.params.text).toBe(ERROR_REPLY);
    const logged = h.logs.find((l) => l.event === 'update_failed');
    expect(logged?.update_id).toBe(update.update_id);
    expect(JSON.stringify(logged)).toContain('index unavailable');
  });

  it('logs a user who blocked the bot and keeps serving others', async () => {
    h = await startHarness({ engine });
    h.stub.blockedChats.add(18);
    h.stub.pushMessage({ chat: { id: 18, type: 'private' }, text: ANSWERABLE });
    h.stub.pushMessage({ chat: { id: 19, type: 'private' }, text: ANSWERABLE });
    await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 19);
    await expect.poll(() => h.logs.some((l) => l.event === 'bot_blocked' && l.chat_id === 18)).toBe(true);
    expect(h.stub.rejectedCalls.every((c) => c.params.chat_id === 18 && !c.response.ok && c.response.error_code === 403)).toBe(true);
    expect(h.logs.filter((l) => l.event === 'update_failed')).toEqual([]);
    ignoreRejected = (c) => c.params.chat_id === 18;
  });

  it('rate-limits a user who asks too fast, with a friendly message', async () => {
    h = await startHarness({ engine, rateLimit: { timeFrame: 60_000, limit: 2 } });
    const from = TelegramStub.user(20);
    for (let i = 0; i < 4; i++) h.stub.pushMessage({ from, text: `${ANSWERABLE} ${i}` });
    await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 20 && /faster/.test(String(c.params.text)));
    await new Promise((r) => setTimeout(r, 200));
    const answers = h.stub.callsTo('sendMessage', (c) => c.params.chat_id === 20 && DISPLAY_DATE.test(String(c.params.text)));
    expect(answers).toHaveLength(2);
    expect(h.logs.some((l) => l.event === 'rate_limited')).toBe(true);
  });
});
