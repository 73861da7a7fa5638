import type { KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { displayDate } from '../search/dates.ts';
import { MESSAGE_LIMIT, escapeHtml } from '../bot/format.ts';

/** Telegram's limit on a message's length (from the bot's formatting helpers). */
export { MESSAGE_LIMIT };

/** What composing a digest needs from the answer engine. */
export interface DigestSource {
  /** Every document, newest first. */
  documents(): KnowledgeDocument[];
  /** The sentences that best summarise a document. */
  keySentences(docId: string, count?: number): Passage[];
  /** The passages of a document, in order. */
  passagesOf(docId: string): Passage[];
  /** The shared tokenizer. */
  analyzer: { terms(text: string): string[] };
}

/** One document in a digest, as plain data. */
export interface DigestItem {
  docId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
  source: string;
  url: string | null;
  /** One or two sentences summarising the document. */
  sentences: string[];
}

/** What is known about a subscriber when choosing their new documents. */
export interface SelectionInput {
  /** Documents newest first. */
  documents: readonly KnowledgeDocument[];
  /** Ids already sent to this subscriber. */
  sent: ReadonlySet<string>;
  /** When the last digest was planned; null before the first. */
  lastDigestAt: Date | null;
  /** When the archive first had each document; unknown ids count as new. */
  firstSeen: ReadonlyMap<string, Date>;
  /** Filter to documents matching a topic; null for all. */
  topic: TopicFilter | null;
  /** Most documents in a first digest (default 5); later digests carry everything new. */
  firstLimit?: number;
}

/**
 * The documents new to a subscriber, newest first: never sent to them, and — after their
 * first digest — added to the archive or dated after their last digest. A first digest
 * carries the newest few. Matches the topic filter when there is one.
 */
export function selectNewDocuments(input: SelectionInput): KnowledgeDocument[] {
  const last = input.lastDigestAt;
  const lastDay = last?.toISOString().slice(0, 10) ?? null;
  const fresh = input.documents.filter((doc) => {
    if (input.sent.has(doc.id)) return false;
    if (input.topic && !input.topic.matches(doc)) return false;
    if (last === null || lastDay === null) return true;
    const seen = input.firstSeen.get(doc.id);
    return seen === undefined || seen.getTime() > last.getTime() || doc.date > lastDay;
  });
  return last === null ? fresh.slice(0, input.firstLimit ?? 5) : fresh;
}

/**
 * A topic filter over documents: a document matches when its title, tags or text share any
 * term with the topic words, by the engine's own tokenizer ("Russian" meets "Russia").
 */
export class TopicFilter {
  /** The topic as the subscriber wrote it. */
  readonly topic: string;
  /** The topic's index terms. */
  readonly terms: ReadonlySet<string>;
  private readonly source: DigestSource;
  private readonly cache = new Map<string, Set<string>>();

  constructor(topic: string, source: DigestSource) {
    this.topic = topic;
    this.source = source;
    this.terms = new Set(source.analyzer.terms(topic));
  }

  /** Whether the topic has any searchable word at all (stop words alone have none). */
  get usable(): boolean {
    return this.terms.size > 0;
  }

  /** Whether a document matches the topic. */
  matches(doc: KnowledgeDocument): boolean {
    if (this.terms.size === 0) return true;
    let terms = this.cache.get(doc.id);
    if (!terms) {
      const text = [doc.title, doc.tags.join(' '), ...this.source.passagesOf(doc.id).map((p) => p.text)].join('\n');
      terms = new Set(this.source.analyzer.terms(text));
      this.cache.set(doc.id, terms);
    }
    for (const t of this.terms) if (terms.has(t)) return true;
    return false;
  }
}

/** Build digest items from documents with their one or two key sentences. */
export function digestItems(source: DigestSource, documents: readonly KnowledgeDocument[], sentences = 2): DigestItem[] {
  return documents.map((doc) => ({
    docId: doc.id,
    date: doc.date,
    title: doc.title,
    source: doc.source,
    url: doc.url,
    sentences: source.keySentences(doc.id, sentences).map((p) => p.text),
  }));
}

/** Options of {@link renderDigest}. */
export interface RenderOptions {
  /** The digest's local day, `YYYY-MM-DD`, shown in the heading. */
  day: string;
  /** The subscriber's topic, shown in the heading. */
  topic?: string | null;
  /** Longest message (default {@link MESSAGE_LIMIT}). */
  limit?: number;
}

/** One message of a digest: its HTML and the documents it carries. */
export interface DigestMessage {
  html: string;
  docIds: string[];
}

/** The heading of a digest's first message (HTML). */
export function digestHeading(options: RenderOptions): string {
  const topic = options.topic ? ` · <i>${escapeHtml(options.topic)}</i>` : '';
  return `<b>Elshi daily digest — ${escapeHtml(displayDate(options.day))}</b>${topic}`;
}

/** Render one item as HTML, shortening its sentences (then title) if it would not fit in `limit`. */
export function renderItem(item: DigestItem, limit = MESSAGE_LIMIT): string {
  const build = (title: string, body: string): string =>
    `📅 ${escapeHtml(displayDate(item.date))} · ${escapeHtml(item.source)}\n<b>${escapeHtml(title)}</b>` +
    `${body ? `\n${escapeHtml(body)}` : ''}${item.url ? `\n<a href="${escapeHtml(item.url)}">Read the source</a>` : ''}`;
  let title = item.title;
  let body = item.sentences.join(' ');
  let html = build(title, body);
  while (html.length > limit && body.length > 0) {
    body = body.slice(0, Math.max(0, body.length - (html.length - limit) - 2)).trimEnd();
    html = build(title, body ? `${body}…` : '');
  }
  while (html.length > limit && title.length > 1) {
    title = title.slice(0, Math.max(1, title.length - (html.length - limit) - 2)).trimEnd();
    html = build(`${title}…`, '');
  }
  return html;
}

/**
 * Render a digest as Telegram HTML messages, each under the length limit, split only
 * between items; the heading opens the first message.
 */
export function renderDigest(items: readonly DigestItem[], options: RenderOptions): DigestMessage[] {
  const limit = options.limit ?? MESSAGE_LIMIT;
  const messages: DigestMessage[] = [];
  let html = digestHeading(options);
  let docIds: string[] = [];
  for (const item of items) {
    let block = renderItem(item, limit);
    if (docIds.length > 0 && html.length + 2 + block.length > limit) {
      messages.push({ html, docIds });
      html = '';
      docIds = [];
    }
    // Beside the heading, an oversized item is shortened to fit rather than sent alone.
    if (html.length > 0 && html.length + 2 + block.length > limit) block = renderItem(item, limit - html.length - 2);
    html = html ? `${html}\n\n${block}` : block;
    docIds.push(item.docId);
  }
  if (docIds.length > 0) messages.push({ html, docIds });
  return messages;
}

/** Render a digest as plain text, for the command line. */
export function renderDigestText(items: readonly DigestItem[], options: RenderOptions): string {
  const lines = [`Elshi daily digest — ${displayDate(options.day)}${options.topic ? ` · topic: ${options.topic}` : ''}`, ''];
  for (const item of items) {
    lines.push(`${displayDate(item.date)} · ${item.source}`, item.title, `  ${item.sentences.join(' ')}`);
    if (item.url) lines.push(`  ${item.url}`);
    lines.push('');
  }
  return lines.join('\n');
}
