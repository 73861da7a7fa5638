import { parseDocument, isMap } from 'yaml';
import { isValid, parseISO, format } from 'date-fns';
import type { KnowledgeProblem } from './errors.ts';

/** The validated metadata of a document. */
export interface FrontMatter {
  title: string;
  date: string;
  source: string;
  url: string | null;
  language: string;
  tags: string[];
}

/** Result of splitting a file into front matter and body. */
export interface SplitFile {
  meta: FrontMatter | null;
  /** The body text after the closing `---`. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  problems: KnowledgeProblem[];
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Check a `YYYY-MM-DD` string names a real calendar day (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/**
 * Split a knowledge file into its YAML front matter and Markdown body, validating the
 * metadata. Problems are reported with the file's own line numbers.
 */
export function splitFrontMatter(file: string, content: string): SplitFile {
  const problems: KnowledgeProblem[] = [];
  const problem = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    problem(1, 'missing front matter: the file must start with a line "---", then title, date and source');
    return { meta: null, body: lines.join('\n'), bodyLine: 1, problems };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    problem(1, 'front matter is not closed: add a line "---" after the metadata');
    return { meta: null, body: '', bodyLine: lines.length + 1, problems };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 1) + 1;
      problem(line, `malformed front matter: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    return { meta: null, body, bodyLine, problems };
  }
  if (!isMap(doc.contents)) {
    problem(2, 'malformed front matter: expected "key: value" lines');
    return { meta: null, body, bodyLine, problems };
  }
  const lineOf = (key: string): number => {
    const pair = (doc.contents as { items: { key: { value?: unknown; range?: [number, number, number] } }[] }).items.find(
      (item) => item.key?.value === key,
    );
    const offset = pair?.key.range?.[0];
    if (offset === undefined) return 2;
    return yamlText.slice(0, offset).split('\n').length + 1;
  };
  const data = doc.toJS() as Record<string, unknown>;
  const text = (key: string, required: boolean): string | null => {
    const value = data[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) problem(key in data ? lineOf(key) : end + 1, `missing required key "${key}"`);
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      problem(lineOf(key), `"${key}" must be text`);
      return null;
    }
    return String(value).trim();
  };
  const title = text('title', true);
  const source = text('source', true);
  const date = text('date', true);
  if (date !== null && !isCalendarDate(date)) {
    problem(
      lineOf('date'),
      DATE_RE.test(date) ? `impossible date "${date}"` : `date "${date}" must be written YYYY-MM-DD`,
    );
  }
  const url = text('url', false);
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) problem(lineOf('url'), `url "${url}" must start with http:// or https://`);
  const language = text('language', false) ?? 'en';
  let tags: string[] = [];
  if (data.tags !== undefined && data.tags !== null) {
    if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string' || typeof t === 'number')) {
      tags = data.tags.map(String);
    } else if (typeof data.tags === 'string') {
      tags = data.tags.split(',').map((t) => t.trim()).filter(Boolean);
    } else {
      problem(lineOf('tags'), '"tags" must be a list such as [russia, state visit]');
    }
  }
  if (problems.length > 0 || title === null || source === null || date === null) {
    return { meta: null, body, bodyLine, problems };
  }
  return { meta: { title, date, source, url, language, tags }, body, bodyLine, problems };
}
