/**
 * The feed poller of the running bot: every feed in `FEEDS` is read every `FEED_INTERVAL`;
 * items whose URL is not yet in the archive are fetched and ingested (the item's date is the
 * document's date). A feed that fails is retried with exponential back-off and logged; no
 * failure of a feed, a page or an ingest ever escapes the poller.
 */
import type { Logger } from '../log.ts';
import { readLibrary, sameUrl } from './dedup.ts';
import { IngestError } from './errors.ts';
import { parseFeed, type FeedItem } from './feed-parse.ts';
import { fetchText, type FetchOptions } from './fetch.ts';
import { ingestContent, type IngestResult } from './ingest.ts';

export { parseFeed, type Feed, type FeedItem } from './feed-parse.ts';

/** Options of {@link FeedPoller}. */
export interface FeedPollerOptions {
  /** Feed URLs (RSS or Atom). */
  feeds: readonly string[];
  /** Milliseconds between two polls of a healthy feed. */
  intervalMs: number;
  /** Knowledge folder new documents are written to. */
  knowledgeDir: string;
  logger: Logger;
  /** Told after a poll that added or replaced documents (the bot reloads its knowledge here). */
  onChange?: (results: IngestResult[]) => void | Promise<void>;
  /** Timeout, fetch implementation and size limit of every request. */
  fetch?: Omit<FetchOptions, 'signal'>;
  /** First retry delay of a failing feed, doubled on each further failure (default 1 min). */
  retryBaseMs?: number;
  /** Longest retry delay (default 6 h). */
  maxBackoffMs?: number;
  /** Fetch attempts for one item's page before it is given up until restart (default 3). */
  itemAttempts?: number;
}

/** What one poll of one feed did. */
export interface FeedPollResult {
  feed: string;
  ok: boolean;
  /** Items in the feed. */
  items: number;
  results: IngestResult[];
  /** Items whose page could not be fetched or ingested this time. */
  failed: number;
  error?: string;
}

/** Per-feed state of one poller. */
interface FeedState {
  failures: number;
  timer: NodeJS.Timeout | null;
  /** Item links already handled (ingested, duplicate, or given up). */
  seen: Set<string>;
  itemFailures: Map<string, number>;
}

/** Back-off delay after `failures` consecutive failures. */
export function backoffDelay(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
}

/** Polls feeds on a schedule; see the module comment. `start()` to begin, `stop()` on shutdown. */
export class FeedPoller {
  private readonly options: FeedPollerOptions;
  private readonly states = new Map<string, FeedState>();
  private readonly abort = new AbortController();
  /** Polls run one after another, so two items never race for a file name. */
  private queue: Promise<unknown> = Promise.resolve();
  private running = false;

  constructor(options: FeedPollerOptions) {
    this.options = options;
    for (const feed of options.feeds) this.states.set(feed, { failures: 0, timer: null, seen: new Set(), itemFailures: new Map() });
  }

  /** Poll every feed now, then each on its own schedule. */
  start(): void {
    if (this.running || this.abort.signal.aborted) return;
    this.running = true;
    for (const feed of this.states.keys()) this.schedule(feed, 0);
    if (this.states.size > 0) this.options.logger.info('feeds_started', { feeds: this.states.size, interval_ms: this.options.intervalMs });
  }

  /** Stop polling: cancel timers and requests in flight, and wait for the current poll to end. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    await this.queue.catch(() => undefined);
  }

  private schedule(feed: string, delayMs: number): void {
    const state = this.states.get(feed)!;
    if (!this.running) return;
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.poll(feed).then((result) => {
        const delay = result.ok
          ? this.options.intervalMs
          : backoffDelay(state.failures, this.options.retryBaseMs ?? 60_000, this.options.maxBackoffMs ?? 6 * 3_600_000);
        if (!result.ok) this.options.logger.warn('feed_failed', { feed, attempt: state.failures, retry_in_ms: delay, error: result.error });
        this.schedule(feed, delay);
      });
    }, delayMs);
    state.timer.unref();
  }

  /** Poll one feed now (queued behind a poll in progress). Never throws. */
  poll(feed: string): Promise<FeedPollResult> {
    const run = this.queue.then(() => this.pollNow(feed));
    this.queue = run.catch(() => undefined);
    return run.catch((error: unknown) => ({ feed, ok: false, items: 0, results: [], failed: 0, error: String(error) }));
  }

  private async pollNow(feed: string): Promise<FeedPollResult> {
    const state = this.states.get(feed) ?? { failures: 0, timer: null, seen: new Set<string>(), itemFailures: new Map<string, number>() };
    this.states.set(feed, state);
    const { logger } = this.options;
    const signal = this.abort.signal;
    let items: FeedItem[];
    let feedTitle: string | null;
    try {
      const fetched = await fetchText(feed, { ...this.options.fetch, signal });
      const parsed = parseFeed(fetched.body, fetched.url);
      items = parsed.items;
      feedTitle = parsed.title;
      state.failures = 0;
    } catch (error) {
      state.failures += 1;
      return { feed, ok: false, items: 0, results: [], failed: 0, error: (error as Error).message };
    }
    const results: IngestResult[] = [];
    let failed = 0;
    const library = readLibrary(this.options.knowledgeDir);
    // Oldest first, so documents appear in the order they were published.
    for (const item of [...items].reverse()) {
      if (signal.aborted) break;
      if (state.seen.has(item.link)) continue;
      if (sameUrl(library, item.link)) {
        state.seen.add(item.link);
        continue;
      }
      try {
        const page = await fetchText(item.link, { ...this.options.fetch, signal });
        const result = ingestContent({
          knowledgeDir: this.options.knowledgeDir,
          content: page.body,
          contentType: page.contentType,
          overrides: { url: item.link, ...(item.date ? { date: item.date } : {}), ...(item.title ? { title: item.title } : {}) },
          fallback: feedTitle ? { source: feedTitle } : {},
        });
        state.seen.add(item.link);
        results.push(result);
        if (result.status === 'duplicate') {
          logger.info('feed_item_duplicate', { feed, url: item.link, matches: result.match.entry.id, reason: result.match.reason });
        } else {
          logger.info('feed_item_ingested', { feed, url: item.link, id: result.id, status: result.status, passages: result.passages });
        }
      } catch (error) {
        const attempts = (state.itemFailures.get(item.link) ?? 0) + 1;
        state.itemFailures.set(item.link, attempts);
        const retry = error instanceof IngestError && error.code === 'fetch_failed' && attempts < (this.options.itemAttempts ?? 3);
        if (!retry) state.seen.add(item.link);
        failed += 1;
        logger.warn('feed_item_failed', { feed, url: item.link, attempt: attempts, retry, error: (error as Error).message });
      }
    }
    const changed = results.filter((r) => r.status !== 'duplicate');
    logger.info('feed_polled', { feed, items: items.length, added: changed.length, duplicates: results.length - changed.length, failed });
    if (changed.length > 0 && this.options.onChange) {
      try {
        await this.options.onChange(changed);
      } catch (error) {
        logger.error('feed_change_handler_failed', { feed, error });
      }
    }
    return { feed, ok: true, items: items.length, results, failed };
  }
}
