/**
 * One ingest: input (a file, a URL or standard input) → article → metadata → deduplication
 * → a validated document written into the knowledge folder. Shared by `elshi ingest` and
 * the feed poller.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findDuplicate, readLibrary, sameUrl, type DuplicateMatch } from './dedup.ts';
import { IngestError } from './errors.ts';
import { extractArticle } from './extract.ts';
import { fetchText, type FetchOptions } from './fetch.ts';
import { checkOverrides, resolveMeta } from './metadata.ts';
import type { DocumentMeta, InputFormat, MetaOverrides } from './types.ts';
import { newDocumentPath, renderDocument, validateDocument, writeAtomic } from './write.ts';

/** Options of {@link ingestContent}. */
export interface IngestContentOptions {
  /** Knowledge folder the document is written to. */
  knowledgeDir: string;
  content: string;
  format?: InputFormat;
  /** Name of the file the content came from (to tell HTML, Markdown and text apart). */
  fileName?: string;
  /** Content type the server sent. */
  contentType?: string;
  /** Values that win over the input's own (command-line flags, a feed item's date). */
  overrides?: MetaOverrides;
  /** Values used only when the input declares none (a feed's title as the source). */
  fallback?: MetaOverrides;
}

/** What an ingest did. */
export type IngestResult =
  | {
      /** `added`: a new document; `replaced`: an updated page rewrote the document with the same URL, keeping its id. */
      status: 'added' | 'replaced';
      id: string;
      /** Absolute path of the written file. */
      file: string;
      meta: DocumentMeta;
      passages: number;
    }
  | {
      /** Nothing written: an existing document already has this URL and content, or this text. */
      status: 'duplicate';
      match: DuplicateMatch;
      meta: DocumentMeta | null;
    };

/** Ingest content already in hand; see {@link IngestResult}. Throws {@link IngestError}. */
export function ingestContent(options: IngestContentOptions): IngestResult {
  const article = extractArticle({ content: options.content, format: options.format, fileName: options.fileName, contentType: options.contentType });
  if (!article.blocks.some((b) => b.kind === 'paragraph')) {
    throw new IngestError('no_text', 'no article text found in the input');
  }
  const meta = resolveMeta(article, options.overrides, options.fallback);
  const library = readLibrary(options.knowledgeDir);
  const previous = sameUrl(library, meta.url);
  const file = previous ? previous.file : newDocumentPath(options.knowledgeDir, meta, library.ids);
  const content = renderDocument(meta, article.blocks);
  const { doc, passages } = validateDocument(file, content);
  if (previous) {
    let current = '';
    try {
      current = readFileSync(previous.file, 'utf8');
    } catch {
      // Gone since it was listed: written anew below.
    }
    if (current === content) return { status: 'duplicate', match: { reason: 'same-url', entry: previous, similarity: 1 }, meta };
    writeAtomic(file, content);
    return { status: 'replaced', id: doc.id, file: doc.file, meta, passages: passages.length };
  }
  const match = findDuplicate(library, { url: null, blocks: doc.blocks });
  if (match) return { status: 'duplicate', match, meta };
  writeAtomic(file, content);
  return { status: 'added', id: doc.id, file: doc.file, meta, passages: passages.length };
}

/** Options of {@link ingestInput}. */
export interface IngestInputOptions extends Omit<IngestContentOptions, 'content' | 'fileName' | 'contentType'> {
  /** A file path, an http(s) URL, or `-` for standard input. */
  input: string;
  /** Read all of standard input (for `-`). */
  readStdin?: () => Promise<string>;
  fetch?: FetchOptions;
}

/** Whether an input names a web page rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Read an input (file, URL, or `-`) and ingest it. A page fetched from a URL is recorded
 * with that URL unless `--url` says otherwise, so fetching the same page again is found
 * as the same document.
 */
export async function ingestInput(options: IngestInputOptions): Promise<IngestResult> {
  const { input, readStdin, fetch: fetchOptions, ...rest } = options;
  checkOverrides(rest.overrides ?? {});
  if (input === '-') {
    if (!readStdin) throw new IngestError('no_text', 'standard input is not available');
    return ingestContent({ ...rest, content: await readStdin() });
  }
  if (isUrl(input)) {
    const page = await fetchText(input, fetchOptions);
    return ingestContent({
      ...rest,
      content: page.body,
      contentType: page.contentType,
      fileName: new URL(page.url).pathname,
      overrides: { ...rest.overrides, url: rest.overrides?.url ?? input },
    });
  }
  let content: string;
  try {
    content = readFileSync(input, 'utf8');
  } catch (error) {
    throw new IngestError('no_text', `cannot read ${input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { cause: error });
  }
  return ingestContent({ ...rest, content, fileName: basename(input) });
}
