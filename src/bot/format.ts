/**
 * HTML formatting of answers for Telegram: every piece of user and document text escaped,
 * citations with title, publisher and date (linked when the document has a URL), and
 * splitting into messages of at most 4096 characters on sentence boundaries with the tags
 * balanced in every part. Pure functions: no grammY, no I/O.
 */
import type { DocumentRef } from '../knowledge/types.ts';
import { displayDate } from '../search/dates.ts';
import type { Answer, Citation } from '../search/types.ts';

/** Longest text Telegram accepts in one message (and in an inline result's message). */
export const MESSAGE_LIMIT = 4096;

/** Lone UTF-16 surrogates (not valid UTF-8 once sent) and control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSENDABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * Escape text for Telegram's HTML parse mode (`&`, `<`, `>` and `"`), dropping control
 * characters and replacing broken surrogates, which Telegram refuses as invalid UTF-8.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSENDABLE, (c) => (c.length === 1 && c.charCodeAt(0) >= 0xd800 ? '\uFFFD' : ''))
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Whether a URL may be used as a link target (http/https only). */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A document's title, linked to its URL when it has one. */
export function documentTitleHtml(doc: DocumentRef): string {
  const url = safeUrl(doc.url);
  const title = escapeHtml(doc.title);
  return url ? `<a href="${escapeHtml(url)}">${title}</a>` : title;
}

/** "Publisher · 12 November 2025": how a document is described in lists and inline results. */
export function sourceAndDate(doc: DocumentRef): string {
  return `${doc.source} · ${displayDate(doc.date)}`;
}

/** A citation line: linked title — publisher, date (HTML). */
export function citationLineHtml(doc: DocumentRef): string {
  return `${documentTitleHtml(doc)} — ${escapeHtml(doc.source)}, ${displayDate(doc.date)}`;
}

/**
 * Shorten plain text to at most `max` characters on a word boundary, adding "…". Never cuts
 * a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}

/** Options of {@link answerHtml}. */
export interface AnswerHtmlOptions {
  /** Show the question above the answer (inline results, where the reader did not see it). */
  showQuestion?: boolean;
}

/**
 * The full cited answer as Telegram HTML: the answer sentence(s), then each citation's
 * document title (linked when possible), publisher and date, with the supporting passage
 * quoted for citations beyond the first. An abstention says so and points to /sources.
 * May exceed one message; pass it through {@link splitHtml} or {@link fitHtml}.
 */
export function answerHtml(answer: Answer, options: AnswerHtmlOptions = {}): string {
  const parts: string[] = [];
  if (options.showQuestion) parts.push(`❓ <b>${escapeHtml(shorten(answer.question, 300))}</b>`, '');
  if (!answer.answered) {
    parts.push(`🤷 ${escapeHtml(answer.answer)}`);
    return parts.join('\n');
  }
  parts.push(escapeHtml(answer.answer), '', answer.citations.length === 1 ? '📚 <b>Source</b>' : '📚 <b>Sources</b>');
  const cited = answer.citations.map((c, i) => {
    const lines = [`${i + 1}. ${documentTitleHtml(c.document)}`, `<i>${escapeHtml(c.document.source)}, ${displayDate(c.document.date)}</i>`];
    if (i > 0 && !answer.answer.includes(c.text)) lines.push(quoteHtml(c.text));
    return lines.join('\n');
  });
  parts.push(cited.join('\n\n'));
  return parts.join('\n');
}

