import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { DigestSender } from '../../src/digest/deliver.ts';
import { planDigests, runPass } from '../../src/digest/pass.ts';
import { Store } from '../../src/digest/store.ts';
import { HttpTransport } from '../../src/digest/transport.ts';
import { silentLogger } from '../../src/log.ts';
import type { AnswerEngine } from '../../src/search/engine.ts';
import { TelegramStub } from '../support/telegram-stub.ts';
import { DOCS, engineOver, fakeClock, writeDocs, type TestDoc } from './helpers.ts';
import { tempDir } from '../support/tmp.ts';

let stub: TelegramStub;
let apiRoot: string;
let dir: string;
let remove: () => void;
let engine: AnswerEngine;
let stores: Store[];

beforeEach(async () => {
  stub = new TelegramStub();
  apiRoot = await stub.start();
  ({ path: dir, cleanup: remove } = tempDir());
  mkdirSync(join(dir, 'knowledge'));
  engine = engineOver(join(dir, 'knowledge'), DOCS);
  stores = [];
});
afterEach(async () => {
  for (const s of stores) s.close();
  await stub.stop();
  remove();
});

function open(): Store {
  const store = Store.open({ path: join(dir, 'data', 'elshi.db') });
  stores.push(store);
  return store;
}

async function pass(store: Store, now: string, all = false) {
  const sender = new DigestSender({ store, transport: new HttpTransport({ apiRoot, token: TelegramStub.TOKEN }), logger: silentLogger, clock: fakeClock(new Date(now)) });
  return runPass({ store, source: engine, sender, logger: silentLogger, now: new Date(now), all });
}

const SINCE = new Date('2025-11-01T00:00:00Z');

describe('delivery passes', () => {
  it('plans by each subscriber’s local time: Almaty before Berlin', async () => {
    const store = open();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: SINCE });
    store.subscribe({ chatId: 2, time: '09:00', timezone: 'Europe/Berlin', now: SINCE });
    // 04:30 UTC: 09:30 in Almaty, 05:30 in Berlin.
    expect(planDigests({ store, source: engine, logger: silentLogger, now: new Date('2025-11-13T04:30:00Z') })).toMatchObject({ due: 1, planned: 1 });
    expect(store.deliveryFor(1, '2025-11-13')).not.toBeNull();
    expect(store.deliveryFor(2, '2025-11-13')).toBeNull();
    // 08:30 UTC: Berlin is due too; Almaty is not planned twice.
    expect(planDigests({ store, source: engine, logger: silentLogger, now: new Date('2025-11-13T08:30:00Z') })).toMatchObject({ due: 1, planned: 1 });
    expect(store.deliveryFor(2, '2025-11-13')).not.toBeNull();
  });

  it('catches up after downtime the same local day, once', async () => {
    const store = open();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: SINCE });
    // The bot was down from 08:00 to 17:00 local; it comes back at 17:00 (12:00 UTC).
    const first = await pass(store, '2025-11-13T12:00:00Z');
    expect(first.send.sent).toBe(1);
    const second = await pass(store, '2025-11-13T18:59:00Z');
    expect(second.due).toBe(0);
    expect(stub.sentMessages()).toHaveLength(1);
  });

  it('sends nothing on a day with nothing new, and what is added later on the next day', async () => {
    const store = open();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: SINCE });
    await pass(store, '2025-11-13T04:00:00Z');
    expect(stub.sentMessages()).toHaveLength(1);
    const day2 = await pass(store, '2025-11-14T04:00:00Z');
    // Four documents, all sent the first day (first digests carry up to five).
    expect(day2).toMatchObject({ due: 1, planned: 0, empty: 1 });
    expect(stub.sentMessages()).toHaveLength(1);
    const added: TestDoc = {
      id: '2025-11-14-japan',
      title: 'Kazakhstan and Japan sign a memorandum',
      date: '2025-11-14',
      tags: ['japan'],
      body: 'Kazakhstan and Japan signed a memorandum on critical minerals. The sides agreed to meet again next year.',
    };
    writeDocs(join(dir, 'knowledge'), [added]);
    engine = engineOver(join(dir, 'knowledge'), []);
    await pass(store, '2025-11-15T04:00:00Z');
    const last = stub.sentMessages().at(-1)!;
    expect(stub.sentMessages()).toHaveLength(2);
    expect(last.text).toContain('Kazakhstan and Japan sign a memorandum');
    expect(last.text).not.toContain('Rossiyskaya Gazeta');
  });

  it('keeps only documents matching a subscriber’s topic', async () => {
    const store = open();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', topic: 'china', now: SINCE });
    store.subscribe({ chatId: 2, time: '09:00', timezone: 'Asia/Almaty', topic: 'Brazil', now: SINCE });
    const report = await pass(store, '2025-11-13T04:00:00Z');
    expect(report).toMatchObject({ planned: 1, empty: 1 });
    const [message] = stub.sentMessages(1);
    expect(message!.text).toContain('China');
    expect(message!.text).not.toContain('Russia hold talks');
    expect(stub.sentMessages(2)).toHaveLength(0);
  });

  it('is idempotent across a restart: reopening the store and passing again sends nothing', async () => {
    const store = open();
    for (let id = 1; id <= 5; id++) store.subscribe({ chatId: id, time: '09:00', timezone: 'Asia/Almaty', now: SINCE });
    expect((await pass(store, '2025-11-13T05:00:00Z', true)).send.sent).toBe(5);
    store.close();
    const reopened = open();
    const again = await pass(reopened, '2025-11-13T05:00:00Z', true);
    expect(again).toMatchObject({ due: 0, planned: 0 });
    expect(again.send.sent).toBe(0);
    expect(stub.sentMessages()).toHaveLength(5);
  });

  it('with --all, plans for every active subscriber whatever their time, still once a day', async () => {
    const store = open();
    store.subscribe({ chatId: 1, time: '23:00', timezone: 'Asia/Almaty', now: SINCE });
    store.subscribe({ chatId: 2, time: '23:30', timezone: 'America/New_York', now: SINCE });
    expect(planDigests({ store, source: engine, logger: silentLogger, now: new Date('2025-11-13T04:00:00Z') }).due).toBe(0);
    expect(planDigests({ store, source: engine, logger: silentLogger, now: new Date('2025-11-13T04:00:00Z'), all: true }).planned).toBe(2);
    expect(planDigests({ store, source: engine, logger: silentLogger, now: new Date('2025-11-13T04:00:00Z'), all: true }).due).toBe(0);
  });
});

