import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';

/** Kind of Telegram chat a subscription belongs to. */
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

/** A chat's daily digest subscription. */
export interface Subscription {
  chatId: number;
  chatType: ChatType;
  /** Local digest time, `HH:MM`. */
  time: string;
  /** IANA time zone. */
  timezone: string;
  /** Topic words; only matching documents are sent. Null for everything. */
  topic: string | null;
  active: boolean;
  /** When the subscription last became active; digests due before are not sent. */
  activeSince: Date;
  /** Why it was deactivated (`unsubscribed`, `blocked`, `chat not found` …), or null. */
  inactiveReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An active subscription with the local day of its last planned digest. */
export interface ScheduledSubscription extends Subscription {
  lastDay: string | null;
}

/** Status of one day's delivery to a chat. */
export type DeliveryStatus = 'pending' | 'sent' | 'empty' | 'failed';

/** One day's digest delivery to a chat. */
export interface Delivery {
  id: number;
  chatId: number;
  day: string;
  status: DeliveryStatus;
  messageIds: number[];
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** A planned digest message not yet confirmed sent. */
export interface OpenMessage {
  id: number;
  deliveryId: number;
  chatId: number;
  day: string;
  /** 0-based part of the day's digest. */
  part: number;
  html: string;
  docIds: string[];
  /** `sending` means a send was started and not confirmed (e.g. a crash in flight). */
  status: 'queued' | 'sending';
  attempts: number;
}

/** Fields of a new or changed subscription. */
export interface SubscribeInput {
  chatId: number;
  chatType?: ChatType;
  time: string;
  timezone: string;
  topic?: string | null;
  now: Date;
}

/** One message of a planned digest. */
export interface PlannedPart {
  html: string;
  docIds: string[];
}

/** Who asks for the sending lease, and how to tell whether a holder still runs. */
export interface LeaseInput {
  /** Unique id of this sender. */
  owner: string;
  pid: number;
  host: string;
  now: Date;
  /** How long the lease lasts without renewal. */
  ttlMs: number;
  /** Whether a process id on this host is still running. */
  isAlive: (pid: number) => boolean;
}

/** Days a logged question is kept before it is pruned. */
export const QUESTION_RETENTION_DAYS = 30;

/** Options of {@link Store.open}. */
export interface StoreOptions {
  /** Path of the SQLite file; its folder is created. `:memory:` works too. */
  path: string;
}

/** A storage operation that cannot be done (unknown chat, bad migration state). */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

interface SubscriptionRow {
  chat_id: number;
  chat_type: ChatType;
  time: string;
  timezone: string;
  topic: string | null;
  active: number;
  active_since: string;
  inactive_reason: string | null;
  created_at: string;
  updated_at: string;
  last_day?: string | null;
}

interface DeliveryRow {
  id: number;
  chat_id: number;
  day: string;
  status: DeliveryStatus;
  message_ids: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

interface MessageRow {
  id: number;
  delivery_id: number;
  chat_id: number;
  day: string;
  part: number;
  html: string;
  doc_ids: string;
  status: 'queued' | 'sending';
  attempts: number;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    chatId: row.chat_id,
    chatType: row.chat_type,
    time: row.time,
    timezone: row.timezone,
    topic: row.topic,
    active: row.active === 1,
    activeSince: new Date(row.active_since),
    inactiveReason: row.inactive_reason,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    chatId: row.chat_id,
    day: row.day,
    status: row.status,
    messageIds: row.message_ids ? (JSON.parse(row.message_ids) as number[]) : [],
    error: row.error,
    createdAt: new Date(row.created_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
  };
}

/**
 * Durable state of digest subscriptions in SQLite (WAL mode): subscriptions, one delivery
 * per chat and local day with its messages, and the documents each chat has been sent.
 * Every state change of a message is committed before the next network call, so after a
 * crash only a message in state `sending` may have been delivered without being recorded.
 */
export class Store {
  /** The underlying database handle (for tests and diagnostics). */
  readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Open (creating folder and file if needed) and migrate the database at a path. */
  static open(options: StoreOptions): Store {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const store = new Store(db);
    store.migrate();
    return store;
  }

