/**
 * The subscription feature end to end, as processes: chats subscribe through the running
 * bot (`elshi bot`), some of them block it, then `elshi digest send --all` delivers through
 * a flood-limited Bot API stand-in. Every active subscriber gets exactly one digest,
 * blocked chats are deactivated and not tried again, and a second pass sends nothing.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/digest/store.ts';
import { TelegramStub } from '../support/telegram-stub.ts';
import { tempDir } from '../support/tmp.ts';

function elshi(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/elshi.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, output: () => ({ stdout, stderr }) };
}

describe('daily digest, end to end', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('subscribe through the bot, then one send --all pass: one digest each, blocked chats deactivated, second pass sends nothing', async () => {
    const { path: dir, cleanup: remove } = tempDir();
    cleanup.push(remove);
    const stub = new TelegramStub();
    const apiRoot = await stub.start();
    cleanup.push(() => stub.stop());
    // A digest time an hour ago (UTC): the running bot's own scheduler has nothing due during the test.
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString().slice(11, 16);
    const env = { BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_PATH: join(dir, 'elshi.db'), DEFAULT_TIMEZONE: 'UTC', DIGEST_TIME: hourAgo };
    const bot = elshi(['bot'], env);
    cleanup.push(async () => {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    });
    await stub.waitForCall('getUpdates', undefined, 20_000);

    const chats = Array.from({ length: 60 }, (_, i) => 5000 + i);
    const blocked = chats.filter((_, i) => i % 12 === 0);
    for (const id of chats) stub.pushMessage({ chat: { id, type: 'private' }, text: '/subscribe' });
    await stub.waitForCalls('sendMessage', chats.length, (c) => chats.includes(Number(c.params.chat_id)), 20_000);
    for (const id of blocked) stub.blockedChats.add(id);
    stub.floodLimit = 10;
    const before = stub.callsTo('sendMessage').length;

    const first = elshi(['digest', 'send', '--all'], env);
    expect(await first.exit).toBe(0);
    expect(first.output().stdout).toContain(`sent ${chats.length - blocked.length} message(s), ${blocked.length} failed, ${blocked.length} deactivated`);
    const digests = stub.callsTo('sendMessage').slice(before).filter((c) => c.response.ok);
    const perChat = new Map<number, number>();
    for (const c of digests) perChat.set(Number(c.params.chat_id), (perChat.get(Number(c.params.chat_id)) ?? 0) + 1);
    for (const id of chats) expect(perChat.get(id) ?? 0).toBe(blocked.includes(id) ? 0 : 1);
    expect(stub.rejectedCalls.some((c) => c.response.ok === false && c.response.error_code === 429)).toBe(true);

    const callsAfterFirst = stub.callsTo('sendMessage').length;
    const second = elshi(['digest', 'send', '--all'], env);
    expect(await second.exit).toBe(0);
    expect(second.output().stdout).toMatch(/sent 0 message/);
    expect(stub.callsTo('sendMessage')).toHaveLength(callsAfterFirst);

    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    const store = Store.open({ path: env.DATABASE_PATH });
    try {
      expect(store.counts()).toEqual({ active: chats.length - blocked.length, inactive: blocked.length });
      for (const id of blocked) expect(store.subscription(id)).toMatchObject({ active: false, inactiveReason: 'blocked' });
    } finally {
      store.close();
    }
  }, 90_000);
});
