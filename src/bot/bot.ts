/**
 * The Telegram bot: {@link createBot} assembles one small composer per feature over the
 * answer engine. All state (the question memory behind "More sources", rate-limit
 * counters) lives in the returned bot instance; nothing is module-level.
 */
import { sequentialize } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, type BotConfig, type Context } from 'grammy';
import { ConfigError } from '../config.ts';
import { createAskComposer } from './ask.ts';
import { createCuratorComposer } from './curator.ts';
import { createDigestComposer } from './digest.ts';
import type { BotDeps } from './deps.ts';
import { BOT_COMMANDS, createFallbackComposer, createHelpComposer } from './help.ts';
import { createInlineComposer } from './inline.ts';
import { QuestionMemory } from './memory.ts';
import { createSourcesComposer } from './sources.ts';

export type { BotDeps, BotEngine, RateLimit } from './deps.ts';

/** What the user sees when handling their update failed. */
export const ERROR_REPLY = 'Something went wrong, please try again.';

/** Options of {@link createBot}: its dependencies and, optionally, grammY client settings. */
export interface CreateBotOptions extends BotDeps {
  /** Extra grammY bot configuration (e.g. `botInfo` to skip `getMe`). */
  botConfig?: BotConfig<Context>;
}

/** Key of an update for `sequentialize`: updates of one chat (or one user, inline) run in order. */
function sequenceKey(ctx: Context): string | undefined {
  if (ctx.chat) return `c${ctx.chat.id}`;
  if (ctx.from) return `u${ctx.from.id}`;
  return undefined;
}

/**
 * Build the bot. The token comes from `config.botToken` and the API root from
 * `config.telegramApiRoot` (a local stand-in in tests). Throws {@link ConfigError} when no
 * token is configured.
 */
export function createBot(options: CreateBotOptions): Bot {
  const { config, logger, botConfig, ...rest } = options;
  if (!config.botToken) throw new ConfigError('BOT_TOKEN', 'is not set; get a token from @BotFather and put it in .env');
  const deps: BotDeps = { config, logger, ...rest };
  const bot = new Bot(config.botToken, {
    ...botConfig,
    client: { ...botConfig?.client, apiRoot: config.telegramApiRoot },
  });
  const memory = new QuestionMemory();

  bot.use(sequentialize(sequenceKey));
  bot.use(async (ctx, next) => {
    // What arrived, never what was written: message text stays out of the logs.
    const kind = Object.keys(ctx.update).find((k) => k !== 'update_id');
    logger.debug('update', { update_id: ctx.update.update_id, kind, chat_type: ctx.chat?.type });
    await next();
  });
  bot.use(createHelpComposer(deps));
  bot.use(createSourcesComposer(deps));
  // Daily digest (src/bot/digest.ts), before questions so its commands are seen first.
  if (deps.store) bot.use(createDigestComposer({ ...deps, store: deps.store }));
  // Curator commands (src/bot/curator.ts): only ADMIN_IDS; others fall through to the unknown-command reply.
  bot.use(createCuratorComposer(deps));
  bot.use(createAskComposer(deps, memory));
  bot.use(createInlineComposer(deps));
  bot.use(createFallbackComposer(deps));

  bot.catch(async (err) => {
    const { ctx, error } = err;
    const updateId = ctx.update.update_id;
    if (error instanceof GrammyError && error.error_code === 403) {
      logger.warn('bot_blocked', { update_id: updateId, chat_id: ctx.chat?.id, description: error.description });
      return;
    }
    logger.error('update_failed', {
      update_id: updateId,
      method: error instanceof GrammyError ? error.method : undefined,
      error: error instanceof HttpError ? error.error : error,
    });
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ERROR_REPLY });
      else if (ctx.chat) await ctx.reply(ERROR_REPLY);
    } catch (replyError) {
      logger.warn('error_reply_failed', { update_id: updateId, error: replyError });
    }
  });
  return bot;
}

/** Register the command menu (`setMyCommands`). */
export async function registerCommands(bot: Bot): Promise<void> {
  await bot.api.setMyCommands([...BOT_COMMANDS]);
}