  /** Schema version currently applied. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    const current = this.schemaVersion;
    if (current > MIGRATIONS.length) {
      throw new StoreError(`database schema version ${current} is newer than this program (${MIGRATIONS.length})`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Close the database. */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Create or change a chat's subscription and make it active. Re-subscribing an inactive
   * chat restarts it (`activeSince` = now); changing an active one keeps its history.
   */
  subscribe(input: SubscribeInput): Subscription {
    const now = input.now.toISOString();
    this.db
      .prepare(
        `INSERT INTO subscriptions (chat_id, chat_type, time, timezone, topic, active, active_since, created_at, updated_at)
         VALUES (@chatId, @chatType, @time, @timezone, @topic, 1, @now, @now, @now)
         ON CONFLICT (chat_id) DO UPDATE SET
           chat_type = excluded.chat_type, time = excluded.time, timezone = excluded.timezone,
           topic = excluded.topic, inactive_reason = NULL, updated_at = excluded.updated_at,
           active_since = CASE WHEN active = 1 THEN active_since ELSE excluded.active_since END,
           active = 1`,
      )
      .run({
        chatId: input.chatId,
        chatType: input.chatType ?? 'private',
        time: input.time,
        timezone: input.timezone,
        topic: input.topic ?? null,
        now,
      });
    return this.subscription(input.chatId)!;
  }

  /** A chat's subscription (active or not), or null. */
  subscription(chatId: number): Subscription | null {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE chat_id = ?').get(chatId) as SubscriptionRow | undefined;
    return row ? toSubscription(row) : null;
  }

  /** Change fields of an existing subscription; returns it, or null when the chat has none. */
  update(chatId: number, changes: { time?: string; timezone?: string; topic?: string | null }, now: Date): Subscription | null {
    const current = this.subscription(chatId);
    if (!current) return null;
    this.db
      .prepare('UPDATE subscriptions SET time = ?, timezone = ?, topic = ?, updated_at = ? WHERE chat_id = ?')
      .run(
        changes.time ?? current.time,
        changes.timezone ?? current.timezone,
        changes.topic === undefined ? current.topic : changes.topic,
        now.toISOString(),
        chatId,
      );
    return this.subscription(chatId);
  }

  /** Deactivate a chat's subscription with a reason; true when an active one changed. */
  deactivate(chatId: number, reason: string, now: Date): boolean {
    const result = this.db
      .prepare('UPDATE subscriptions SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ? AND active = 1')
      .run(reason, now.toISOString(), chatId);
    return result.changes > 0;
  }

  /**
   * Move a chat's subscription, deliveries and sent documents to a new chat id (a group
   * upgraded to a supergroup). When the new id already has a subscription, the old one is
   * deactivated instead. Returns whether anything moved.
   */
  migrateChat(fromChatId: number, toChatId: number, now: Date): boolean {
    return this.db.transaction(() => {
      const from = this.subscription(fromChatId);
      if (!from) return false;
      const stamp = now.toISOString();
      if (this.subscription(toChatId)) {
        this.db
          .prepare(`UPDATE subscriptions SET active = 0, inactive_reason = 'migrated', updated_at = ? WHERE chat_id = ?`)
          .run(stamp, fromChatId);
      } else {
        this.db
          .prepare(`UPDATE subscriptions SET chat_id = ?, chat_type = 'supergroup', updated_at = ? WHERE chat_id = ?`)
          .run(toChatId, stamp, fromChatId);
      }
      this.db.prepare('UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?').run(toChatId, fromChatId);
      this.db.prepare('UPDATE OR IGNORE sent_documents SET chat_id = ? WHERE chat_id = ?').run(toChatId, fromChatId);
      this.db.prepare('DELETE FROM sent_documents WHERE chat_id = ?').run(fromChatId);
      return true;
    })();
  }

