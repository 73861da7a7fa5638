/**
 * From raw input to an article: HTML pages through {@link extractHtml}, Markdown and plain
 * text through the knowledge format's own block parser. Then the furniture every kind of
 * input may carry is removed: a repeated title, a dateline (its date kept when nothing
 * better is declared), credit lines.
 */
import { parse as parseYaml } from 'yaml';
import { parseBlocks } from '../knowledge/markdown.ts';
import { datelineDate, machineDate, stripDateline } from './dates.ts';
import { cleanText, extractHtml } from './html.ts';
import type { ArticleBlock, ExtractedArticle, InputFormat } from './types.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  content: string;
  /** Kind of input; guessed from the content (and `fileName` / `contentType`) when absent. */
  format?: InputFormat;
  fileName?: string;
  contentType?: string;
}

/** Guess the kind of an input from its content type, file name, or content. */
export function detectFormat(content: string, hints: { fileName?: string; contentType?: string } = {}): InputFormat {
  const type = hints.contentType?.toLowerCase() ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('markdown')) return 'markdown';
  const name = hints.fileName?.toLowerCase() ?? '';
  if (/\.x?html?$/.test(name)) return 'html';
  if (/\.(md|markdown)$/.test(name)) return 'markdown';
  if (/\.txt$/.test(name)) return 'text';
  const head = content.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div)[\s>]/.test(head)) return 'html';
  return /^(---\s*$|#{1,6}\s)/m.test(content.slice(0, 500)) ? 'markdown' : 'text';
}

/** Front matter at the head of a Markdown input, read leniently (any of its keys may be missing). */
function frontMatter(content: string): { fields: Record<string, unknown>; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(content);
  if (!m) return { fields: {}, body: content };
  try {
    const data: unknown = parseYaml(m[1]!);
    const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { fields, body: content.slice(m[0].length) };
  } catch {
    return { fields: {}, body: content.slice(m[0].length) };
  }
}

function field(fields: Record<string, unknown>, key: string): string | null {
  const v = fields[key];
  return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) || null : null;
}

/** Markdown or plain text: blocks by the knowledge parser; a first short line is the title. */
function extractText(content: string, format: InputFormat): ExtractedArticle {
  const { fields, body } = format === 'markdown' ? frontMatter(content) : { fields: {}, body: content };
  const blocks: ArticleBlock[] = parseBlocks(body, 1).map((b) => ({ kind: b.kind, level: b.level, text: b.text }));
  let title = field(fields, 'title');
  const first = blocks[0];
  if (!title && first) {
    const looksLikeTitle =
      first.kind === 'heading' ||
      (blocks.length > 1 && first.text.length <= 200 && first.text.split(/\s+/).length <= 25 && !/[.!?…:]$/.test(first.text));
    if (looksLikeTitle) title = first.text;
  }
  const tags = Array.isArray(fields.tags) ? fields.tags.map(String) : typeof fields.tags === 'string' ? fields.tags.split(',').map((t) => t.trim()).filter(Boolean) : [];
  const url = field(fields, 'url');
  return {
    title,
    date: machineDate(field(fields, 'date')),
    source: field(fields, 'source'),
    url: url && /^https?:\/\//.test(url) ? url : null,
    tags,
    blocks,
  };
}

/** Whether a paragraph is only a date line ("Published 12 November 2025, 10:15"). */
function dateOnly(text: string): string | null {
  if (text.length > 80) return null;
  const found = datelineDate(text);
  return found && text.length - (found.end - found.start) <= 30 ? found.date : null;
}

/**
 * Remove what is not article text from the head of the blocks: the title repeated as a
 * heading or paragraph, and a dateline (its date used when the input declares none).
 */
function tidy(article: ExtractedArticle): ExtractedArticle {
  const title = article.title?.toLowerCase() ?? null;
  let date = article.date;
  const blocks: ArticleBlock[] = [];
  let paragraphs = 0;
  for (const block of article.blocks) {
    if (title !== null && block.text.toLowerCase() === title) continue;
    if (block.kind === 'paragraph' && paragraphs < 3) {
      const only = dateOnly(block.text);
      if (only) {
        date ??= only;
        continue;
      }
      const dateline = stripDateline(block.text);
      if (dateline) {
        date ??= dateline.date;
        if (dateline.rest) blocks.push({ ...block, text: dateline.rest });
        paragraphs += 1;
        continue;
      }
    }
    if (block.kind === 'paragraph') paragraphs += 1;
    blocks.push(block);
  }
  // Headings with nothing under them (a trailing "Related" heading, say) are dropped.
  const kept = blocks.filter((b, i) => b.kind === 'paragraph' || blocks.slice(i + 1).some((n) => n.kind === 'paragraph'));
  return { ...article, date, blocks: kept };
}

/** Extract an article (metadata and clean headings and paragraphs) from HTML, Markdown or text. */
export function extractArticle(options: ExtractOptions): ExtractedArticle {
  const format = options.format ?? detectFormat(options.content, options);
  const raw = format === 'html' ? extractHtml(options.content) : extractText(options.content, format);
  return tidy(raw);
}
