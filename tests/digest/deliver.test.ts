import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestSender, type Clock } from '../../src/digest/deliver.ts';
import { Store } from '../../src/digest/store.ts';
import { HttpTransport, TransportError, type Transport } from '../../src/digest/transport.ts';
import { silentLogger } from '../../src/log.ts';
import { TelegramStub } from '../support/telegram-stub.ts';
import { fakeClock } from './helpers.ts';
import { tempDir } from '../support/tmp.ts';

const T0 = new Date('2026-01-10T04:00:00Z');
const DAY = '2026-01-10';

let stub: TelegramStub;
let transport: HttpTransport;
let dir: string;
let remove: () => void;
let stores: Store[];

beforeEach(async () => {
  stub = new TelegramStub();
  transport = new HttpTransport({ apiRoot: await stub.start(), token: TelegramStub.TOKEN });
  ({ path: dir, cleanup: remove } = tempDir());
  stores = [];
});
afterEach(async () => {
  for (const s of stores) s.close();
  await stub.stop();
  remove();
});

function open(): Store {
  const store = Store.open({ path: join(dir, 'elshi.db') });
  stores.push(store);
  return store;
}

/** Subscribe chats and plan a digest of `parts` messages for each. */
function plan(store: Store, chatIds: number[], parts = 1): void {
  for (const chatId of chatIds) {
    store.subscribe({ chatId, chatType: chatId < 0 ? 'group' : 'private', time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    store.planDelivery({
      chatId,
      day: DAY,
      parts: Array.from({ length: parts }, (_, i) => ({ html: `<b>Digest</b> for ${chatId}, part ${i + 1}`, docIds: [`doc-${chatId}-${i}`] })),
      now: T0,
    });
  }
}

function sender(store: Store, options: { clock?: Clock; transport?: Transport; ratePerSecond?: number } = {}): DigestSender {
  return new DigestSender({ store, transport: options.transport ?? transport, logger: silentLogger, clock: options.clock ?? fakeClock(T0), ratePerSecond: options.ratePerSecond });
}

/** Messages the stand-in accepted, per chat. */
function received(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of stub.sentMessages()) out.set(m.chat.id, [...(out.get(m.chat.id) ?? []), m.raw]);
  return out;
}

describe('DigestSender against the Bot API stand-in', () => {
  it('delivers every planned message once, in part order, and a second drain sends nothing', async () => {
    const store = open();
    plan(store, [1, 2, 3], 2);
    const report = await sender(store).drain();
    expect(report).toMatchObject({ sent: 6, failed: 0, deactivated: 0, leased: true });
    const got = received();
    for (const id of [1, 2, 3]) expect(got.get(id)).toEqual([`<b>Digest</b> for ${id}, part 1`, `<b>Digest</b> for ${id}, part 2`]);
    expect(stub.sentMessages()[0]!.parse_mode).toBe('HTML');
    expect(store.deliveryFor(1, DAY)).toMatchObject({ status: 'sent', messageIds: [1, 2] });
    expect([...store.sentDocuments(2)].sort()).toEqual(['doc-2-0', 'doc-2-1']);
    expect((await sender(store).drain()).sent).toBe(0);
    expect(stub.sentMessages()).toHaveLength(6);
  });

  it.each([
    ['blocked (403)', (s: TelegramStub, id: number) => s.blockedChats.add(id), 'blocked'],
    ['chat not found (400)', (s: TelegramStub, id: number) => s.missingChats.add(id), 'chat not found'],
  ])('deactivates a %s chat, keeps going, and does not try it again', async (_name, knob, reason) => {
    const store = open();
    plan(store, [1, 2, 3], 2);
    knob(stub, 2);
    const report = await sender(store).drain();
    expect(report).toMatchObject({ sent: 4, failed: 1, deactivated: 1 });
    expect(store.subscription(2)).toMatchObject({ active: false, inactiveReason: reason });
    expect(store.deliveryFor(2, DAY)!.status).toBe('failed');
    expect(store.messageCounts()).toMatchObject({ sent: 4, failed: 1, skipped: 1 });
    const calls = stub.callsTo('sendMessage').length;
    expect((await sender(store).drain()).sent).toBe(0);
    expect(stub.callsTo('sendMessage')).toHaveLength(calls);
    expect(store.activeSubscriptions().map((s) => s.chatId)).toEqual([1, 3]);
  });

  it('moves a migrated group to its supergroup and delivers there', async () => {
    const store = open();
    plan(store, [-100, 5], 2);
    stub.migratedChats.set(-100, -1000000000100);
    const report = await sender(store).drain();
    expect(report).toMatchObject({ sent: 4, migrated: 1, failed: 0 });
    expect(received().get(-1000000000100)).toHaveLength(2);
    expect(received().has(-100)).toBe(false);
    expect(store.subscription(-100)).toBeNull();
    expect(store.subscription(-1000000000100)).toMatchObject({ active: true, chatType: 'supergroup' });
    expect(store.deliveryFor(-1000000000100, DAY)!.status).toBe('sent');
  });

  it('honours 429 retry_after and still delivers each message exactly once', async () => {
    const store = open();
    const chats = Array.from({ length: 12 }, (_, i) => i + 1);
    plan(store, chats);
    stub.floodLimit = 5;
    stub.floodRetryAfter = 1;
    const sleeps: number[] = [];
    const realClock: Clock = {
      now: () => Date.now(),
      sleep: (ms) => {
        sleeps.push(ms);
        return new Promise((r) => setTimeout(r, ms));
      },
    };
    const report = await sender(store, { clock: realClock, ratePerSecond: 1000 }).drain();
    expect(report.sent).toBe(12);
    expect(report.floodWaits).toBeGreaterThan(0);
    expect(Math.max(...sleeps)).toBeGreaterThanOrEqual(990);
    const got = received();
    for (const id of chats) expect(got.get(id)).toHaveLength(1);
  });

  it('paces under 30 messages a second overall and 1 a second per chat (fake clock)', async () => {
    const store = open();
    plan(store, Array.from({ length: 40 }, (_, i) => i + 1), 1);
    plan(store, [101, 102], 3);
    plan(store, [-7], 3);
    const clock = fakeClock(T0);
    const sends: { at: number; chatId: number }[] = [];
    const recording: Transport = {
      sendMessage: (chatId, html, options) => {
        sends.push({ at: clock.now(), chatId });
        return transport.sendMessage(chatId, html, options);
      },
    };
    const report = await sender(store, { clock, transport: recording }).drain();
    expect(report.sent).toBe(49);
    for (const s of sends) expect(sends.filter((o) => o.at > s.at - 1000 && o.at <= s.at).length).toBeLessThanOrEqual(30);
    for (const chatId of [101, 102, -7]) {
      const times = sends.filter((s) => s.chatId === chatId).map((s) => s.at);
      const gap = chatId < 0 ? 3000 : 1000;
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(gap);
    }
  });

  it('after a crash mid-broadcast, repeats at most the one message in flight and misses none', async () => {
    const store = open();
    const chats = Array.from({ length: 10 }, (_, i) => i + 1);
    plan(store, chats);
    let calls = 0;
    // The fifth send reaches Telegram, then the process "dies" before recording it.
    const crashing: Transport = {
      sendMessage: async (chatId, html, options) => {
        calls += 1;
        const result = await transport.sendMessage(chatId, html, options);
        return calls === 5 ? new Promise<never>(() => {}) : result;
      },
    };
    void sender(store, { transport: crashing, clock: fakeClock(T0) }).drain();
    await stub.waitForCalls('sendMessage', 5);
    await new Promise((r) => setImmediate(r));
    // Restart: a new process opens the same file; the dead one's lease is taken over.
    const restarted = open();
    const report = await new DigestSender({ store: restarted, transport, logger: silentLogger, clock: fakeClock(T0), isAlive: () => false }).drain();
    expect(report.resumed).toBe(1);
    const got = received();
    const counts = chats.map((id) => got.get(id)?.length ?? 0);
    expect(counts.filter((n) => n === 0)).toHaveLength(0);
    expect(counts.reduce((a, n) => a + Math.max(0, n - 1), 0)).toBe(1);
    expect(got.get(5)).toHaveLength(2);
    expect(restarted.openMessages()).toEqual([]);
  });

  it('skips a chat that unsubscribed or blocked the bot after its digest was planned', async () => {
    const store = open();
    plan(store, [1, 2, 3], 2);
    store.deactivate(2, 'unsubscribed', T0);
    const report = await sender(store).drain();
    expect(report.sent).toBe(4);
    expect(received().has(2)).toBe(false);
    expect(store.deliveryFor(2, DAY)).toMatchObject({ status: 'failed', error: 'subscription no longer active' });
  });

  it('does not send while another live process holds the lease', async () => {
    const store = open();
    plan(store, [1]);
    store.acquireLease({ owner: 'other', pid: 1, host: 'elsewhere', now: T0, ttlMs: 60_000, isAlive: () => true });
    const report = await sender(store).drain();
    expect(report).toMatchObject({ leased: false, sent: 0 });
    expect(stub.sentMessages()).toHaveLength(0);
  });

  it('gives up a message Telegram rejects (bad HTML) without stopping the others', async () => {
    const store = open();
    plan(store, [1, 3]);
    store.subscribe({ chatId: 2, time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    store.planDelivery({ chatId: 2, day: DAY, parts: [{ html: '<b>unclosed', docIds: ['x'] }], now: T0 });
    const report = await sender(store).drain();
    expect(report).toMatchObject({ sent: 2, failed: 1, deactivated: 0 });
    expect(store.deliveryFor(2, DAY)!.status).toBe('failed');
    expect(store.subscription(2)!.active).toBe(true);
  });

  it('retries network failures with backoff, then leaves the message for the next pass', async () => {
    const store = open();
    plan(store, [1, 2]);
    let failures = 0;
    const flaky: Transport = {
      sendMessage: (chatId, html, options) => {
        if (chatId === 1 && failures < 2) {
          failures += 1;
          return Promise.reject(new TransportError({ code: 0, description: 'network error: ECONNRESET' }));
        }
        if (chatId === 2) return Promise.reject(new TransportError({ code: 502, description: 'Bad Gateway' }));
        return transport.sendMessage(chatId, html, options);
      },
    };
    const report = await sender(store, { transport: flaky }).drain();
    expect(report).toMatchObject({ sent: 1, deferred: 1 });
    expect(store.deliveryFor(1, DAY)!.status).toBe('sent');
    expect(store.deliveryFor(2, DAY)!.status).toBe('pending');
    expect((await sender(store).drain()).sent).toBe(1);
    expect(store.deliveryFor(2, DAY)!.status).toBe('sent');
  });
});