/** A passage in quotation marks (unless it already starts with one), escaped. */
export function quoteHtml(text: string): string {
  return /^["“«„']/u.test(text) ? escapeHtml(text) : `“${escapeHtml(text)}”`;
}

/** One passage with its citation, as HTML (for "More sources" and inline results). */
export function passageHtml(c: Citation): string {
  return `${quoteHtml(c.context ? `${c.context} ${c.text}` : c.text)}\n— ${citationLineHtml(c.document)}`;
}

// ------------------------------------------------------------------ splitting

/** A lexical piece of HTML: a tag, an entity, or one character (code point). */
interface Token {
  raw: string;
  kind: 'open' | 'close' | 'text';
  /** Tag name, for open and close tags. */
  tag?: string;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const re = /<\/([a-z][a-z-]*)\s*>|<([a-z][a-z-]*)(?:\s[^<>]*)?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|[\s\S]/giu;
  for (const m of html.matchAll(re)) {
    if (m[1]) tokens.push({ raw: m[0], kind: 'close', tag: m[1].toLowerCase() });
    else if (m[2]) tokens.push({ raw: m[0], kind: 'open', tag: m[2].toLowerCase() });
    else tokens.push({ raw: m[0], kind: 'text' });
  }
  return tokens;
}

/** Visible text of HTML produced by this module (tags removed, entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** How good a place to cut just after this text token is (0: not at all). */
function breakQuality(prev: string, next: string | undefined): number {
  if (prev === '\n') return 4;
  if (/\s/.test(prev)) return 1;
  if (/[.!?…。]/u.test(prev) && (next === undefined || /\s/.test(next))) return 3;
  return 0;
}

/**
 * Split Telegram HTML into parts of at most `limit` characters each (counting markup, so
 * the visible text is shorter still), cutting at paragraph, line or sentence boundaries
 * when possible, then at spaces, and only as a last resort inside a word — never inside a
 * tag, an entity or a surrogate pair. Tags open at a cut are closed at the end of the part
 * and reopened at the start of the next, so every part is valid on its own. Parts without
 * visible text are dropped.
 */
export function splitHtml(html: string, limit: number = MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html);
  const parts: string[] = [];
  let start = 0;
  let prefix = ''; // tags reopened at the start of the current part
  let openAtStart: Token[] = [];
  while (start < tokens.length) {
    const stack: Token[] = [...openAtStart];
    let length = prefix.length;
    /** Latest cut of each quality: where, how long the part would be, and the open tags. */
    const cuts = new Map<number, { index: number; length: number; stack: Token[] }>();
    let i = start;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      const closers = stack.reduce((n, s) => n + s.tag!.length + 3, 0);
      const extra = t.kind === 'open' ? t.raw.length + t.tag!.length + 3 : t.raw.length;
      if (length + extra + closers > limit && t.kind !== 'close') break;
      length += t.raw.length;
      if (t.kind === 'open') stack.push(t);
      else if (t.kind === 'close') stack.pop();
      else {
        const quality = breakQuality(t.raw, tokens[i + 1]?.raw);
        if (quality > 0) cuts.set(quality, { index: i + 1, length, stack: [...stack] });
      }
    }
    let end: number;
    let endStack: Token[];
    // The best cut that still fills at least half a message; any cut at all before a hard one.
    const chosen =
      [4, 3, 1].map((q) => cuts.get(q)).find((c) => c !== undefined && c.length >= limit / 2) ??
      [...cuts.values()].sort((a, b) => b.length - a.length)[0];
    if (i >= tokens.length) {
      end = tokens.length;
      endStack = stack;
    } else if (chosen && chosen.index > start) {
      end = chosen.index;
      endStack = chosen.stack;
    } else {
      end = Math.max(i, start + 1);
      endStack = stack;
    }
    const body = tokens.slice(start, end).map((t) => t.raw).join('');
    const closing = [...endStack].reverse().map((t) => `</${t.tag}>`).join('');
    const part = `${prefix}${body}`.replace(/\s+$/u, '') + closing;
    if (htmlToText(part).trim() !== '') parts.push(part.replace(/^\s+/u, ''));
    openAtStart = endStack;
    prefix = endStack.map((t) => t.raw).join('');
    start = end;
    while (start < tokens.length && tokens[start]!.kind === 'text' && /^\s$/u.test(tokens[start]!.raw)) start++;
  }
  return parts;
}

/** The first part of {@link splitHtml} with "…" when the text had to be cut. */
export function fitHtml(html: string, limit: number = MESSAGE_LIMIT): string {
  const parts = splitHtml(html, limit - 2);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts[0]} …`;
}
