import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { KnowledgeError, type KnowledgeProblem } from './errors.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { parseBlocks } from './markdown.ts';
import { documentPassages } from './passages.ts';
import type { KnowledgeBase, KnowledgeDocument, Passage } from './types.ts';

/** Name of the optional curator file of name variants, at the top of the knowledge folder. */
export const ALIASES_FILE = 'aliases.yml';

/** Files in the knowledge folder that are not documents. */
function isDocumentFile(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
}

/** Every document file below a folder, sorted so loading is deterministic. */
export function listDocumentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isDocumentFile(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Read and validate one document file; returns the document or the problems found. */
export function readDocument(
  file: string,
  content: string,
  displayName: string = file,
): { doc: KnowledgeDocument | null; passages: Passage[]; problems: KnowledgeProblem[] } {
  const split = splitFrontMatter(displayName, content);
  if (!split.meta) return { doc: null, passages: [], problems: split.problems };
  const blocks = parseBlocks(split.body, split.bodyLine);
  const doc: KnowledgeDocument = {
    id: basename(file, '.md'),
    ...split.meta,
    file: resolve(file),
    blocks,
    hash: createHash('sha256').update(content).digest('hex'),
  };
  const passages = documentPassages(doc);
  if (passages.length === 0) {
    const line = blocks[0]?.line ?? split.bodyLine;
    return {
      doc: null,
      passages: [],
      problems: [{ file: displayName, line, message: 'empty body: the document has no sentences to answer from' }],
    };
  }
  return { doc, passages, problems: [] };
}

/** Read the curator alias groups: a YAML list of lists of names that mean the same. */
export function readAliases(dir: string): { aliases: string[][]; problems: KnowledgeProblem[]; content: string } {
  const path = join(dir, ALIASES_FILE);
  if (!existsSync(path)) return { aliases: [], problems: [], content: '' };
  const content = readFileSync(path, 'utf8');
  const display = relative(process.cwd(), path) || path;
  const doc = parseDocument(content);
  if (doc.errors.length > 0) {
    return {
      aliases: [],
      content,
      problems: doc.errors.map((e) => ({
        file: display,
        line: e.linePos?.[0]?.line ?? 1,
        message: `malformed aliases: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  const groups = data === null || data === undefined ? [] : data;
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.every((n) => typeof n === 'string'))) {
    return {
      aliases: [],
      content,
      problems: [{ file: display, line: 1, message: 'aliases must be a list of lists of names, e.g. - [UN, United Nations]' }],
    };
  }
  return { aliases: groups as string[][], problems: [], content };
}

/**
 * Load and validate every document below `dir`. Throws {@link KnowledgeError} listing every
 * problem (file and line) when any file is invalid: one bad file never silently vanishes.
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new KnowledgeError([{ file: dir, line: 0, message: 'knowledge folder not found' }]);
  }
  const problems: KnowledgeProblem[] = [];
  const documents: KnowledgeDocument[] = [];
  const passages: Passage[] = [];
  const seen = new Map<string, string>();
  const hash = createHash('sha256');
  for (const file of listDocumentFiles(dir)) {
    const display = relative(process.cwd(), file) || file;
    const content = readFileSync(file, 'utf8');
    const result = readDocument(file, content, display);
    problems.push(...result.problems);
    if (!result.doc) continue;
    const previous = seen.get(result.doc.id);
    if (previous) {
      problems.push({ file: display, line: 1, message: `duplicate document id "${result.doc.id}" (also ${previous})` });
      continue;
    }
    seen.set(result.doc.id, display);
    documents.push(result.doc);
    passages.push(...result.passages);
    hash.update(`${result.doc.id}\0${result.doc.hash}\0`);
  }
  const aliases = readAliases(dir);
  problems.push(...aliases.problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  if (documents.length === 0) {
    throw new KnowledgeError([{ file: dir, line: 0, message: 'no documents: add Markdown files with title, date and source' }]);
  }
  hash.update(aliases.content);
  return { documents, passages, aliases: aliases.aliases, hash: hash.digest('hex') };
}

/**
 * One knowledge base from several (a folder of extra documents beside the archive, for
 * evaluation); ids must stay unique across them.
 */
export function mergeKnowledge(...bases: KnowledgeBase[]): KnowledgeBase {
  const ids = new Set<string>();
  const problems: KnowledgeProblem[] = [];
  for (const base of bases) {
    for (const doc of base.documents) {
      if (ids.has(doc.id)) problems.push({ file: doc.id, line: 1, message: `duplicate document id "${doc.id}" in the merged folders` });
      ids.add(doc.id);
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  const hash = createHash('sha256');
  for (const base of bases) hash.update(`${base.hash}\0`);
  return {
    documents: bases.flatMap((b) => b.documents),
    passages: bases.flatMap((b) => b.passages),
    aliases: bases.flatMap((b) => b.aliases),
    hash: hash.digest('hex'),
  };
}
