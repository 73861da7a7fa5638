/**
 * Introductions and fallbacks: /start (what Elshi is, example questions as buttons),
 * /help, a short help line for unknown commands, a hint for messages without a question,
 * and a polite answer to buttons nobody handles any more.
 */
import { Composer, InlineKeyboard, type Context } from 'grammy';
import { displayDate } from '../search/dates.ts';
import { DEFAULT_EXAMPLES, type BotDeps } from './deps.ts';
import { escapeHtml, shorten } from './format.ts';
import { QUESTION_HINT, STALE_BUTTON } from './ask.ts';
import { inGroup } from './reply.ts';

/** The command menu registered with `setMyCommands`. */
export const BOT_COMMANDS: readonly { command: string; description: string }[] = [
  { command: 'ask', description: 'Ask a question about Kazakhstan’s diplomacy' },
  { command: 'latest', description: 'Newest documents in the archive' },
  { command: 'sources', description: 'Every document in the archive' },
  { command: 'subscribe', description: 'Daily digest of what is new: /subscribe [HH:MM] [topic]' },
  { command: 'settings', description: 'Your digest subscription' },
  { command: 'digest', description: 'What is new for this chat now' },
  { command: 'timezone', description: 'Set the digest time zone' },
  { command: 'unsubscribe', description: 'Stop the daily digest' },
  { command: 'help', description: 'How to use Elshi' },
  { command: 'start', description: 'What Elshi is' },
];

/** The archive in one line: "5 documents from 28 November 2022 to 12 November 2025". */
export function archiveSpan(deps: BotDeps): string {
  const docs = deps.engine.documents();
  if (docs.length === 0) return 'no documents yet';
  const newest = docs[0]!.date;
  const oldest = docs[docs.length - 1]!.date;
  return `${docs.length} document${docs.length === 1 ? '' : 's'} from ${displayDate(oldest)} to ${displayDate(newest)}`;
}

/** Text of /help, with the bot's username for the group and inline instructions. */
export function helpHtml(username: string): string {
  const at = `@${escapeHtml(username)}`;
  return [
    '<b>Elshi</b> answers questions about Kazakhstan’s diplomacy from a curated archive, always citing title, publisher and date.',
    '',
    '<b>Ask</b> — just send a question, or use /ask <i>question</i>.',
    '/latest — the newest documents with their key sentence',
    '/sources — every document in the archive, newest first',
    '',
    '<b>Daily digest</b> — /subscribe [<i>HH:MM</i>] [<i>topic words</i>] sends what is new once a day at your local time;',
    '/settings shows and changes it, /timezone <i>Europe/Berlin</i> sets your zone, /digest shows what is new now, /unsubscribe stops it.',
    '',
    `<b>In groups</b> — mention me (${at} <i>question</i>), reply to one of my messages, or use /ask.`,
    `<b>Anywhere</b> — type ${at} <i>question</i> in any chat to share a cited answer.`,
    '',
    'When the archive has no answer I say so rather than guess.',
  ].join('\n');
}

/** The /start, /help and fallback features as grammY composers. */
export function createHelpComposer(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const examples = deps.examples ?? [...DEFAULT_EXAMPLES];

  composer.command('start', async (ctx) => {
    const keyboard = new InlineKeyboard();
    examples.slice(0, 3).forEach((q, i) => keyboard.text(shorten(q, 60), `ex:${i}`).row());
    await ctx.reply(
      [
        '👋 <b>Hi, I’m Elshi.</b>',
        '',
        `I answer questions about Kazakhstan’s diplomacy from a curated archive (${escapeHtml(archiveSpan(deps))}). Every answer cites its sources — title, publisher and date — and when the archive has no answer, I say so.`,
        '',
        'Tap an example or type your own question. /help shows everything I can do.',
      ].join('\n'),
      { parse_mode: 'HTML', reply_markup: keyboard },
    );
  });

  composer.command('help', async (ctx) => {
    await ctx.reply(helpHtml(ctx.me.username), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  return composer;
}

/** Last in line: unknown commands, messages without a question, unhandled buttons. */
export function createFallbackComposer(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on('message:entities:bot_command', async (ctx, next) => {
    const entity = ctx.message.entities.find((e) => e.type === 'bot_command' && e.offset === 0);
    if (!entity) return next();
    const command = ctx.message.text.slice(0, entity.length);
    const target = command.split('@')[1];
    // In groups, stay quiet about commands meant for other bots or for nobody in particular.
    if (inGroup(ctx) && target?.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    await ctx.reply(`I don’t know ${command.split('@')[0]}. Try /help — or just ask me a question.`);
  });

  // Anything else in a private chat: stickers, photos, voice, whitespace…
  composer.chatType('private').on('message', async (ctx) => {
    await ctx.reply(QUESTION_HINT);
  });

  composer.on('callback_query:data', async (ctx) => {
    deps.logger.debug('stale_button', { update_id: ctx.update.update_id, data: ctx.callbackQuery.data });
    await ctx.answerCallbackQuery({ text: STALE_BUTTON });
  });

  return composer;
}