  /** Active subscriptions with the local day of their last planned digest. */
  activeSubscriptions(): ScheduledSubscription[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, (SELECT MAX(day) FROM deliveries d WHERE d.chat_id = s.chat_id) AS last_day
         FROM subscriptions s WHERE s.active = 1 ORDER BY s.chat_id`,
      )
      .all() as SubscriptionRow[];
    return rows.map((row) => ({ ...toSubscription(row), lastDay: row.last_day ?? null }));
  }

  /** Count subscriptions by state. */
  counts(): { active: number; inactive: number } {
    const row = this.db
      .prepare('SELECT SUM(active = 1) AS active, SUM(active = 0) AS inactive FROM subscriptions')
      .get() as { active: number | null; inactive: number | null };
    return { active: row.active ?? 0, inactive: row.inactive ?? 0 };
  }

  /**
   * Record the archive's documents, keeping the first time each id was seen; returns the
   * first-seen instant of every document.
   */
  syncArchive(documents: readonly { id: string; hash: string }[], now: Date): Map<string, Date> {
    const insert = this.db.prepare(
      'INSERT INTO archive_documents (doc_id, hash, first_seen_at) VALUES (?, ?, ?) ON CONFLICT (doc_id) DO UPDATE SET hash = excluded.hash',
    );
    const stamp = now.toISOString();
    this.db.transaction(() => {
      for (const d of documents) insert.run(d.id, d.hash, stamp);
    })();
    const rows = this.db.prepare('SELECT doc_id, first_seen_at FROM archive_documents').all() as {
      doc_id: string;
      first_seen_at: string;
    }[];
    return new Map(rows.map((r) => [r.doc_id, new Date(r.first_seen_at)]));
  }

  /** Ids of the documents a chat has been sent. */
  sentDocuments(chatId: number): Set<string> {
    const rows = this.db.prepare('SELECT doc_id FROM sent_documents WHERE chat_id = ?').all(chatId) as { doc_id: string }[];
    return new Set(rows.map((r) => r.doc_id));
  }

  /** When the chat's last non-empty digest was planned, or null before the first. */
  lastDigestAt(chatId: number): Date | null {
    const row = this.db
      .prepare(`SELECT MAX(created_at) AS at FROM deliveries WHERE chat_id = ? AND status IN ('pending', 'sent')`)
      .get(chatId) as { at: string | null };
    return row.at ? new Date(row.at) : null;
  }

  /**
   * Plan a chat's digest for a local day: the delivery and its messages in one transaction.
   * With no parts the day is recorded as `empty`. Returns the delivery, or null when the
   * day already has one (so planning twice never sends twice).
   */
  planDelivery(input: { chatId: number; day: string; parts: PlannedPart[]; now: Date }): Delivery | null {
    return this.db.transaction(() => {
      const status: DeliveryStatus = input.parts.length === 0 ? 'empty' : 'pending';
      const result = this.db
        .prepare('INSERT OR IGNORE INTO deliveries (chat_id, day, status, created_at) VALUES (?, ?, ?, ?)')
        .run(input.chatId, input.day, status, input.now.toISOString());
      if (result.changes === 0) return null;
      const id = Number(result.lastInsertRowid);
      const insert = this.db.prepare(
        `INSERT INTO delivery_messages (delivery_id, part, html, doc_ids, status) VALUES (?, ?, ?, ?, 'queued')`,
      );
      input.parts.forEach((p, i) => insert.run(id, i, p.html, JSON.stringify(p.docIds)));
      return this.delivery(id);
    })();
  }

  /** A delivery by id. */
  delivery(id: number): Delivery | null {
    const row = this.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
    return row ? toDelivery(row) : null;
  }

  /** A chat's delivery for a local day, or null. */
  deliveryFor(chatId: number, day: string): Delivery | null {
    const row = this.db.prepare('SELECT * FROM deliveries WHERE chat_id = ? AND day = ?').get(chatId, day) as
      | DeliveryRow
      | undefined;
    return row ? toDelivery(row) : null;
  }

  /** Every delivery of a chat, oldest day first. */
  deliveriesOf(chatId: number): Delivery[] {
    const rows = this.db.prepare('SELECT * FROM deliveries WHERE chat_id = ? ORDER BY day').all(chatId) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  /** Messages planned but not confirmed sent, in planning order (parts of a delivery in order). */
  openMessages(): OpenMessage[] {
    const rows = this.db
      .prepare(
        `SELECT m.id, m.delivery_id, d.chat_id, d.day, m.part, m.html, m.doc_ids, m.status, m.attempts
         FROM delivery_messages m JOIN deliveries d ON d.id = m.delivery_id
         WHERE m.status IN ('queued', 'sending') ORDER BY m.delivery_id, m.part`,
      )
      .all() as MessageRow[];
    return rows.map((r) => ({
      id: r.id,
      deliveryId: r.delivery_id,
      chatId: r.chat_id,
      day: r.day,
      part: r.part,
      html: r.html,
      docIds: JSON.parse(r.doc_ids) as string[],
      status: r.status,
      attempts: r.attempts,
    }));
  }

  /** The chat a delivery currently belongs to (it changes when a group migrates). */
  chatOfDelivery(deliveryId: number): number | null {
    const row = this.db.prepare('SELECT chat_id FROM deliveries WHERE id = ?').get(deliveryId) as { chat_id: number } | undefined;
    return row?.chat_id ?? null;
  }

  /** Mark a message as being sent, committed before the network call. */
  claimMessage(messageId: number): void {
    this.db.prepare(`UPDATE delivery_messages SET status = 'sending', attempts = attempts + 1 WHERE id = ?`).run(messageId);
  }

  /** Put a claimed message back in the queue (it was certainly not delivered, or will be retried later). */
  releaseMessage(messageId: number, error: string | null): void {
    this.db.prepare(`UPDATE delivery_messages SET status = 'queued', error = ? WHERE id = ?`).run(error, messageId);
  }

  /**
   * Record a message as sent with Telegram's message id, the documents it carried as sent
   * to the chat, and — when it was the last part — the delivery as sent.
   */
  markSent(messageId: number, telegramMessageId: number, now: Date): void {
    const stamp = now.toISOString();
    this.db.transaction(() => {
      const msg = this.db
        .prepare('SELECT m.delivery_id, m.doc_ids, d.chat_id FROM delivery_messages m JOIN deliveries d ON d.id = m.delivery_id WHERE m.id = ?')
        .get(messageId) as { delivery_id: number; doc_ids: string; chat_id: number } | undefined;
      if (!msg) throw new StoreError(`no digest message ${messageId}`);
      this.db
        .prepare(`UPDATE delivery_messages SET status = 'sent', message_id = ?, sent_at = ?, error = NULL WHERE id = ?`)
        .run(telegramMessageId, stamp, messageId);
      const insert = this.db.prepare('INSERT OR IGNORE INTO sent_documents (chat_id, doc_id, sent_at) VALUES (?, ?, ?)');
      for (const docId of JSON.parse(msg.doc_ids) as string[]) insert.run(msg.chat_id, docId, stamp);
      const open = this.db
        .prepare(`SELECT COUNT(*) AS n FROM delivery_messages WHERE delivery_id = ? AND status != 'sent'`)
        .get(msg.delivery_id) as { n: number };
      if (open.n === 0) {
        const ids = this.db
          .prepare('SELECT message_id FROM delivery_messages WHERE delivery_id = ? ORDER BY part')
          .all(msg.delivery_id) as { message_id: number }[];
        this.db
          .prepare(`UPDATE deliveries SET status = 'sent', sent_at = ?, message_ids = ? WHERE id = ?`)
          .run(stamp, JSON.stringify(ids.map((r) => r.message_id)), msg.delivery_id);
      }
    })();
  }

  /** Record a delivery as failed: the message that failed, and the parts after it skipped. */
  failDelivery(deliveryId: number, messageId: number, error: string): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE delivery_messages SET status = 'failed', error = ? WHERE id = ?`).run(error, messageId);
      this.db
        .prepare(`UPDATE delivery_messages SET status = 'skipped' WHERE delivery_id = ? AND status IN ('queued', 'sending')`)
        .run(deliveryId);
      this.db.prepare(`UPDATE deliveries SET status = 'failed', error = ? WHERE id = ?`).run(error, deliveryId);
    })();
  }

