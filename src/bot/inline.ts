/**
 * Inline mode: `@bot question` in any chat. Results come 10 to a page (`next_offset`):
 * first the answer itself (title: the answer in short; description: "source · date";
 * posted message: the full cited answer), then one result per further passage. An empty
 * query offers the newest documents; an abstention is one result saying so.
 */
import { Composer, InlineQueryResultBuilder, type Context } from 'grammy';
import type { InlineQueryResult } from 'grammy/types';
import { displayDate } from '../search/dates.ts';
import type { Citation } from '../search/types.ts';
import type { BotDeps } from './deps.ts';
import { recordQuestion } from './question-log.ts';
import { answerHtml, citationLineHtml, escapeHtml, fitHtml, passageHtml, shorten, sourceAndDate } from './format.ts';

/** Results per inline page (Telegram allows 50; 10 keeps answers fast and readable). */
export const INLINE_PAGE_SIZE = 10;
/** Seconds Telegram may cache answers to the same query (the archive changes rarely). */
export const INLINE_CACHE_SECONDS = 300;
/** Seconds Telegram may cache the empty-query list of newest documents. */
export const INLINE_LATEST_CACHE_SECONDS = 60;
/** Most further passages gathered for inline paging. */
const INLINE_MORE = 40;

const html = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

/**
 * Every inline result for a query, before paging. `onAnswer` is told whether a non-empty
 * query was answered (the question log counts first pages only).
 */
export async function inlineResults(deps: BotDeps, query: string, onAnswer?: (answered: boolean) => void): Promise<InlineQueryResult[]> {
  const q = query.trim();
  if (!q) {
    return deps.engine.documents().map((d, i) => {
      const key = deps.engine.keySentences(d.id, 1)[0]?.text ?? '';
      const body = `${citationLineHtml(d)}${key ? `\n\n<i>${escapeHtml(key)}</i>` : ''}`;
      return InlineQueryResultBuilder.article(`doc:${i}`, shorten(d.title, 100), {
        description: `${d.source} · ${displayDate(d.date)}`,
      }).text(fitHtml(`🆕 ${body}`), html);
    });
  }
  const answer = await deps.engine.ask(q, { now: deps.now?.(), more: INLINE_MORE });
  onAnswer?.(answer.answered);
  if (!answer.answered) {
    return [
      InlineQueryResultBuilder.article('none', 'The archive has no answer to this', {
        description: shorten(answer.answer, 200),
      }).text(fitHtml(answerHtml(answer, { showQuestion: true })), html),
    ];
  }
  const first = answer.citations[0]!;
  const results: InlineQueryResult[] = [
    InlineQueryResultBuilder.article('answer', shorten(first.text, 120), {
      description: sourceAndDate(first.document),
    }).text(fitHtml(answerHtml(answer, { showQuestion: true })), html),
  ];
  const further: Citation[] = [...answer.citations.slice(1), ...answer.more];
  further.forEach((c, i) => {
    results.push(
      InlineQueryResultBuilder.article(`p:${i}`, shorten(c.text, 120), { description: sourceAndDate(c.document) }).text(
        fitHtml(`❓ <b>${escapeHtml(shorten(q, 300))}</b>\n\n${passageHtml(c)}`),
        html,
      ),
    );
  });
  return results;
}

/** The inline feature as a grammY composer. */
export function createInlineComposer(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('inline_query', async (ctx) => {
    const { query, offset } = ctx.inlineQuery;
    const start = /^\d{1,4}$/.test(offset) ? Number(offset) : 0;
    const all = await inlineResults(deps, query, start === 0 ? (answered) => recordQuestion(deps, query, answered) : undefined);
    const page = all.slice(start, start + INLINE_PAGE_SIZE);
    const next = start + INLINE_PAGE_SIZE < all.length ? String(start + INLINE_PAGE_SIZE) : '';
    await ctx.answerInlineQuery(page, {
      cache_time: query.trim() ? INLINE_CACHE_SECONDS : INLINE_LATEST_CACHE_SECONDS,
      next_offset: next,
    });
    deps.logger.info('inline_answered', { update_id: ctx.update.update_id, results: page.length, offset: start });
  });
  return composer;
}
