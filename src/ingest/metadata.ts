/**
 * The metadata of a document to write: the curator's flags (or a feed item's fields) first,
 * then what the input declares or a dateline says; when title, date or source is still
 * missing, an {@link IngestError} names the flag to give.
 */
import { isCalendarDate } from '../knowledge/frontmatter.ts';
import { IngestError } from './errors.ts';
import type { DocumentMeta, ExtractedArticle, MetaOverrides } from './types.ts';

/** Check flag values before any work is done; throws `bad_flag` naming the flag. */
export function checkOverrides(overrides: MetaOverrides): void {
  if (overrides.date !== undefined && !isCalendarDate(overrides.date)) {
    throw new IngestError('bad_flag', `--date "${overrides.date}" is not a calendar date written YYYY-MM-DD (e.g. --date 2025-11-12)`);
  }
  if (overrides.url !== undefined && !/^https?:\/\/\S+$/.test(overrides.url)) {
    throw new IngestError('bad_flag', `--url "${overrides.url}" must start with http:// or https://`);
  }
  for (const key of ['title', 'source'] as const) {
    const value = overrides[key];
    if (value !== undefined && value.trim() === '') throw new IngestError('bad_flag', `--${key} is empty`);
  }
}

/**
 * Complete metadata for an extracted article. Throws `missing_metadata` when the title,
 * date or source is neither given nor found, saying which flag to give.
 */
export function resolveMeta(article: ExtractedArticle, overrides: MetaOverrides = {}, fallback: MetaOverrides = {}): DocumentMeta {
  checkOverrides(overrides);
  const title = overrides.title?.trim() || article.title || fallback.title?.trim() || null;
  const date = overrides.date ?? article.date ?? (fallback.date && isCalendarDate(fallback.date) ? fallback.date : null);
  const source = overrides.source?.trim() || article.source || fallback.source?.trim() || null;
  const missing: string[] = [];
  if (!date) missing.push('no date found (no published-time meta, dateline or front matter): give one with --date YYYY-MM-DD');
  if (!source) missing.push('no source found (no site name or publisher in the input): give the publisher with --source "…"');
  if (!title) missing.push('no title found: give one with --title "…"');
  if (missing.length > 0 || !date || !source || !title) throw new IngestError('missing_metadata', missing.join('; '));
  return {
    title,
    date,
    source,
    url: overrides.url ?? article.url ?? fallback.url ?? null,
    tags: overrides.tags ?? (article.tags.length > 0 ? article.tags : (fallback.tags ?? [])),
  };
}
