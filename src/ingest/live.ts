/**
 * Keeping a running bot's knowledge fresh: a {@link KnowledgeWatcher} on the knowledge
 * folder and, when feeds are configured, a {@link FeedPoller} whose new documents are
 * reloaded at once (not only when the watcher notices them).
 */
import type { Logger } from '../log.ts';
import { FeedPoller } from './feeds.ts';
import { KnowledgeWatcher, type ReloadableEngine, type ReloadOutcome } from './watch.ts';

/** Options of {@link createLiveKnowledge}. */
export interface LiveKnowledgeOptions {
  /** Knowledge folder the engine was loaded from. */
  dir: string;
  engine: ReloadableEngine;
  logger: Logger;
  /** Feed URLs to poll (none: no poller). */
  feeds: readonly string[];
  /** Minutes between polls of a feed. */
  feedIntervalMinutes: number;
  /** Passed to the watcher (tests use polling). */
  watch?: { debounceMs?: number; pollMs?: number };
  /** Passed to the feed poller (tests shorten the back-off and timeouts). */
  poller?: { retryBaseMs?: number; maxBackoffMs?: number; fetchTimeoutMs?: number };
}

/** The running watcher and poller, and the tools the curator commands use. */
export interface LiveKnowledge {
  /** Begin watching and polling. */
  start(): void;
  /** Stop both, waiting for an ingest in progress to finish. */
  stop(): Promise<void>;
  /** Read the knowledge folder again now. */
  reload(): ReloadOutcome;
  /** Passages currently answered from. */
  passages(): number;
  readonly watcher: KnowledgeWatcher;
  readonly poller: FeedPoller | null;
}

/** Set up live reload and feed polling for a running bot; call `start()` once it polls. */
export function createLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledge {
  const { dir, engine, logger } = options;
  const watcher = new KnowledgeWatcher({ dir, engine, logger, ...options.watch });
  const poller =
    options.feeds.length === 0
      ? null
      : new FeedPoller({
          feeds: options.feeds,
          intervalMs: Math.round(options.feedIntervalMinutes * 60_000),
          knowledgeDir: dir,
          logger,
          onChange: () => {
            watcher.reload('feed');
          },
          retryBaseMs: options.poller?.retryBaseMs,
          maxBackoffMs: options.poller?.maxBackoffMs,
          fetch: options.poller?.fetchTimeoutMs ? { timeoutMs: options.poller.fetchTimeoutMs } : undefined,
        });
  return {
    watcher,
    poller,
    start() {
      watcher.start();
      poller?.start();
    },
    async stop() {
      await poller?.stop();
      watcher.close();
    },
    reload: () => watcher.reload('command'),
    passages: () => engine.knowledge.passages.length,
  };
}
