import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestSender } from '../../src/digest/deliver.ts';
import { DigestScheduler } from '../../src/digest/scheduler.ts';
import { Store } from '../../src/digest/store.ts';
import type { Transport } from '../../src/digest/transport.ts';
import { silentLogger } from '../../src/log.ts';
import { DOCS, engineOver, fakeClock } from './helpers.ts';
import { tempDir } from '../support/tmp.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(now: { value: Date }) {
  const { path: dir, cleanup: remove } = tempDir();
  const store = Store.open({ path: join(dir, 'db', 'elshi.db') });
  cleanups.push(() => {
    store.close();
    remove();
  });
  const sent: number[] = [];
  const transport: Transport = { sendMessage: async (chatId) => ({ messageId: sent.push(chatId) }) };
  const engine = engineOver(dir, DOCS);
  const sender = new DigestSender({ store, transport, logger: silentLogger, clock: fakeClock(now.value) });
  const scheduler = new DigestScheduler({ store, source: engine, sender, logger: silentLogger, now: () => now.value });
  return { store, sent, scheduler };
}

describe('DigestScheduler', () => {
  it('each tick sends what is due at its instant, once per local day', async () => {
    const now = { value: new Date('2025-11-13T03:58:00Z') };
    const { store, sent, scheduler } = setup(now);
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: new Date('2025-11-01T00:00:00Z') });
    store.subscribe({ chatId: 2, time: '09:00', timezone: 'Europe/Berlin', now: new Date('2025-11-01T00:00:00Z') });
    const ticks: number[] = [];
    for (let minute = 0; minute < 6 * 60; minute++) {
      now.value = new Date(Date.parse('2025-11-13T03:58:00Z') + minute * 60_000);
      const report = await scheduler.tick();
      if (report && report.send.sent > 0) ticks.push(minute);
    }
    // Almaty at 04:00 UTC (minute 2), Berlin (CET) at 08:00 UTC (minute 242).
    expect(ticks).toEqual([2, 242]);
    expect(sent).toEqual([1, 2]);
    await scheduler.stop();
    expect(await scheduler.tick()).toBeNull();
  });

  it('a tick while a pass is running is skipped', async () => {
    const now = { value: new Date('2025-11-13T05:00:00Z') };
    const { store, scheduler } = setup(now);
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: new Date('2025-11-01T00:00:00Z') });
    const first = scheduler.tick();
    expect(await scheduler.tick()).toBeNull();
    expect((await first)!.send.sent).toBe(1);
  });
});
