import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
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
const MAGIC = 'ELSHIIDX';

type ArrayKind = 'Int32Array' | 'Uint8Array' | 'Uint16Array';
const CONSTRUCTORS = { Int32Array, Uint8Array, Uint16Array } as const;

/**
 * Write a snapshot as one binary file: a magic word, the length of a JSON header (terms,
 * sections, acronyms and where each array lies), the header, then every typed array 8-byte aligned,
 * so loading is a read and views over one buffer — no parsing of numbers.
 */
export function writeSnapshot(file: string, snapshot: IndexSnapshot): void {
  const layout: Record<string, { kind: ArrayKind; offset: number; length: number }> = {};
  let offset = 0;
  for (const [name, array] of Object.entries(snapshot.arrays)) {
    layout[name] = { kind: array.constructor.name as ArrayKind, offset, length: array.length };
    offset += Math.ceil(array.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({ terms: snapshot.terms, sections: snapshot.sections, acronyms: snapshot.acronyms, aliases: snapshot.aliases ?? [], layout }));
  const padded = Math.ceil((16 + header.length) / 8) * 8;
  const fd = openSync(file, 'w');
  try {
    const prefix = Buffer.alloc(padded);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(header.length, 8);
    header.copy(prefix, 16);
    writeSync(fd, prefix);
    for (const array of Object.values(snapshot.arrays)) {
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      writeSync(fd, bytes);
      const pad = Math.ceil(array.byteLength / 8) * 8 - array.byteLength;
      if (pad > 0) writeSync(fd, Buffer.alloc(pad));
    }
  } finally {
    closeSync(fd);
  }
}

/** Read a snapshot written by {@link writeSnapshot}; throws on a damaged file. */
export function readSnapshot(file: string): IndexSnapshot {
  const data = readFileSync(file);
  if (data.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an index snapshot');
  const headerLength = data.readUInt32LE(8);
  const header = JSON.parse(data.toString('utf8', 16, 16 + headerLength)) as {
    terms: string[];
    sections: string[];
    acronyms?: [string, string][];
    aliases?: string[][];
    layout: Record<string, { kind: ArrayKind; offset: number; length: number }>;
  };
  const base = Math.ceil((16 + headerLength) / 8) * 8;
  const arrays: IndexSnapshot['arrays'] = {};
  for (const [name, { kind, offset, length }] of Object.entries(header.layout)) {
    const Ctor = CONSTRUCTORS[kind];
    const start = data.byteOffset + base + offset;
    if (base + offset + length * Ctor.BYTES_PER_ELEMENT > data.length) throw new Error('index snapshot is truncated');
    arrays[name] = new Ctor(data.buffer, start, length);
  }
  return { terms: header.terms, sections: header.sections, acronyms: header.acronyms ?? [], aliases: header.aliases ?? [], arrays };
}

/** Cache file of a knowledge base: keyed by the hash of its files and the engine version. */
export function cacheFile(cacheDir: string, knowledge: KnowledgeBase): string {
  return join(cacheDir, `${PREFIX}v${ENGINE_VERSION}-${knowledge.hash.slice(0, 24)}.bin`);
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
    const snapshot = readSnapshot(file);
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
    writeSnapshot(temp, engine.snapshot());
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
