/**
 * Writing a document in the knowledge format: YAML front matter (title, date, source, url,
 * tags) and a Markdown body of headings and paragraphs, named `<date>-<slug>.md`. The
 * content is validated with the knowledge loader's own `readDocument` before anything is
 * written, and written atomically (a hidden temporary file renamed into place), so a
 * running bot never reads half a file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem } from '../knowledge/errors.ts';
import { readDocument } from '../knowledge/load.ts';
import type { KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { IngestError } from './errors.ts';
import type { ArticleBlock, DocumentMeta } from './types.ts';

/** Longest slug, in characters. */
const MAX_SLUG = 60;

/** A file-name slug of a title: lower-case ASCII words joined with hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG) || 'document';
}

/** A paragraph that would read as Markdown structure (a heading, list item, quote or rule) is escaped. */
function safeParagraph(text: string): string {
  return /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|---|\*\*\*)/.test(text) ? `\u200b${text}` : text;
}

/** The document's file content in the knowledge format. */
export function renderDocument(meta: DocumentMeta, blocks: readonly ArticleBlock[]): string {
  const front: Record<string, unknown> = { title: meta.title, date: meta.date, source: meta.source };
  if (meta.url) front.url = meta.url;
  front.language = 'en';
  if (meta.tags.length > 0) front.tags = meta.tags;
  const yaml = Object.entries(front)
    .map(([key, value]) => `${key}: ${stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim()}`)
    .join('\n');
  const body = blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(2, b.level)))} ${b.text}` : safeParagraph(b.text)));
  return `---\n${yaml}\n---\n\n${body.join('\n\n')}\n`;
}

/**
 * Validate file content as the knowledge loader will read it. Returns the document and its
 * passages; throws `invalid_document` (or `no_text` when no sentence would become a passage).
 */
export function validateDocument(file: string, content: string): { doc: KnowledgeDocument; passages: Passage[] } {
  const result = readDocument(file, content);
  if (!result.doc) {
    const empty = result.problems.some((p) => p.message.startsWith('empty body'));
    throw new IngestError(
      empty ? 'no_text' : 'invalid_document',
      empty
        ? 'no article text found: nothing in the input reads as sentences to answer from'
        : `the document would not pass validation:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  return { doc: result.doc, passages: result.passages };
}

/** A file path for a new document that no existing document id uses: `<date>-<slug>[-n].md`. */
export function newDocumentPath(dir: string, meta: DocumentMeta, takenIds: ReadonlySet<string>): string {
  const base = `${meta.date}-${slugify(meta.title)}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const file = join(dir, `${id}.md`);
    if (!takenIds.has(id) && !existsSync(file)) return file;
  }
}

/** Write a file atomically: a hidden temporary file next to it, renamed into place. */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
