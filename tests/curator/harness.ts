/**
 * Runs the real bot (createBot + runner long polling) against the Bot API stand-in with a
 * question-log store, a knowledge folder of its own, live reload and feed polling — as
 * `elshi bot` wires them — for the curator and live-knowledge tests.
 */
import { cpSync } from 'node:fs';
import { createBot } from '../../src/bot/bot.ts';
import { startPolling } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config.ts';
import { Store } from '../../src/digest/store.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/ingest/live.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/log.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import { tempDir, type TempDir } from '../support/tmp.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

/** A running bot with live knowledge. */
export interface LiveHarness {
  stub: TelegramStub;
  engine: AnswerEngine;
  store: Store;
  live: LiveKnowledge;
  /** The bot's own copy of the seed knowledge folder. */
  kb: TempDir;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Start the bot over a fresh copy of the seeds. `env` adds configuration (ADMIN_IDS, FEEDS, FEED_INTERVAL). */
export async function startLive(env: Record<string, string> = {}, now?: () => Date): Promise<LiveHarness> {
  const kb = tempDir();
  cpSync('knowledge', kb.path, { recursive: true });
  const stub = new TelegramStub();
  const apiRoot = await stub.start();
  const config = loadConfig({ BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: 'debug', KNOWLEDGE_DIR: kb.path, ...env });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const engine = AnswerEngine.create(loadKnowledge(kb.path));
  const store = Store.open({ path: ':memory:' });
  const live = createLiveKnowledge({
    dir: kb.path,
    engine,
    logger,
    feeds: config.feeds,
    feedIntervalMinutes: config.feedIntervalMinutes,
    watch: { debounceMs: 100 },
    poller: { retryBaseMs: 200, maxBackoffMs: 1_000, fetchTimeoutMs: 2_000 },
  });
  const bot = createBot({ config, engine, logger, store, curator: live, ...(now ? { now } : {}), rateLimit: { timeFrame: 1_000, limit: 100 } });
  const polling = await startPolling(bot, { logger });
  live.start();
  return {
    stub,
    engine,
    store,
    live,
    kb,
    logs,
    async stop() {
      await live.stop();
      await polling.stop();
      await stub.stop();
      store.close();
      kb.cleanup();
    },
  };
}
