import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { startPolling } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { seedEngine } from '../support/bot-harness.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

describe('stopping', () => {
  it('finishes answers already in flight before it resolves', async () => {
    const stub = new TelegramStub();
    const apiRoot = await stub.start();
    const config = loadConfig({ BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: apiRoot });
    const bot = createBot({ config, engine: seedEngine(), logger: silentLogger });
    const polling = await startPolling(bot, { logger: silentLogger });
    stub.delays.set('sendMessage', 400);
    const chats = [61, 62, 63];
    for (const id of chats) stub.pushMessage({ chat: { id, type: 'private' }, text: DEFAULT_EXAMPLES[0]! });
    await stub.waitForCalls('sendChatAction', chats.length);
    expect(stub.callsTo('sendMessage')).toHaveLength(0);
    await polling.stop();
    expect(stub.callsTo('sendMessage', (c) => c.response.ok).map((c) => c.params.chat_id).sort()).toEqual(chats);
    expect(polling.runner.isRunning()).toBe(false);
    await stub.stop();
  });
});