  /**
   * Take the sending lease so only one process sends digests at a time. Succeeds when the
   * lease is free, expired, already ours, or held by a process on this host that no longer
   * runs (a crashed sender is taken over at once, without waiting for expiry).
   */
  acquireLease(lease: LeaseInput): boolean {
    return this.db
      .transaction(() => {
        const row = this.db.prepare(`SELECT owner, pid, host, expires_at FROM sender_lease WHERE name = 'digest'`).get() as
          | { owner: string; pid: number; host: string; expires_at: string }
          | undefined;
        const free =
          !row ||
          row.owner === lease.owner ||
          new Date(row.expires_at).getTime() <= lease.now.getTime() ||
          (row.host === lease.host && !lease.isAlive(row.pid));
        if (!free) return false;
        this.db
          .prepare(
            `INSERT INTO sender_lease (name, owner, pid, host, expires_at) VALUES ('digest', ?, ?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host, expires_at = excluded.expires_at`,
          )
          .run(lease.owner, lease.pid, lease.host, new Date(lease.now.getTime() + lease.ttlMs).toISOString());
        return true;
      })
      .immediate();
  }

  /** Extend our lease; false when another process has taken it. */
  renewLease(owner: string, now: Date, ttlMs: number): boolean {
    const result = this.db
      .prepare(`UPDATE sender_lease SET expires_at = ? WHERE name = 'digest' AND owner = ?`)
      .run(new Date(now.getTime() + ttlMs).toISOString(), owner);
    return result.changes > 0;
  }

