import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { AnswerEngine, ENGINE_VERSION, type EngineOptions } from './engine.ts';
import type { IndexSnapshot } from './index-state.ts';

/** Options of {@link openEngine}. */
export interface OpenEngineOptions extends EngineOptions {
  knowledge: KnowledgeBase;
  /** Folder of the index cache; no caching when absent. */
  cacheDir?: string;
  /** Told whether the index came from the cache or was built (for logs). */
  onIndex?: (event: { cached: boolean; ms: number; file: string | null }) => void;
}

const PREFIX = 'index-';

/** Cache file of a knowledge base: keyed by the hash of its files and the engine version. */
export function cacheFile(cacheDir: string, knowledge: KnowledgeBase): string {
  return join(cacheDir, `${PREFIX}v${ENGINE_VERSION}-${knowledge.hash.slice(0, 24)}.json`);
}

/**
 * Open an engine over a knowledge base, loading its built index from the cache when the
 * knowledge files and engine version are unchanged, else building it and saving it there
 * (older cache files are removed). A damaged cache file is rebuilt, never fatal.
 */
export function openEngine(options: OpenEngineOptions): AnswerEngine {
  const { knowledge, cacheDir, onIndex, ...engineOptions } = options;
  const started = performance.now();
  if (!cacheDir) {
    const engine = AnswerEngine.create(knowledge, engineOptions);
    onIndex?.({ cached: false, ms: performance.now() - started, file: null });
    return engine;
  }
  const file = cacheFile(cacheDir, knowledge);
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as IndexSnapshot;
    const engine = AnswerEngine.create(knowledge, { ...engineOptions, snapshot });
    onIndex?.({ cached: true, ms: performance.now() - started, file });
    return engine;
  } catch {
    // No usable cache: build and save below.
  }
  const engine = AnswerEngine.create(knowledge, engineOptions);
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const name of readdirSync(cacheDir)) if (name.startsWith(PREFIX)) rmSync(join(cacheDir, name), { force: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(engine.snapshot()));
    renameSync(temp, file);
  } catch {
    // A read-only or full disk only costs the next start a rebuild.
  }
  onIndex?.({ cached: false, ms: performance.now() - started, file });
  return engine;
}

/** Load the knowledge folder and open an engine over it, through the cache when given. */
export function openEngineAt(options: { knowledgeDir: string; cacheDir?: string } & Omit<OpenEngineOptions, 'knowledge' | 'cacheDir'>): AnswerEngine {
  const { knowledgeDir, ...rest } = options;
  return openEngine({ ...rest, knowledge: loadKnowledge(knowledgeDir) });
}
