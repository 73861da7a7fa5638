/**
 * Validation of Telegram "HTML" parse mode, the way the Bot API parses `parse_mode: "HTML"`
 * text: only the tags Telegram supports, balanced and properly nested, and every `<` and `&`
 * that is not markup written as an entity. Used by the Bot API stand-in so that any text a
 * real Telegram server would reject with "can't parse entities" is rejected in tests too.
 */

/** Tags Telegram accepts in HTML parse mode (with their aliases). */
export const TELEGRAM_HTML_TAGS: ReadonlySet<string> = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-spoiler',
  'span',
  'tg-emoji',
]);

/** Named entities Telegram decodes; every other `&name;` is not supported. */
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Result of parsing Telegram HTML: the visible text, or why Telegram would refuse it. */
export type TelegramHtmlResult = { ok: true; text: string } | { ok: false; error: string };

/** Attributes a tag may carry; values are checked where Telegram checks them. */
function checkAttributes(tag: string, attributes: Map<string, string>, offset: number): string | null {
  for (const name of attributes.keys()) {
    const allowed =
      (tag === 'a' && name === 'href') ||
      (tag === 'code' && name === 'class') ||
      (tag === 'span' && name === 'class') ||
      (tag === 'blockquote' && name === 'expandable') ||
      (tag === 'tg-emoji' && name === 'emoji-id');
    if (!allowed) return null; // Telegram ignores unknown attributes
  }
  if (tag === 'span' && attributes.get('class') !== 'tg-spoiler') {
    return `Tag "span" must have class "tg-spoiler" at byte offset ${offset}`;
  }
  if (tag === 'tg-emoji' && !/^\d+$/.test(attributes.get('emoji-id') ?? '')) {
    return `Custom emoji identifier expected at byte offset ${offset}`;
  }
  return null;
}

/** Byte offset (UTF-8) of a character index, as Telegram reports positions. */
function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

/** Decode an entity starting at `text[i] === '&'`; returns the character(s) and length, or null. */
function decodeEntity(text: string, i: number): { value: string; length: number } | null {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(text.slice(i, i + 12));
  if (!m) return null;
  if (m[3] !== undefined) {
    const v = NAMED_ENTITIES[m[3]];
    return v === undefined ? null : { value: v, length: m[0].length };
  }
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return { value: String.fromCodePoint(code), length: m[0].length };
}

/**
 * Parse text as Telegram's HTML parse mode does. Stricter than Telegram in one respect: a
 * bare `&` that does not start a supported entity is refused (Telegram would show it
 * literally), because it always means the sender forgot to escape.
 */
export function parseTelegramHtml(html: string): TelegramHtmlResult {
  const stack: { tag: string; offset: number }[] = [];
  let out = '';
  let i = 0;
  const fail = (error: string): TelegramHtmlResult => ({ ok: false, error: `can't parse entities: ${error}` });
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      const entity = decodeEntity(html, i);
      if (!entity) return fail(`Unsupported HTML entity or unescaped "&" at byte offset ${byteOffset(html, i)}`);
      out += entity.value;
      i += entity.length;
      continue;
    }
    if (ch !== '<') {
      out += ch;
      i += 1;
      continue;
    }
    const offset = byteOffset(html, i);
    const close = html.indexOf('>', i);
    if (html[i + 1] === '/') {
      const m = /^<\/([a-z][a-z-]*)\s*>/i.exec(html.slice(i));
      if (!m || close < 0) return fail(`Unexpected end tag at byte offset ${offset}`);
      const tag = m[1]!.toLowerCase();
      const open = stack.pop();
      if (!open) return fail(`Unexpected end tag "${tag}" at byte offset ${offset}`);
      if (open.tag !== tag) {
        return fail(`Unmatched end tag at byte offset ${offset}, expected "</${open.tag}>", found "</${tag}>"`);
      }
      i += m[0].length;
      continue;
    }
    const name = /^<([a-z][a-z-]*)/i.exec(html.slice(i));
    if (!name || close < 0) return fail(`Unsupported start tag "" at byte offset ${offset}`);
    const tag = name[1]!.toLowerCase();
    if (!TELEGRAM_HTML_TAGS.has(tag)) return fail(`Unsupported start tag "${tag}" at byte offset ${offset}`);
    // Attributes: name="value" | name='value' | name=value | name
    let j = i + name[0].length;
    const attributes = new Map<string, string>();
    const attrRe = /^\s+([a-z][a-z-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/i;
    for (;;) {
      const a = attrRe.exec(html.slice(j));
      if (!a) break;
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      if (raw.includes('<')) return fail(`Unclosed start tag at byte offset ${offset}`);
      attributes.set(a[1]!.toLowerCase(), raw);
      j += a[0].length;
    }
    const rest = /^\s*(\/?)>/.exec(html.slice(j));
    if (!rest) return fail(`Unclosed start tag "${tag}" at byte offset ${offset}`);
    const attrError = checkAttributes(tag, attributes, offset);
    if (attrError) return fail(attrError);
    const inside = stack.at(-1)?.tag;
    if ((inside === 'code' || inside === 'pre') && !(inside === 'pre' && tag === 'code')) {
      return fail(`Entities can't be nested in "${inside}" at byte offset ${offset}`);
    }
    if (tag === 'blockquote' && stack.some((s) => s.tag === 'blockquote')) {
      return fail(`Blockquote entities can't be nested at byte offset ${offset}`);
    }
    j += rest[0].length;
    if (rest[1] !== '/') stack.push({ tag, offset });
    i = j;
  }
  const open = stack.pop();
  if (open) return fail(`Can't find end tag corresponding to start tag "${open.tag}"`);
  return { ok: true, text: out };
}

/** Length of text as Telegram counts it (UTF-16 code units). */
export function telegramLength(text: string): number {
  return text.length;
}