  /** Give up our lease. */
  releaseLease(owner: string): void {
    this.db.prepare(`DELETE FROM sender_lease WHERE name = 'digest' AND owner = ?`).run(owner);
  }

  /**
   * Log a question for the curator's statistics: when, its normalised text and whether it
   * was answered, never who asked. Entries older than {@link QUESTION_RETENTION_DAYS} days
   * are pruned in the same step.
   */
  logQuestion(entry: { question: string; answered: boolean; at: Date }): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO questions (asked_at, question, answered) VALUES (?, ?, ?)')
        .run(entry.at.toISOString(), entry.question, entry.answered ? 1 : 0);
      this.pruneQuestions(entry.at);
    })();
  }

  /** Delete logged questions older than {@link QUESTION_RETENTION_DAYS} days before `now`; returns how many. */
  pruneQuestions(now: Date): number {
    const cutoff = new Date(now.getTime() - QUESTION_RETENTION_DAYS * 86_400_000).toISOString();
    return this.db.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes;
  }

  /** Questions answered and abstained on since an instant. */
  questionCounts(since: Date): { answered: number; abstained: number } {
    const row = this.db
      .prepare('SELECT SUM(answered = 1) AS answered, SUM(answered = 0) AS abstained FROM questions WHERE asked_at >= ?')
      .get(since.toISOString()) as { answered: number | null; abstained: number | null };
    return { answered: row.answered ?? 0, abstained: row.abstained ?? 0 };
  }

  /** The most frequent unanswered questions since an instant, most asked (then most recent) first. */
  unansweredQuestions(since: Date, limit: number): { question: string; count: number; lastAskedAt: Date }[] {
    const rows = this.db
      .prepare(
        `SELECT question, COUNT(*) AS n, MAX(asked_at) AS last FROM questions
         WHERE answered = 0 AND asked_at >= ? GROUP BY question ORDER BY n DESC, last DESC, question LIMIT ?`,
      )
      .all(since.toISOString(), limit) as { question: string; n: number; last: string }[];
    return rows.map((r) => ({ question: r.question, count: r.n, lastAskedAt: new Date(r.last) }));
  }

  /** Totals of digest messages by status (for reports and tests). */
  messageCounts(): Record<string, number> {
    const rows = this.db.prepare('SELECT status, COUNT(*) AS n FROM delivery_messages GROUP BY status').all() as {
      status: string;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
