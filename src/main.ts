/**
 * Entry point of the Telegram bot (`elshi bot`, `npm start`): loads the knowledge base,
 * builds the bot, registers its command menu and polls for updates until SIGINT/SIGTERM,
 * then finishes the answers in flight and exits. Configuration and knowledge errors are
 * reported by the CLI as one line per problem, never as a stack trace.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { GrammyError } from 'grammy';
import { pathToFileURL } from 'node:url';
import { createBot, registerCommands } from './bot/bot.ts';
import { startPolling } from './bot/run.ts';
import { createDigestScheduler } from './bot/digest.ts';
import { Store } from './digest/store.ts';
import { createLiveKnowledge } from './ingest/live.ts';
import type { Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { loadKnowledge } from './knowledge/load.ts';
import { openEngine } from './search/cache.ts';
import { WorkerEngine } from './search/worker-engine.ts';

/** Archives with more passages than this are searched in a worker thread. */
export const WORKER_ABOVE = 50_000;

/** Printed by `elshi bot` when BOT_TOKEN is not set. */
export const NO_TOKEN_HELP = `Elshi needs a Telegram bot token to run the bot, and BOT_TOKEN is not set.

  1. In Telegram, open a chat with @BotFather and send /newbot.
  2. Choose a name and a username ending in "bot"; BotFather replies with a token
     like 123456789:AAH…
  3. Put it in a file named .env in this folder:
         BOT_TOKEN=123456789:AAH…
  4. Run npm start again.

To try Elshi without Telegram, ask questions in the terminal: npx elshi chat
`;

/** Where the bot command writes (the CLI's Io). */
export interface BotIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Options of {@link runBot}. */
export interface RunBotOptions {
  config: Config;
  io: BotIo;
  /** Knowledge folder overriding the configuration. */
  knowledgeDir?: string;
  /** Logger (default: JSON lines on stderr at the configured level). */
  logger?: Logger;
  /** Stop when this signal aborts (default: on SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

/** Resolve when the signal aborts, or on SIGINT/SIGTERM when no signal is given. */
function untilStopped(signal: AbortSignal | undefined): Promise<string> {
  if (signal) {
    return new Promise((resolve) => (signal.aborted ? resolve('abort') : signal.addEventListener('abort', () => resolve('abort'), { once: true })));
  }
  return new Promise((resolve) => {
    const onSignal = (name: string) => () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(name);
    };
    const onInt = onSignal('SIGINT');
    const onTerm = onSignal('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

/** Run the bot until stopped; returns the process exit code. */
export async function runBot(options: RunBotOptions): Promise<number> {
  const { config, io } = options;
  if (!config.botToken) {
    io.err(NO_TOKEN_HELP);
    return 1;
  }
  const logger = options.logger ?? createLogger(config.logLevel);
  const knowledgeDir = options.knowledgeDir ?? config.knowledgeDir;
  const knowledge = loadKnowledge(knowledgeDir);
  // A large archive is searched in a worker thread so a slow question never stalls the bot.
  const engine =
    knowledge.passages.length > WORKER_ABOVE
      ? await WorkerEngine.start({ knowledge, source: { knowledgeDir }, cacheDir: config.cacheDir })
      : openEngine({ knowledge, cacheDir: config.cacheDir, onIndex: (e) => logger.info('index.ready', { cached: e.cached, ms: Math.round(e.ms) }) });
  const closeEngine = async (): Promise<void> => {
    if (engine instanceof WorkerEngine) await engine.close();
  };
  const store = Store.open({ path: config.databasePath });
  // Live reload of the knowledge folder and feed polling (src/ingest/live.ts), started once polling runs.
  const live = createLiveKnowledge({
    dir: options.knowledgeDir ?? config.knowledgeDir,
    engine,
    logger,
    feeds: config.feeds,
    feedIntervalMinutes: config.feedIntervalMinutes,
  });
  const bot = createBot({ config, engine, logger, store, curator: live });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      io.err('elshi: Telegram rejected BOT_TOKEN (401 Unauthorized); check the token from @BotFather.\n');
      store.close();
      await closeEngine();
      return 2;
    }
    io.err(`elshi: cannot reach the Telegram Bot API at ${config.telegramApiRoot}: ${(error as Error).message}\n`);
    store.close();
    await closeEngine();
    return 1;
  }
  await registerCommands(bot).catch((error: unknown) => logger.warn('set_commands_failed', { error }));
  const polling = await startPolling(bot, { logger });
  const digests = createDigestScheduler({ api: bot.api, store, engine, logger });
  digests.start();
  live.start();
  const stopped = untilStopped(options.signal);
  const failed = (polling.runner.task() ?? new Promise<void>(() => {})).then(
    () => ({ reason: 'runner', error: null as unknown }),
    (error: unknown) => ({ reason: 'runner', error }),
  );
  const outcome = await Promise.race([stopped.then((reason) => ({ reason, error: null as unknown })), failed]);
  logger.info('bot_stopping', { reason: outcome.reason });
  await polling.stop();
  await live.stop();
  await digests.stop();
  store.close();
  await closeEngine();
  if (outcome.error) {
    logger.error('polling_failed', { error: outcome.error });
    return 1;
  }
  return 0;
}

// Run directly (`tsx src/main.ts`): the same as `elshi bot`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main } = await import('./cli.ts');
  process.exitCode = await main(['bot', ...process.argv.slice(2)]);
}
