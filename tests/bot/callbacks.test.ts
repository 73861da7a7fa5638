import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/format.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { MORE_PAGE_SIZE, STALE_BUTTON } from '../../src/bot/ask.ts';
import { SOURCES_PAGE_SIZE } from '../../src/bot/sources.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import { expectAllAccepted, seedEngine, startHarness, type BotHarness } from '../support/bot-harness.ts';

const engine = seedEngine();

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };
const buttons = (markup: unknown): { text: string; callback_data: string }[] => ((markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

/** A knowledge folder with more documents than one /sources page holds. */
function manyDocuments(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'elshi-bot-'));
  for (let i = 0; i < count; i++) {
    const day = String(i + 1).padStart(2, '0');
    writeFileSync(
      join(dir, `2024-03-${day}-note-${i}.md`),
      `---\ntitle: Briefing note ${i} <draft> & "memo"\ndate: 2024-03-${day}\nsource: Ministry of Foreign Affairs & Co\nlanguage: en\ntags: [test]\n---\n\nThe ministry held consultation number ${i} with partners in Astana. Delegation ${i} discussed transit corridors.\n`,
    );
  }
  return dir;
}

describe('buttons', () => {
  let h: BotHarness;
  const dirs: string[] = [];
  afterEach(async () => {
    expectAllAccepted(h.stub);
    await h.stop();
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('"More sources" pages through further passages: first press sends a page, its buttons edit it', async () => {
    h = await startHarness({ engine });
    const question = DEFAULT_EXAMPLES[0]!;
    const expected = engine.ask(question, { more: 30 });
    expect(expected.more.length).toBeGreaterThan(MORE_PAGE_SIZE);
    h.stub.pushMessage({ chat: { id: 31, type: 'private' }, text: question });
    const answerCall = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 31);
    const [more] = buttons(answerCall.params.reply_markup);
    expect(more!.text).toMatch(/More sources/);
    expect(Buffer.byteLength(more!.callback_data)).toBeLessThanOrEqual(64);

    h.stub.pushCallbackQuery({ data: more!.callback_data, message: h.stub.sentMessages(31)[0]! });
    const pageCall = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 31 && c !== answerCall);
    const page1 = String(pageCall.params.text);
    for (const c of expected.more.slice(0, MORE_PAGE_SIZE)) {
      expect(page1).toContain(escapeHtml(c.document.title));
    }
    const next = buttons(pageCall.params.reply_markup).find((b) => /Next/.test(b.text))!;
    const pageMessage = h.stub.sentMessages(31)[1]!;
    h.stub.pushCallbackQuery({ data: next.callback_data, message: pageMessage });
    const edit = await h.stub.waitForCall('editMessageText', (c) => c.params.chat_id === 31);
    expect(edit.params.message_id).toBe(pageMessage.message_id);
    const second = expected.more[MORE_PAGE_SIZE]!;
    expect(String(edit.params.text)).toContain(escapeHtml(second.text.slice(0, 40)));
    expect(buttons(edit.params.reply_markup).some((b) => /Previous/.test(b.text))).toBe(true);
    expect(h.stub.callsTo('answerCallbackQuery')).toHaveLength(2);
  });

  it.each([
    ['an unknown "More sources" key', 'more:AAAAAAAAAAAA:0'],
    ['a page past the end', 'src:99'],
    ['an example that no longer exists', 'ex:9'],
    ['data from an older version', 'legacy-button'],
  ])('answers %s politely', async (_name, data) => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: { id: 32, type: 'private' }, text: '/help' });
    await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 32);
    h.stub.pushCallbackQuery({ data, message: h.stub.sentMessages(32)[0]! });
    const call = await h.stub.waitForCall('answerCallbackQuery');
    expect(call.params.text).toBe(STALE_BUTTON);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('/sources pages through a large archive by editing the message', async () => {
    const dir = manyDocuments(SOURCES_PAGE_SIZE + 3);
    dirs.push(dir);
    const big = AnswerEngine.create(loadKnowledge(dir));
    h = await startHarness({ engine: big });
    h.stub.pushMessage({ chat: { id: 33, type: 'private' }, text: '/sources' });
    const first = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 33);
    const docs = big.documents();
    expect(String(first.params.text)).toContain(escapeHtml(docs[0]!.title));
    expect(String(first.params.text)).not.toContain(escapeHtml(docs[SOURCES_PAGE_SIZE]!.title));
    const older = buttons(first.params.reply_markup).find((b) => /Older/.test(b.text))!;
    h.stub.pushCallbackQuery({ data: older.callback_data, message: h.stub.sentMessages(33)[0]! });
    const edit = await h.stub.waitForCall('editMessageText', (c) => c.params.chat_id === 33);
    expect(String(edit.params.text)).toContain(escapeHtml(docs[SOURCES_PAGE_SIZE]!.title));
    expect(String(edit.params.text)).toContain('page 2 of 2');
  });
});
