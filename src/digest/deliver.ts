import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../log.ts';
import type { OpenMessage, Store } from './store.ts';
import { TransportError, type Transport } from './transport.ts';

/** Time source and waiting, injected so tests run without real time passing. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Wait this many milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** How much timer lateness pacing absorbs without widening the gaps between messages. */
const PACE_SLACK_MS = 5;

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Options of {@link DigestSender}. */
export interface SenderOptions {
  store: Store;
  transport: Transport;
  logger: Logger;
  clock?: Clock;
  /** Messages per second overall, evenly paced (default 30, Telegram's limit). */
  ratePerSecond?: number;
  /**
   * Most messages in any one second (default 30), counted from when earlier sends were
   * answered, so even requests that reach Telegram bunched up stay within its limit.
   */
  windowLimit?: number;
  /** Least time between two messages to one private chat (default 1 s). */
  chatIntervalMs?: number;
  /** Least time between two messages to one group (default 3 s: 20 a minute). */
  groupIntervalMs?: number;
  /** Send attempts of a message before a transient failure is left for the next pass (default 5). */
  maxAttempts?: number;
  /** How long the sending lease lasts without renewal (default 60 s). */
  leaseMs?: number;
  /** Whether a process on this host still runs (default: signal 0). */
  isAlive?: (pid: number) => boolean;
}

/** What one drain did. */
export interface SendReport {
  /** Messages confirmed sent. */
  sent: number;
  /** Deliveries given up (rejected messages, blocked or missing chats). */
  failed: number;
  /** Chats whose subscription was deactivated (blocked, kicked, not found). */
  deactivated: number;
  /** Groups moved to their supergroup id. */
  migrated: number;
  /** 429 answers waited out. */
  floodWaits: number;
  /** Messages left queued after transient failures, for the next pass. */
  deferred: number;
  /** Messages found `sending` from an interrupted run and sent again. */
  resumed: number;
  /** False when another process held the sending lease and nothing was sent. */
  leased: boolean;
}

/**
 * What to do after one send: move to the delivery's next message, send the same again,
 * give up the delivery or every delivery of the chat; optionally pause all sending or this chat.
 */
interface Outcome {
  next: 'advance' | 'retry' | 'drop' | 'drop-chat';
  pauseMs?: number;
  chatPauseMs?: number;
}

/** A delivery's remaining messages, in part order. */
interface Lane {
  deliveryId: number;
  chatId: number;
  messages: OpenMessage[];
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Sends planned digest messages within Telegram's limits: evenly paced under the overall
 * rate, at most one message a second per chat (slower in groups), waiting out 429
 * `retry_after`. Each message is claimed (`sending`) in the store before the network call
 * and marked `sent` right after, one at a time, so a crash repeats at most the one
 * message in flight. Blocked and missing chats are deactivated; migrated groups are moved
 * and delivered to their new id; other failures never stop the others.
 */
export class DigestSender {
  private readonly store: Store;
  private readonly transport: Transport;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly intervalMs: number;
  private readonly windowLimit: number;
  private readonly chatIntervalMs: number;
  private readonly groupIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly isAlive: (pid: number) => boolean;
  private readonly owner = randomUUID();

  constructor(options: SenderOptions) {
    this.store = options.store;
    this.transport = options.transport;
    this.logger = options.logger;
    this.clock = options.clock ?? systemClock;
    this.intervalMs = 1000 / (options.ratePerSecond ?? 30);
    this.windowLimit = options.windowLimit ?? 30;
    this.chatIntervalMs = options.chatIntervalMs ?? 1000;
    this.groupIntervalMs = options.groupIntervalMs ?? 3000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.isAlive = options.isAlive ?? processAlive;
  }

  /** Take the sending lease, waiting up to `waitMs` for another process to finish. */
  async acquire(waitMs = 0): Promise<boolean> {
    const deadline = this.clock.now() + waitMs;
    for (;;) {
      const ok = this.store.acquireLease({
        owner: this.owner,
        pid: process.pid,
        host: hostname(),
        now: new Date(this.clock.now()),
        ttlMs: this.leaseMs,
        isAlive: this.isAlive,
      });
      if (ok || this.clock.now() >= deadline) return ok;
      await this.clock.sleep(1000);
    }
  }

