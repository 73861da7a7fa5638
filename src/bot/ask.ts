/**
 * Questions: any text in a private chat, `/ask <question>` anywhere, and in groups only a
 * message that mentions the bot or replies to it. Answers are cited HTML with a
 * "More sources" button that pages through further passages.
 */
import { limit } from '@grammyjs/ratelimiter';
import { Composer, InlineKeyboard, type Context } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import { DEFAULT_EXAMPLES, DEFAULT_RATE_LIMIT, type BotDeps } from './deps.ts';
import { answerHtml, escapeHtml, fitHtml, passageHtml, shorten } from './format.ts';
import type { QuestionMemory } from './memory.ts';
import { recordQuestion } from './question-log.ts';
import { inGroup, replyHtml } from './reply.ts';

/** Passages shown per "More sources" page. */
export const MORE_PAGE_SIZE = 3;
/** Most further passages asked of the engine for "More sources". */
const MORE_LIMIT = 30;

/** Hint for a message that holds no question. */
export const QUESTION_HINT =
  'Send me a question as text, for example: “When did Tokayev hold talks with Putin?” — or see /help.';

/** Reply when a "More sources" or example button is too old to act on. */
export const STALE_BUTTON = 'This button has expired. Please ask the question again.';

/** Text of a message without the bot's @mentions, or null when it does not mention the bot. */
export function stripMention(text: string, entities: MessageEntity[] | undefined, me: { id: number; username: string }): string | null {
  const handle = `@${me.username}`.toLowerCase();
  let found = false;
  let out = text;
  // Remove entity mentions from the end so offsets stay valid.
  for (const e of [...(entities ?? [])].sort((a, b) => b.offset - a.offset)) {
    const slice = text.slice(e.offset, e.offset + e.length);
    const isMe = (e.type === 'mention' && slice.toLowerCase() === handle) || (e.type === 'text_mention' && e.user.id === me.id);
    if (isMe) {
      found = true;
      out = out.slice(0, e.offset) + out.slice(e.offset + e.length);
    }
  }
  if (!found) {
    const re = new RegExp(`(^|[^\\w@])@${me.username}(?![\\w])`, 'i');
    if (!re.test(text)) return null;
    out = text.replace(new RegExp(`@${me.username}(?![\\w])`, 'gi'), ' ');
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Options of {@link sendAnswer}. */
interface SendAnswerOptions {
  /** Reply to this message (in groups). */
  replyTo?: number;
}

/** The answer path shared by every way of asking: typing indicator, engine, cited HTML. */
export async function sendAnswer(ctx: Context, question: string, deps: BotDeps, memory: QuestionMemory, options: SendAnswerOptions = {}): Promise<void> {
  const q = question.trim();
  if (!q) {
    await ctx.reply(QUESTION_HINT, options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {});
    return;
  }
  await ctx.replyWithChatAction('typing').catch((error: unknown) => deps.logger.debug('chat_action_failed', { error }));
  const started = Date.now();
  const answer = await deps.engine.ask(q, { now: deps.now?.(), more: MORE_LIMIT });
  recordQuestion(deps, q, answer.answered);
  const keyboard =
    answer.answered && answer.more.length > 0
      ? new InlineKeyboard().text(`More sources (${answer.more.length})`, `more:${memory.remember(q)}:0`)
      : undefined;
  await replyHtml(ctx, answerHtml(answer), { keyboard, replyTo: options.replyTo });
  deps.logger.info('question_answered', {
    update_id: ctx.update.update_id,
    chat_type: ctx.chat?.type,
    answered: answer.answered,
    citations: answer.citations.length,
    ms: Date.now() - started,
  });
}

/** One page of further passages for "More sources", with its navigation buttons. */
async function morePage(question: string, key: string, page: number, deps: BotDeps): Promise<{ html: string; keyboard: InlineKeyboard } | null> {
  const answer = await deps.engine.ask(question, { now: deps.now?.(), more: MORE_LIMIT });
  const pages = Math.ceil(answer.more.length / MORE_PAGE_SIZE);
  if (!answer.answered || page < 0 || page >= pages) return null;
  const from = page * MORE_PAGE_SIZE;
  const shown = answer.more.slice(from, from + MORE_PAGE_SIZE);
  const html = fitHtml([
    `📚 <b>More sources</b> (${from + 1}–${from + shown.length} of ${answer.more.length}) for <i>${escapeHtml(shorten(question, 200))}</i>`,
    ...shown.map((c, i) => `\n${from + i + 1}. ${passageHtml(c)}`),
  ].join('\n'));
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text('◀ Previous', `mpg:${key}:${page - 1}`);
  if (page + 1 < pages) keyboard.text('Next ▶', `mpg:${key}:${page + 1}`);
  return { html, keyboard };
}

/** The question feature as a grammY composer. */
export function createAskComposer(deps: BotDeps, memory: QuestionMemory): Composer<Context> {
  const composer = new Composer<Context>();
  const rate = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  const examples = deps.examples ?? [...DEFAULT_EXAMPLES];
  const limiter = limit<Context, never>({
    timeFrame: rate.timeFrame,
    limit: rate.limit,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: (ctx) => {
      deps.logger.warn('rate_limited', { update_id: ctx.update.update_id, user_id: ctx.from?.id });
      void ctx
        .reply('⏳ You are asking faster than I can look things up. Please wait a few seconds and try again.')
        .catch((error: unknown) => deps.logger.warn('reply_failed', { update_id: ctx.update.update_id, error }));
    },
  });

  const replyTo = (ctx: Context): number | undefined => (inGroup(ctx) ? ctx.msg?.message_id : undefined);

  composer.command('ask', limiter, async (ctx) => {
    const question = ctx.match.trim();
    if (!question) {
      await ctx.reply('Write the question after the command, for example: /ask When did Tokayev visit Moscow?', {
        ...(inGroup(ctx) ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
      });
      return;
    }
    await sendAnswer(ctx, question, deps, memory, { replyTo: replyTo(ctx) });
  });

  const isCommand = (ctx: Context): boolean => ctx.msg?.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false;

  // Private chats: every text message that is not a command is a question.
  composer
    .chatType('private')
    .on('message:text')
    .filter((ctx) => !isCommand(ctx))
    .use(limiter, async (ctx) => sendAnswer(ctx, ctx.message.text, deps, memory));

  // Groups: only when mentioned or replied to.
  const groups = composer.chatType(['group', 'supergroup']).on('message:text').filter((ctx) => !isCommand(ctx));
  groups.use(async (ctx, next) => {
    const me = { id: ctx.me.id, username: ctx.me.username };
    const mentioned = stripMention(ctx.message.text, ctx.message.entities, me);
    const repliedToMe = ctx.message.reply_to_message?.from?.id === ctx.me.id;
    if (mentioned === null && !repliedToMe) return next();
    const question = mentioned ?? ctx.message.text;
    await limiter(ctx, () => sendAnswer(ctx, question, deps, memory, { replyTo: ctx.message.message_id }));
  });

  // Example questions from /start.
  composer.callbackQuery(/^ex:(\d+)$/, async (ctx) => {
    const question = examples[Number(ctx.match[1])];
    if (question === undefined) {
      await ctx.answerCallbackQuery({ text: STALE_BUTTON });
      return;
    }
    await ctx.answerCallbackQuery();
    await sendAnswer(ctx, question, deps, memory);
  });

  // "More sources": the first press sends a page; the page's own buttons edit it.
  composer.callbackQuery(/^(more|mpg):([\w-]{1,16}):(\d{1,3})$/, async (ctx) => {
    const [, kind, key, pageText] = ctx.match;
    const question = memory.recall(key!);
    const page = question === undefined ? null : await morePage(question, key!, Number(pageText), deps);
    if (!page) {
      await ctx.answerCallbackQuery({ text: STALE_BUTTON });
      return;
    }
    await ctx.answerCallbackQuery();
    const markup = page.keyboard.inline_keyboard.flat().length > 0 ? { reply_markup: page.keyboard } : {};
    if (kind === 'mpg' && ctx.callbackQuery.message) {
      await ctx.editMessageText(page.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup });
    } else {
      await replyHtml(ctx, page.html, { keyboard: markup.reply_markup });
    }
  });

  return composer;
}
