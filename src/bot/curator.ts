/**
 * Curator commands, for the Telegram users in `ADMIN_IDS` and only in a private chat with
 * the bot: /stats (the archive, subscribers, questions of the last 7 days), /gaps (the most
 * frequent questions the archive could not answer in the last 7 days — the curator's to-do
 * list) and /reload (read the knowledge folder again now). For everyone else these
 * commands do not exist: they get the ordinary unknown-command reply.
 */
import { Composer, type Context } from 'grammy';
import { formatProblem } from '../knowledge/errors.ts';
import type { ReloadOutcome } from '../ingest/watch.ts';
import { displayDate } from '../search/dates.ts';
import type { BotDeps } from './deps.ts';
import { escapeHtml, fitHtml, shorten } from './format.ts';

/** What the curator commands need from the running bot besides its usual dependencies. */
export interface CuratorTools {
  /** Read the knowledge folder again now and swap the new index in (kept as it was when invalid). */
  reload(): ReloadOutcome;
  /** Passages in the knowledge base currently answered from. */
  passages(): number;
}

/** Days /stats and /gaps look back. */
export const CURATOR_WINDOW_DAYS = 7;
/** Most questions /gaps lists. */
export const GAPS_LIMIT = 20;
/** Commands of the curator, never in the public command menu. */
export const CURATOR_COMMANDS = ['stats', 'gaps', 'reload'] as const;

/** Whether the sender of an update may use curator commands. */
export function isCurator(ctx: Context, adminIds: readonly number[]): boolean {
  return ctx.chat?.type === 'private' && ctx.from !== undefined && adminIds.includes(ctx.from.id);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text of /stats. */
export function statsHtml(deps: BotDeps, now: Date): string {
  const docs = deps.engine.documents();
  const passages = deps.curator ? String(deps.curator.passages()) : 'unknown';
  const lines = [
    '📊 <b>Archive</b>',
    `Documents: ${docs.length} · passages: ${passages}`,
    `Newest document: ${docs[0] ? `${displayDate(docs[0].date)} — ${escapeHtml(shorten(docs[0].title, 120))}` : 'none'}`,
  ];
  if (deps.store) {
    const since = new Date(now.getTime() - CURATOR_WINDOW_DAYS * 86_400_000);
    const q = deps.store.questionCounts(since);
    lines.push(
      `Subscribers: ${deps.store.counts().active}`,
      '',
      `<b>Last ${CURATOR_WINDOW_DAYS} days</b>`,
      `Questions answered: ${q.answered} · abstained: ${q.abstained}`,
      q.abstained > 0 ? 'See /gaps for what the archive could not answer.' : '',
    );
  } else {
    lines.push('', 'Subscribers and questions: no database in this process.');
  }
  return lines.join('\n').trim();
}

/** Text of /gaps. */
export function gapsHtml(deps: BotDeps, now: Date): string {
  if (!deps.store) return 'The question log needs the database, which this process does not have.';
  const since = new Date(now.getTime() - CURATOR_WINDOW_DAYS * 86_400_000);
  const gaps = deps.store.unansweredQuestions(since, GAPS_LIMIT);
  if (gaps.length === 0) return `No unanswered questions in the last ${CURATOR_WINDOW_DAYS} days. 🎉`;
  return fitHtml(
    [
      `🕳 <b>Unanswered questions, last ${CURATOR_WINDOW_DAYS} days</b> (most asked first)`,
      '',
      ...gaps.map((g, i) => `${i + 1}. ${escapeHtml(shorten(g.question, 200))} — <b>×${g.count}</b>`),
      '',
      'Add documents that answer them with <code>npx elshi ingest</code>.',
    ].join('\n'),
  );
}

/** Text of the reply to /reload. */
export function reloadHtml(outcome: ReloadOutcome): string {
  const kb = `${plural(outcome.documents, 'document')}, ${plural(outcome.passages, 'passage')}`;
  if (outcome.status !== 'invalid') {
    return outcome.status === 'reloaded' ? `🔄 Reloaded: now answering from ${kb}.` : `✅ Nothing changed: answering from ${kb}.`;
  }
  const shown = outcome.problems.slice(0, 10).map((p) => `• ${escapeHtml(shorten(formatProblem(p), 300))}`);
  const more = outcome.problems.length > shown.length ? [`… and ${outcome.problems.length - shown.length} more`] : [];
  return fitHtml(
    [
      `⚠️ The knowledge folder has ${plural(outcome.problems.length, 'problem')}; still answering from the previous ${kb}.`,
      '',
      ...shown,
      ...more,
    ].join('\n'),
  );
}

/** The curator commands as a grammY composer. */
export function createCuratorComposer(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const curators = composer.filter((ctx) => isCurator(ctx, deps.config.adminIds));
  const now = (): Date => deps.now?.() ?? new Date();
  const html = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

  curators.command('stats', async (ctx) => {
    await ctx.reply(statsHtml(deps, now()), html);
  });
  curators.command('gaps', async (ctx) => {
    await ctx.reply(gapsHtml(deps, now()), html);
  });
  curators.command('reload', async (ctx) => {
    if (!deps.curator) {
      await ctx.reply('Reloading is not available in this process.');
      return;
    }
    const outcome = deps.curator.reload();
    deps.logger.info('curator_reload', { update_id: ctx.update.update_id, status: outcome.status });
    await ctx.reply(reloadHtml(outcome), html);
  });
  return composer;
}
