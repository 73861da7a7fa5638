import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { DISPLAY_DATE, expectAllAccepted, seedEngine, startHarness, type BotHarness } from '../support/bot-harness.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

const CHATS = 50;

describe('many chats at once', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startHarness({ engine: seedEngine() });
  });
  afterAll(async () => {
    await h.stop();
  });

  it(`answers ${CHATS} questions sent at once from ${CHATS} chats, each with a dated citation`, async () => {
    const chats = Array.from({ length: CHATS }, (_, i) => 7000 + i);
    for (const [i, id] of chats.entries()) {
      h.stub.pushMessage({ chat: { id, type: 'private' }, from: TelegramStub.user(id), text: DEFAULT_EXAMPLES[i % DEFAULT_EXAMPLES.length]! });
    }
    const calls = await h.stub.waitForCalls('sendMessage', CHATS, (c) => chats.includes(Number(c.params.chat_id)), 20_000);
    expect(new Set(calls.map((c) => c.params.chat_id)).size).toBe(CHATS);
    for (const c of calls) expect(String(c.params.text)).toMatch(DISPLAY_DATE);
    expectAllAccepted(h.stub);
  });
});
