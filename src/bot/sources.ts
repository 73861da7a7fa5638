/**
 * The archive itself: /sources lists every document (newest first, with date and
 * publisher, paged with buttons) and /latest the newest documents with one key sentence.
 */
import { Composer, InlineKeyboard, type Context } from 'grammy';
import { displayDate } from '../search/dates.ts';
import type { BotDeps } from './deps.ts';
import { documentTitleHtml, escapeHtml, fitHtml } from './format.ts';
import { STALE_BUTTON } from './ask.ts';
import { replyHtml } from './reply.ts';

/** Documents per /sources page. */
export const SOURCES_PAGE_SIZE = 8;
/** Documents shown by /latest. */
export const LATEST_COUNT = 5;

/** One /sources page as HTML with its navigation buttons, or null past the end. */
export function sourcesPage(deps: BotDeps, page: number): { html: string; keyboard: InlineKeyboard } | null {
  const docs = deps.engine.documents();
  const pages = Math.max(1, Math.ceil(docs.length / SOURCES_PAGE_SIZE));
  if (page < 0 || page >= pages) return null;
  const shown = docs.slice(page * SOURCES_PAGE_SIZE, (page + 1) * SOURCES_PAGE_SIZE);
  const lines = [
    `📚 <b>The archive</b> — ${docs.length} document${docs.length === 1 ? '' : 's'}, newest first${pages > 1 ? ` (page ${page + 1} of ${pages})` : ''}`,
    ...shown.map(
      (d, i) => `\n${page * SOURCES_PAGE_SIZE + i + 1}. ${documentTitleHtml(d)}\n${displayDate(d.date)} · ${escapeHtml(d.source)}`,
    ),
  ];
  if (docs.length === 0) lines.push('', 'The archive is empty.');
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text('◀ Newer', `src:${page - 1}`);
  if (page + 1 < pages) keyboard.text('Older ▶', `src:${page + 1}`);
  return { html: fitHtml(lines.join('\n')), keyboard };
}

/** /latest as HTML: the newest documents, each with one key sentence. */
export function latestHtml(deps: BotDeps, count = LATEST_COUNT): string {
  const docs = deps.engine.documents().slice(0, count);
  if (docs.length === 0) return 'The archive is empty.';
  const blocks = docs.map((d) => {
    const key = deps.engine.keySentences(d.id, 1)[0]?.text;
    return `<b>${displayDate(d.date)}</b> · ${escapeHtml(d.source)}\n${documentTitleHtml(d)}${key ? `\n<i>${escapeHtml(key)}</i>` : ''}`;
  });
  return [`🆕 <b>Latest in the archive</b>`, ...blocks].join('\n\n');
}

/** The /sources and /latest features as a grammY composer. */
export function createSourcesComposer(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const markup = (keyboard: InlineKeyboard): { reply_markup?: InlineKeyboard } =>
    keyboard.inline_keyboard.flat().length > 0 ? { reply_markup: keyboard } : {};

  composer.command('sources', async (ctx) => {
    const page = sourcesPage(deps, 0)!;
    await ctx.reply(page.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup(page.keyboard) });
  });

  composer.callbackQuery(/^src:(\d{1,4})$/, async (ctx) => {
    const page = sourcesPage(deps, Number(ctx.match[1]));
    if (!page || !ctx.callbackQuery.message) {
      await ctx.answerCallbackQuery({ text: STALE_BUTTON });
      return;
    }
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(page.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup(page.keyboard) });
  });

  composer.command('latest', async (ctx) => {
    await replyHtml(ctx, latestHtml(deps));
  });

  return composer;
}
