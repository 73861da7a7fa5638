/**
 * Deduplication against the documents already in the knowledge folder: the same URL, the
 * same text once whitespace, quotation marks and case are normalised, or a near-duplicate
 * whose word shingles overlap by at least {@link NEAR_DUPLICATE}: the share of the shorter
 * text's shingles found in the other, so a copy with a few words changed or a line added
 * (a syndicated story, an "Updated:" note) is still the same article.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listDocumentFiles, readDocument } from '../knowledge/load.ts';
import type { ArticleBlock } from './types.ts';

/** Shingle overlap (shared word 4-grams over those of the shorter text) from which two texts are the same article. */
export const NEAR_DUPLICATE = 0.9;
/** Words per shingle. */
const SHINGLE = 4;

/** A document of the knowledge folder, as deduplication compares it. */
export interface LibraryEntry {
  id: string;
  /** Absolute path of its file. */
  file: string;
  url: string | null;
  title: string;
  /** Normalised paragraph text. */
  text: string;
}

/** The documents of a knowledge folder, and every id in use (invalid files included). */
export interface Library {
  entries: LibraryEntry[];
  ids: Set<string>;
}

/** Why a new document is a duplicate of an existing one. */
export type DuplicateReason = 'same-url' | 'same-text' | 'near-duplicate';

/** An existing document that matches a new one. */
export interface DuplicateMatch {
  reason: DuplicateReason;
  entry: LibraryEntry;
  /** Shingle overlap, 0–1 (1 for the same text). */
  similarity: number;
}

/** Fold text for comparison: quotes and dashes unified, case folded, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”«»„‟″"]/g, '"')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\u200b\u00ad]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised text of an article's paragraphs (headings left out). */
export function articleText(blocks: readonly { kind: string; text: string }[]): string {
  return normaliseText(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join(' '));
}

/** A URL compared without its fragment, trailing slash or `www.`. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const host = u.hostname.replace(/^www\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Word shingles of normalised text. */
export function shingles(text: string): Set<string> {
  const words = text.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Fewest shingles both texts need before they can be near-duplicates (short texts compare exactly only). */
const MIN_SHINGLES = 8;

/** Overlap of two shingle sets: shared shingles over the smaller set's size (0 when either is too short). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < MIN_SHINGLES || b.size < MIN_SHINGLES) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}

/**
 * Read the documents of a knowledge folder for comparison. Files that do not validate are
 * skipped (their ids still count as taken); `loadKnowledge` reports them elsewhere.
 */
export function readLibrary(dir: string): Library {
  const entries: LibraryEntry[] = [];
  const ids = new Set<string>();
  let files: string[] = [];
  try {
    files = listDocumentFiles(dir);
  } catch {
    return { entries, ids };
  }
  for (const file of files) {
    const { doc } = readDocument(file, readFileSync(file, 'utf8'), relative(process.cwd(), file) || file);
    ids.add(file.replace(/^.*[\\/]/, '').replace(/\.md$/, ''));
    if (!doc) continue;
    entries.push({ id: doc.id, file: doc.file, url: doc.url, title: doc.title, text: articleText(doc.blocks) });
  }
  return { entries, ids };
}

/** The existing document with the same URL, if any. */
export function sameUrl(library: Library, url: string | null): LibraryEntry | null {
  if (!url) return null;
  const key = normaliseUrl(url);
  return library.entries.find((e) => e.url !== null && normaliseUrl(e.url) === key) ?? null;
}

/**
 * The existing document a new article duplicates: same URL first, then same normalised
 * text, then the most similar near-duplicate at or above {@link NEAR_DUPLICATE}.
 */
export function findDuplicate(library: Library, candidate: { url: string | null; blocks: readonly ArticleBlock[] }): DuplicateMatch | null {
  const text = articleText(candidate.blocks);
  const byUrl = sameUrl(library, candidate.url);
  if (byUrl) return { reason: 'same-url', entry: byUrl, similarity: byUrl.text === text ? 1 : similarity(shingles(text), shingles(byUrl.text)) };
  const exact = library.entries.find((e) => e.text === text);
  if (exact) return { reason: 'same-text', entry: exact, similarity: 1 };
  const mine = shingles(text);
  let best: DuplicateMatch | null = null;
  for (const entry of library.entries) {
    const s = similarity(mine, shingles(entry.text));
    if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) best = { reason: 'near-duplicate', entry, similarity: s };
  }
  return best;
}
