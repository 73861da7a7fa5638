import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSubscribeArgs } from '../../src/bot/digest.ts';
import { Store } from '../../src/digest/store.ts';
import { expectAllAccepted, groupChat, startHarness, type BotHarness } from '../support/bot-harness.ts';
import { TelegramStub, type StoredMessage } from '../support/telegram-stub.ts';
import { tempDir } from '../support/tmp.ts';

const NOW = new Date('2025-11-13T02:00:00Z'); // 07:00 in Almaty

let h: BotHarness;
let store: Store;
let remove: () => void;

/** Send a text to a chat and wait for the bot's next reply there. */
async function say(text: string, chat: { id: number; type: 'private' | 'supergroup'; title?: string } = { id: 42, type: 'private' }, from = TelegramStub.user(chat.id > 0 ? chat.id : 7)): Promise<string> {
  const before = h.stub.callsTo('sendMessage', (c) => c.params.chat_id === chat.id).length;
  h.stub.pushMessage({ chat, from, text });
  const calls = await h.stub.waitForCalls('sendMessage', before + 1, (c) => c.params.chat_id === chat.id);
  return String(calls.at(-1)!.params.text);
}

describe('parseSubscribeArgs', () => {
  it.each([
    ['', { time: null, topic: null }],
    ['08:30', { time: '08:30', topic: null }],
    ['8.05 Tokayev Putin', { time: '08:05', topic: 'Tokayev Putin' }],
    ['russia', { time: null, topic: 'russia' }],
    ['25:00 russia', { error: expect.stringContaining('not a time of day') }],
  ])('"%s"', (input, expected) => {
    expect(parseSubscribeArgs(input)).toEqual(expected);
  });
});

describe('digest commands', () => {
  beforeEach(async () => {
    const t = tempDir();
    remove = t.cleanup;
    store = Store.open({ path: join(t.path, 'elshi.db') });
    h = await startHarness({ store, now: () => NOW });
  });
  afterEach(async () => {
    await h.stop();
    store.close();
    remove();
  });

  it('/subscribe with a time and topic stores it and says when the first digest comes', async () => {
    const reply = await say('/subscribe 08:30 russia');
    expect(reply).toContain('<b>08:30</b> (Asia/Almaty)');
    expect(reply).toContain('Topic: <b>russia</b>');
    expect(reply).toMatch(/First digest: Thursday 13 November at 08:30/);
    expect(store.subscription(42)).toMatchObject({ time: '08:30', timezone: 'Asia/Almaty', topic: 'russia', active: true });
    expect(await say('/subscribe 24:61')).toContain('not a time of day');
    expect(await say('/unsubscribe')).toContain('Unsubscribed');
    expect(store.subscription(42)!.active).toBe(false);
    expectAllAccepted(h.stub);
  });

  it('/timezone resolves cities and offsets, and suggests names for unknown ones', async () => {
    expect(await say('/timezone Berlin')).toContain('/subscribe first');
    await say('/subscribe');
    expect(await say('/timezone Berln')).toMatch(/don't know the time zone "Berln".*Europe\/Berlin/);
    expect(store.subscription(42)!.timezone).toBe('Asia/Almaty');
    expect(await say('/timezone berlin')).toContain('Time zone set to Europe/Berlin');
    expect(await say('/timezone UTC+6')).toContain('Etc/GMT-6');
    expect(store.subscription(42)!.timezone).toBe('Etc/GMT-6');
  });

  it('/settings shows the subscription with buttons that change it', async () => {
    await say('/subscribe 09:00 china');
    await say('/settings');
    const card = h.stub.sentMessages(42).at(-1)! as StoredMessage;
    const buttons = (card.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['07:00', '• 09:00', '12:00', '18:00', '21:00', 'All topics', 'Unsubscribe']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    h.stub.pushCallbackQuery({ data: buttons[0]!.callback_data, message: card });
    await h.stub.waitForCall('editMessageText', (c) => String(c.params.text).includes('Time: <b>07:00</b>'));
    expect(store.subscription(42)!.time).toBe('07:00');
    h.stub.pushCallbackQuery({ data: 'dg:a', message: card });
    await h.stub.waitForCall('editMessageText', (c) => String(c.params.text).includes('Topic: everything'));
    h.stub.pushCallbackQuery({ data: 'dg:u', message: card });
    await h.stub.waitForCall('editMessageText', (c) => String(c.params.text).includes('no daily digest'));
    expect(store.subscription(42)!.active).toBe(false);
    expectAllAccepted(h.stub);
  });

  it('/digest sends what is new now as HTML, without recording a delivery', async () => {
    const reply = await say('/digest');
    expect(reply).toContain('<b>Elshi daily digest — 13 November 2025</b>');
    expect(reply).toContain('Presidents of Kazakhstan and Russia hold talks in Moscow');
    expect(store.deliveriesOf(42)).toEqual([]);
    expectAllAccepted(h.stub);
  });

  it('in groups, only admins change the subscription', async () => {
    const chat = groupChat();
    let status = 'member';
    h.stub.override('getChatMember', (params) => ({ status, user: TelegramStub.user(Number(params.user_id)) }));
    expect(await say('/subscribe 10:00', chat)).toContain('Only group admins');
    expect(store.subscription(chat.id)).toBeNull();
    status = 'administrator';
    expect(await say('/subscribe 10:00', chat)).toContain('Subscribed');
    expect(store.subscription(chat.id)).toMatchObject({ chatType: 'supergroup', time: '10:00' });
    status = 'member';
    expect(await say('/unsubscribe', chat)).toContain('Only group admins');
    expect(store.subscription(chat.id)!.active).toBe(true);
  });

  it('deactivates when the bot is blocked or removed, and moves migrated groups', async () => {
    await say('/subscribe');
    store.subscribe({ chatId: -55, chatType: 'group', time: '09:00', timezone: 'Asia/Almaty', now: NOW });
    store.subscribe({ chatId: -66, chatType: 'group', time: '09:00', timezone: 'Asia/Almaty', now: NOW });
    const bot = h.stub.botUser;
    const member = (chat: object, status: string) => ({
      my_chat_member: {
        chat,
        from: TelegramStub.user(42),
        date: Math.floor(NOW.getTime() / 1000),
        old_chat_member: { status: 'member', user: bot },
        new_chat_member: { status, user: bot, ...(status === 'kicked' ? { until_date: 0 } : {}) },
      },
    });
    h.stub.pushUpdate(member({ id: 42, type: 'private', first_name: 'U' }, 'kicked'));
    h.stub.pushUpdate(member({ id: -55, type: 'group', title: 'G' }, 'left'));
    h.stub.pushMessage({ chat: { id: -66, type: 'group', title: 'H' }, extra: { migrate_to_chat_id: -1000000000066 } });
    await h.stub.waitForCalls('getUpdates', 3);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (store.subscription(42)!.active || store.subscription(-55)!.active || store.subscription(-66))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(store.subscription(42)).toMatchObject({ active: false, inactiveReason: 'blocked' });
    expect(store.subscription(-55)).toMatchObject({ active: false, inactiveReason: 'removed' });
    expect(store.subscription(-66)).toBeNull();
    expect(store.subscription(-1000000000066)).toMatchObject({ active: true, chatType: 'supergroup' });
  });
});
