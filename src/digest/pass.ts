import type { Logger } from '../log.ts';
import type { KnowledgeDocument } from '../knowledge/types.ts';
import {
  TopicFilter,
  digestItems,
  renderDigest,
  selectNewDocuments,
  type DigestItem,
  type DigestMessage,
  type DigestSource,
} from './compose.ts';
import type { DigestSender, SendReport } from './deliver.ts';
import { dueDay, localDay } from './schedule.ts';
import type { Store, Subscription } from './store.ts';

/** A chat's digest for one day, composed but not recorded. */
export interface ComposedDigest {
  day: string;
  topic: string | null;
  items: DigestItem[];
  messages: DigestMessage[];
}

/** Options of {@link composeDigest}. */
export interface ComposeOptions {
  store: Store;
  source: DigestSource;
  /** The subscription to compose for; null composes what a new subscriber would get. */
  subscription: Pick<Subscription, 'chatId' | 'topic'> | null;
  /** The digest's local day. */
  day: string;
  /** When the archive first had each document (from {@link Store.syncArchive}). */
  firstSeen: ReadonlyMap<string, Date>;
  /** Only documents dated on or before this day (for previews of past days). */
  until?: string;
  /** Most documents in a first digest. */
  firstLimit?: number;
  /** Documents and sentences shared by a whole pass (computed once). */
  cache?: ComposeCache;
}

/** Per-pass memo of the engine's documents, key sentences and topic filters. */
export interface ComposeCache {
  documents?: KnowledgeDocument[];
  items: Map<string, DigestItem>;
  topics: Map<string, TopicFilter>;
}

/** A fresh {@link ComposeCache}. */
export function composeCache(): ComposeCache {
  return { items: new Map(), topics: new Map() };
}

/** Compose a chat's digest for a day from what is new to it, without recording anything. */
export function composeDigest(options: ComposeOptions): ComposedDigest {
  const cache = options.cache ?? composeCache();
  cache.documents ??= options.source.documents();
  const sub = options.subscription;
  const topicText = sub?.topic?.trim() || null;
  let topic: TopicFilter | null = null;
  if (topicText) {
    topic = cache.topics.get(topicText) ?? new TopicFilter(topicText, options.source);
    cache.topics.set(topicText, topic);
  }
  const documents = options.until ? cache.documents.filter((d) => d.date <= options.until!) : cache.documents;
  const chosen = selectNewDocuments({
    documents,
    sent: sub ? options.store.sentDocuments(sub.chatId) : new Set(),
    lastDigestAt: sub ? options.store.lastDigestAt(sub.chatId) : null,
    firstSeen: options.firstSeen,
    topic,
    firstLimit: options.firstLimit,
  });
  const items = chosen.map((doc) => {
    let item = cache.items.get(doc.id);
    if (!item) {
      item = digestItems(options.source, [doc])[0]!;
      cache.items.set(doc.id, item);
    }
    return item;
  });
  return { day: options.day, topic: topicText, items, messages: renderDigest(items, { day: options.day, topic: topicText }) };
}

/** Options of {@link planDigests}. */
export interface PlanOptions {
  store: Store;
  source: DigestSource;
  logger: Logger;
  now: Date;
  /** Plan for every active subscriber, due or not (still at most one digest per local day). */
  all?: boolean;
  firstLimit?: number;
}

/** What planning did. */
export interface PlanReport {
  /** Subscribers due (or all active ones with `all`) without a digest today. */
  due: number;
  /** Digests planned with at least one message. */
  planned: number;
  /** Subscribers with nothing new (recorded, nothing sent). */
  empty: number;
  /** Subscribers whose digest could not be composed or recorded (logged; tried again next pass). */
  errors: number;
}

/**
 * Plan the digests due at `now`: for each active subscription whose local digest time has
 * passed today (any time today with `all`) and that has no digest for that local day,
 * compose what is new to it and record the delivery with its messages.
 */
export function planDigests(options: PlanOptions): PlanReport {
  const { store, now } = options;
  const report: PlanReport = { due: 0, planned: 0, empty: 0, errors: 0 };
  const firstSeen = store.syncArchive(options.source.documents(), now);
  const cache = composeCache();
  for (const sub of store.activeSubscriptions()) {
    const day = options.all
      ? sub.lastDay !== null && sub.lastDay >= localDay(now, sub.timezone)
        ? null
        : localDay(now, sub.timezone)
      : dueDay({ time: sub.time, timezone: sub.timezone, activeSince: sub.activeSince, lastDay: sub.lastDay }, now);
    if (day === null) continue;
    report.due += 1;
    let delivery;
    let digest: ComposedDigest;
    try {
      digest = composeDigest({ store, source: options.source, subscription: sub, day, firstSeen, cache, firstLimit: options.firstLimit });
      delivery = store.planDelivery({ chatId: sub.chatId, day, parts: digest.messages, now });
    } catch (error) {
      // One subscriber's problem never holds up the others; it is retried on the next tick.
      report.errors += 1;
      options.logger.error('digest.plan_failed', { chatId: sub.chatId, day, error });
      continue;
    }
    if (!delivery) continue;
    if (digest.messages.length === 0) {
      report.empty += 1;
      options.logger.info('digest.nothing_new', { chatId: sub.chatId, day });
    } else {
      report.planned += 1;
      options.logger.info('digest.planned', { chatId: sub.chatId, day, items: digest.items.length, messages: digest.messages.length });
    }
  }
  return report;
}

/** What one delivery pass did. */
export interface PassReport extends PlanReport {
  send: SendReport;
}

/** Options of {@link runPass}. */
export interface PassOptions extends PlanOptions {
  sender: DigestSender;
  /** Wait this long for another sending process to finish (default 0: skip if busy). */
  waitForLeaseMs?: number;
  /** Stops sending between messages (what is left stays queued). */
  signal?: AbortSignal;
}

/** One delivery pass: plan what is due, then send every open message (including leftovers). */
export async function runPass(options: PassOptions): Promise<PassReport> {
  const plan = planDigests(options);
  const send = await options.sender.drain({ waitForLeaseMs: options.waitForLeaseMs, signal: options.signal });
  options.logger.info('digest.pass', { ...plan, ...send });
  return { ...plan, send };
}