describe('elshi digest', () => {
  const env = (): NodeJS.ProcessEnv => ({
    BOT_TOKEN: TelegramStub.TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_PATH: join(dir, 'data', 'elshi.db'),
    KNOWLEDGE_DIR: join(dir, 'knowledge'),
    LOG_LEVEL: 'silent',
  });
  const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), lines: async function* () {} };
    const code = await main(args, io, env());
    return { code, out, err };
  };

  it('send --all delivers one digest per active subscriber, skips blocked chats afterwards, and a second run sends nothing', async () => {
    const store = open();
    for (let id = 1; id <= 20; id++) store.subscribe({ chatId: id, time: '09:00', timezone: 'Asia/Almaty', now: SINCE });
    store.deactivate(20, 'unsubscribed', SINCE);
    store.close();
    stub.blockedChats.add(3);
    stub.blockedChats.add(7);
    stub.floodLimit = 8;
    const first = await run(['digest', 'send', '--all', '--now', '2025-11-13T05:00:00Z']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/sent 17 message\(s\), 2 failed, 2 deactivated/);
    for (let id = 1; id <= 19; id++) expect(stub.sentMessages(id)).toHaveLength([3, 7].includes(id) ? 0 : 1);
    expect(stub.sentMessages(20)).toHaveLength(0);
    const calls = stub.callsTo('sendMessage').length;
    const second = await run(['digest', 'send', '--all', '--now', '2025-11-13T05:00:00Z']);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/due 0: 0 digest\(s\) planned.*sent 0 message/);
    expect(stub.callsTo('sendMessage')).toHaveLength(calls);
  });

  it('preview prints a new subscriber’s digest, or a chat’s, as text', async () => {
    const store = open();
    store.subscribe({ chatId: 9, time: '09:00', timezone: 'Asia/Almaty', topic: 'united nations', now: SINCE });
    store.close();
    const all = await run(['digest', 'preview', '--date', '2025-11-11']);
    expect(all.code).toBe(0);
    expect(all.out).toContain('Elshi daily digest — 11 November 2025');
    expect(all.out).toContain('Tokayev writes in Rossiyskaya Gazeta');
    expect(all.out).not.toContain('hold talks in Moscow');
    const chat = await run(['digest', 'preview', '--chat', '9']);
    expect(chat.out).toContain('Tokayev addresses the UN General Assembly');
    expect(chat.out).not.toContain('China');
    expect((await run(['digest', 'preview', '--date', 'yesterday'])).code).toBe(2);
    expect(stub.sentMessages()).toHaveLength(0);
  });
});
