/**
 * `elshi ingest <file | URL | -> [--title …] [--date YYYY-MM-DD] [--source …] [--url …]
 * [--tags a,b] [--knowledge DIR]`: add one document to the knowledge folder, or say which
 * existing document it duplicates.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { DuplicateMatch } from './dedup.ts';
import { IngestError } from './errors.ts';
import { ingestInput, type IngestResult } from './ingest.ts';
import type { MetaOverrides } from './types.ts';

/** Where the command writes and reads. */
export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Lines of standard input (for `-`). */
  lines: () => AsyncIterable<string>;
}

const USAGE = 'elshi ingest <file|URL|-> [--title T] [--date YYYY-MM-DD] [--source S] [--url U] [--tags a,b] [--knowledge DIR]';

/** How a duplicate is described to the curator. */
export function describeMatch(match: DuplicateMatch): string {
  const file = relative(process.cwd(), match.entry.file) || match.entry.file;
  const why =
    match.reason === 'same-url'
      ? 'the same URL with the same content'
      : match.reason === 'same-text'
        ? 'the same text'
        : `${Math.round(match.similarity * 100)}% of the same wording`;
  return `duplicate of "${match.entry.id}" (${file}): ${why}; nothing written`;
}

/** One line saying what an ingest did. */
export function describeResult(result: IngestResult): string {
  if (result.status === 'duplicate') return describeMatch(result.match);
  const file = relative(process.cwd(), result.file) || result.file;
  const verb = result.status === 'added' ? 'added' : 'replaced (same URL, updated content; id kept)';
  return `${verb}: ${file} — "${result.meta.title}", ${result.meta.source}, ${result.meta.date}; ${result.passages} passages`;
}

/** Run `elshi ingest`; returns the exit code (0 added, replaced or duplicate; 1 failed; 2 usage). */
export async function runIngestCommand(args: string[], { config, io }: { config: Config; io: IngestIo }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      knowledge: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      tags: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    io.err(`elshi ingest: give one file, URL, or - for standard input\nUsage: ${USAGE}\n`);
    return 2;
  }
  const overrides: MetaOverrides = {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.date !== undefined ? { date: values.date.trim() } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
    ...(values.url !== undefined ? { url: values.url.trim() } : {}),
    ...(values.tags !== undefined ? { tags: values.tags.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
  };
  const readStdin = async (): Promise<string> => {
    const lines: string[] = [];
    for await (const line of io.lines()) lines.push(line);
    return lines.join('\n');
  };
  try {
    const result = await ingestInput({
      input: positionals[0]!,
      knowledgeDir: values.knowledge ?? config.knowledgeDir,
      overrides,
      readStdin,
    });
    io.out(`${describeResult(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      io.err(`elshi ingest: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** The `ingest` entry of the CLI's command table. */
export const ingestCommand = {
  usage: 'elshi ingest <file|URL|-> [--title --date --source --url --tags]',
  summary: 'add a text, Markdown file or web page to the knowledge folder (deduplicated)',
  run: (args: string[], ctx: { config: Config; io: IngestIo }): Promise<number> => runIngestCommand(args, ctx),
};