  /**
   * Send every open message (planned earlier, or interrupted by a crash). Returns what
   * happened; with `waitForLeaseMs`, waits that long for another sender to finish first.
   * An aborted `signal` stops between messages (the rest stay queued for the next pass).
   */
  async drain(options: { waitForLeaseMs?: number; signal?: AbortSignal } = {}): Promise<SendReport> {
    const report: SendReport = { sent: 0, failed: 0, deactivated: 0, migrated: 0, floodWaits: 0, deferred: 0, resumed: 0, leased: true };
    if (!(await this.acquire(options.waitForLeaseMs ?? 0))) {
      report.leased = false;
      this.logger.info('digest.lease_busy', {});
      return report;
    }
    try {
      await this.run(report, options.signal);
    } finally {
      this.store.releaseLease(this.owner);
    }
    return report;
  }

  private async run(report: SendReport, signal: AbortSignal | undefined): Promise<void> {
    const lanes = new Map<number, Lane>();
    for (const m of this.store.openMessages()) {
      const lane = lanes.get(m.deliveryId) ?? { deliveryId: m.deliveryId, chatId: m.chatId, messages: [] };
      lane.messages.push(m);
      lanes.set(m.deliveryId, lane);
    }
    const chatReadyAt = new Map<number, number>();
    let nextSendAt = 0;
    /** When the last `windowLimit` sends were answered, oldest first. */
    const answered: number[] = [];
    let leaseRenewedAt = this.clock.now();
    while (lanes.size > 0) {
      if (signal?.aborted) {
        this.logger.info('digest.send_stopped', { remaining: lanes.size });
        return;
      }
      const now = this.clock.now();
      let lane: Lane | undefined;
      let earliest = Infinity;
      for (const candidate of lanes.values()) {
        const ready = chatReadyAt.get(candidate.chatId) ?? 0;
        if (ready <= now) {
          lane = candidate;
          break;
        }
        earliest = Math.min(earliest, ready);
      }
      if (!lane) {
        await this.clock.sleep(earliest - now);
        continue;
      }
      if (!this.store.subscription(lane.chatId)?.active) {
        // Unsubscribed, blocked or removed since the digest was planned: not sent.
        this.store.failDelivery(lane.deliveryId, lane.messages[0]!.id, 'subscription no longer active');
        this.logger.info('digest.skipped_inactive', { chatId: lane.chatId, day: lane.messages[0]!.day });
        lanes.delete(lane.deliveryId);
        continue;
      }
      if (nextSendAt > now) {
        await this.clock.sleep(nextSendAt - now);
        continue;
      }
      // A message may start only once the send `windowLimit` places back was answered over a second ago.
      const windowOpensAt = answered.length >= this.windowLimit ? answered[answered.length - this.windowLimit]! + 1001 : 0;
      if (windowOpensAt > now) {
        await this.clock.sleep(windowOpensAt - now);
        continue;
      }
      if (now - leaseRenewedAt > this.leaseMs / 3) {
        if (!this.store.renewLease(this.owner, new Date(now), this.leaseMs)) {
          this.logger.warn('digest.lease_lost', {});
          return;
        }
        leaseRenewedAt = now;
      }
      const message = lane.messages[0]!;
      // Keep an even grid (timer lateness is not added to every gap), but never catch up
      // on lost time with a burst: at most a few milliseconds of slack.
      nextSendAt = Math.max(nextSendAt + this.intervalMs, now + this.intervalMs - PACE_SLACK_MS);
      chatReadyAt.set(lane.chatId, now + (lane.chatId < 0 ? this.groupIntervalMs : this.chatIntervalMs));
      const outcome = await this.sendOne(lane, message, report);
      answered.push(this.clock.now());
      if (answered.length > this.windowLimit) answered.shift();
      if (outcome.next === 'advance') lane.messages.shift();
      if (outcome.next === 'drop' || lane.messages.length === 0) lanes.delete(lane.deliveryId);
      if (outcome.next === 'drop-chat') {
        lanes.delete(lane.deliveryId);
        for (const [id, other] of lanes) {
          if (other.chatId !== lane.chatId) continue;
          this.store.failDelivery(id, other.messages[0]!.id, 'chat unavailable');
          lanes.delete(id);
        }
      }
      if (outcome.pauseMs) nextSendAt = Math.max(nextSendAt, this.clock.now() + outcome.pauseMs);
      if (outcome.chatPauseMs) chatReadyAt.set(lane.chatId, this.clock.now() + outcome.chatPauseMs);
    }
  }

