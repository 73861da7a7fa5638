/**
 * Long polling with `@grammyjs/runner`: updates of different chats are handled
 * concurrently (the bot's `sequentialize` keeps each chat in order), and stopping waits for
 * answers already being worked on.
 */
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from '../log.ts';

/** Options of {@link startPolling}. */
export interface PollingOptions {
  logger: Logger;
  /** Longest wait for in-flight updates when stopping (default 10 s). */
  drainTimeoutMs?: number;
}

/** A running bot: {@link Polling.stop} stops fetching and finishes in-flight answers. */
export interface Polling {
  readonly runner: RunnerHandle;
  stop(): Promise<void>;
}

/** Start long polling. Resolves once the bot is initialised (`getMe` answered). */
export async function startPolling(bot: Bot, options: PollingOptions): Promise<Polling> {
  await bot.init();
  const runner = run(bot, {
    runner: { silent: true, retryInterval: 'exponential' },
  });
  options.logger.info('bot_started', { username: bot.botInfo.username });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (runner.isRunning()) await runner.stop();
      const deadline = Date.now() + (options.drainTimeoutMs ?? 10_000);
      while (runner.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      options.logger.info('bot_stopped', { unfinished: runner.size() });
    })();
    return stopping;
  };
  return { runner, stop };
}
