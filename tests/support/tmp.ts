import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';

/** A temporary folder with files, removed by `cleanup()`. */
export interface TempDir {
  path: string;
  write(name: string, content: string): string;
  cleanup(): void;
}

/** Create a temporary folder, optionally with files (`name → content`). */
export function tempDir(files: Record<string, string> = {}): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'elshi-test-'));
  const write = (name: string, content: string): string => {
    const file = join(path, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  for (const [name, content] of Object.entries(files)) write(name, content);
  return { path, write, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A valid knowledge document with the given body and overrides of its front matter. */
export function doc(body: string, meta: Record<string, string> = {}): string {
  const fields = { title: 'A test document', date: '2025-01-15', source: 'Test Agency', ...meta };
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The knowledge base of the given files (`name → content`), read from a temporary folder that is removed once they are read. */
export function knowledgeOf(files: Record<string, string>): KnowledgeBase {
  const dir = tempDir(files);
  try {
    return loadKnowledge(dir.path);
  } finally {
    dir.cleanup();
  }
}