  /** Send one message and record the outcome in the store. */
  private async sendOne(lane: Lane, message: OpenMessage, report: SendReport): Promise<Outcome> {
    const fields = { chatId: lane.chatId, day: message.day, part: message.part };
    if (message.status === 'sending') {
      report.resumed += 1;
      this.logger.warn('digest.resend_in_flight', fields);
      message.status = 'queued';
    }
    this.store.claimMessage(message.id);
    message.attempts += 1;
    try {
      const { messageId } = await this.transport.sendMessage(lane.chatId, message.html, { parseMode: 'HTML', disableLinkPreview: true });
      this.store.markSent(message.id, messageId, new Date(this.clock.now()));
      report.sent += 1;
      this.logger.info('digest.sent', { ...fields, messageId });
      return { next: 'advance' };
    } catch (error) {
      if (!(error instanceof TransportError)) {
        this.store.releaseMessage(message.id, String(error));
        throw error;
      }
      return this.onFailure(lane, message, error, report, fields);
    }
  }

  private onFailure(
    lane: Lane,
    message: OpenMessage,
    error: TransportError,
    report: SendReport,
    fields: Record<string, unknown>,
  ): Outcome {
    const now = new Date(this.clock.now());
    const details = { ...fields, code: error.code, error: error.message };
    switch (error.kind) {
      case 'flood':
        this.store.releaseMessage(message.id, error.message);
        message.attempts -= 1;
        report.floodWaits += 1;
        this.logger.warn('digest.flood_wait', { ...details, retryAfter: error.retryAfter ?? 1 });
        return { next: 'retry', pauseMs: (error.retryAfter ?? 1) * 1000 };
      case 'migrated': {
        const to = error.migrateToChatId!;
        this.store.releaseMessage(message.id, error.message);
        message.attempts -= 1;
        this.store.migrateChat(lane.chatId, to, now);
        const moved = this.store.chatOfDelivery(lane.deliveryId);
        this.logger.info('digest.chat_migrated', { ...details, to });
        if (moved !== to) {
          this.store.failDelivery(lane.deliveryId, message.id, `migrated to ${to}, which already has a delivery today`);
          return { next: 'drop' };
        }
        report.migrated += 1;
        lane.chatId = to;
        return { next: 'retry' };
      }
      case 'blocked':
      case 'not_found': {
        const reason = error.kind === 'blocked' ? 'blocked' : 'chat not found';
        this.store.failDelivery(lane.deliveryId, message.id, error.message);
        if (this.store.deactivate(lane.chatId, reason, now)) report.deactivated += 1;
        report.failed += 1;
        this.logger.warn('digest.chat_deactivated', { ...details, reason });
        return { next: 'drop-chat' };
      }
      case 'rejected':
        this.store.failDelivery(lane.deliveryId, message.id, error.message);
        report.failed += 1;
        this.logger.error('digest.rejected', details);
        return { next: 'drop' };
      case 'transient':
        this.store.releaseMessage(message.id, error.message);
        if (message.attempts >= this.maxAttempts) {
          report.deferred += 1;
          this.logger.warn('digest.deferred', { ...details, attempts: message.attempts });
          return { next: 'drop' };
        }
        this.logger.warn('digest.retry', { ...details, attempts: message.attempts });
        return { next: 'retry', chatPauseMs: Math.min(60_000, 1000 * 2 ** message.attempts) };
    }
  }
}
