import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/digest/migrations.ts';
import { Store, StoreError } from '../../src/digest/store.ts';
import { tempDir } from '../support/tmp.ts';

const T0 = new Date('2026-01-10T00:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function openTemp(): { store: Store; path: string; reopen: () => Store } {
  const { path: dir, cleanup: remove } = tempDir();
  const path = join(dir, 'nested', 'folder', 'elshi.db');
  const stores: Store[] = [];
  const open = (): Store => {
    const s = Store.open({ path });
    stores.push(s);
    return s;
  };
  cleanups.push(() => {
    for (const s of stores) s.close();
    remove();
  });
  return { store: open(), path, reopen: open };
}

describe('Store', () => {
  it('creates its folder, uses WAL and applies every migration once', () => {
    const { store, path, reopen } = openTemp();
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    store.close();
    expect(reopen().schemaVersion).toBe(MIGRATIONS.length);
  });

  it('refuses a database from a newer program', () => {
    const { store, reopen } = openTemp();
    store.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    store.close();
    expect(() => reopen()).toThrow(StoreError);
  });

  it('subscribes, updates, deactivates and re-activates a chat', () => {
    const { store } = openTemp();
    const sub = store.subscribe({ chatId: 42, time: '09:00', timezone: 'Asia/Almaty', topic: 'russia', now: T0 });
    expect(sub).toMatchObject({ chatId: 42, chatType: 'private', time: '09:00', timezone: 'Asia/Almaty', topic: 'russia', active: true });
    const later = new Date(T0.getTime() + 3_600_000);
    expect(store.update(42, { timezone: 'Europe/Berlin' }, later)).toMatchObject({ timezone: 'Europe/Berlin', topic: 'russia' });
    // Changing an active subscription keeps when it started.
    expect(store.subscribe({ chatId: 42, time: '08:00', timezone: 'Europe/Berlin', topic: 'russia', now: later }).activeSince).toEqual(T0);
    expect(store.deactivate(42, 'blocked', later)).toBe(true);
    expect(store.deactivate(42, 'blocked', later)).toBe(false);
    expect(store.subscription(42)).toMatchObject({ active: false, inactiveReason: 'blocked' });
    expect(store.activeSubscriptions()).toEqual([]);
    const again = store.subscribe({ chatId: 42, time: '08:00', timezone: 'Europe/Berlin', now: later });
    expect(again).toMatchObject({ active: true, inactiveReason: null, topic: null });
    expect(again.activeSince).toEqual(later);
    expect(store.update(7, { time: '10:00' }, later)).toBeNull();
  });

  it('plans at most one delivery per chat and day, and keeps it across a restart', () => {
    const { store, reopen } = openTemp();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    const parts = [
      { html: 'one', docIds: ['a'] },
      { html: 'two', docIds: ['b', 'c'] },
    ];
    const d = store.planDelivery({ chatId: 1, day: '2026-01-10', parts, now: T0 });
    expect(d).toMatchObject({ status: 'pending', day: '2026-01-10' });
    expect(store.planDelivery({ chatId: 1, day: '2026-01-10', parts, now: T0 })).toBeNull();
    expect(store.activeSubscriptions()[0]!.lastDay).toBe('2026-01-10');
    store.close();
    const again = reopen();
    expect(again.planDelivery({ chatId: 1, day: '2026-01-10', parts, now: T0 })).toBeNull();
    const open = again.openMessages();
    expect(open.map((m) => [m.part, m.html, m.docIds])).toEqual([
      [0, 'one', ['a']],
      [1, 'two', ['b', 'c']],
    ]);
    again.claimMessage(open[0]!.id);
    again.markSent(open[0]!.id, 100, T0);
    expect(again.delivery(d!.id)!.status).toBe('pending');
    expect([...again.sentDocuments(1)]).toEqual(['a']);
    again.claimMessage(open[1]!.id);
    again.markSent(open[1]!.id, 101, T0);
    expect(again.delivery(d!.id)).toMatchObject({ status: 'sent', messageIds: [100, 101] });
    expect([...again.sentDocuments(1)].sort()).toEqual(['a', 'b', 'c']);
    expect(again.openMessages()).toEqual([]);
    expect(again.lastDigestAt(1)).toEqual(T0);
  });

  it('records a day with nothing new as empty, with no messages', () => {
    const { store } = openTemp();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    expect(store.planDelivery({ chatId: 1, day: '2026-01-10', parts: [], now: T0 })!.status).toBe('empty');
    expect(store.openMessages()).toEqual([]);
    expect(store.lastDigestAt(1)).toBeNull();
  });

  it('fails a delivery and skips its remaining parts', () => {
    const { store } = openTemp();
    store.subscribe({ chatId: 1, time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    const d = store.planDelivery({ chatId: 1, day: '2026-01-10', parts: [{ html: 'x', docIds: [] }, { html: 'y', docIds: [] }], now: T0 })!;
    store.failDelivery(d.id, store.openMessages()[0]!.id, 'Forbidden');
    expect(store.delivery(d.id)).toMatchObject({ status: 'failed', error: 'Forbidden' });
    expect(store.messageCounts()).toEqual({ failed: 1, skipped: 1 });
  });

  it('moves a migrated group with its deliveries and sent documents', () => {
    const { store } = openTemp();
    store.subscribe({ chatId: -5, chatType: 'group', time: '09:00', timezone: 'Asia/Almaty', now: T0 });
    const d = store.planDelivery({ chatId: -5, day: '2026-01-10', parts: [{ html: 'x', docIds: ['a'] }], now: T0 })!;
    const m = store.openMessages()[0]!;
    store.markSent(m.id, 1, T0);
    expect(store.migrateChat(-5, -1005, T0)).toBe(true);
    expect(store.subscription(-5)).toBeNull();
    expect(store.subscription(-1005)).toMatchObject({ chatType: 'supergroup', active: true });
    expect(store.chatOfDelivery(d.id)).toBe(-1005);
    expect([...store.sentDocuments(-1005)]).toEqual(['a']);
    expect(store.migrateChat(-5, -1005, T0)).toBe(false);
  });

  it('gives the sending lease to one owner, and takes it over from a dead process', () => {
    const { store } = openTemp();
    const base = { pid: 111, host: 'h', now: T0, ttlMs: 60_000, isAlive: () => true };
    expect(store.acquireLease({ ...base, owner: 'a' })).toBe(true);
    expect(store.acquireLease({ ...base, owner: 'b', pid: 222 })).toBe(false);
    expect(store.acquireLease({ ...base, owner: 'b', pid: 222, isAlive: (pid) => pid !== 111 })).toBe(true);
    expect(store.renewLease('a', T0, 1000)).toBe(false);
    expect(store.acquireLease({ ...base, owner: 'c', now: new Date(T0.getTime() + 61_000) })).toBe(true);
    store.releaseLease('c');
    expect(store.acquireLease({ ...base, owner: 'd' })).toBe(true);
  });
});
