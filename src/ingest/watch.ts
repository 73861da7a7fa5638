/**
 * Live reload: the running bot watches its knowledge folder and, after a short quiet
 * period, reloads the knowledge base into the engine. The engine builds the new index in
 * full before swapping it in, so no question is answered from a half-built index. When the
 * folder has become invalid, the bot keeps answering from the knowledge base it has and
 * logs every problem (`file:line: message`).
 */
import { watch, statSync, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { KnowledgeError, formatProblem, type KnowledgeProblem } from '../knowledge/errors.ts';
import { ALIASES_FILE, listDocumentFiles, loadKnowledge } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Logger } from '../log.ts';

/** The part of the answer engine a reload needs (an `AnswerEngine` satisfies it). */
export interface ReloadableEngine {
  reload(knowledge: KnowledgeBase): void;
  readonly knowledge: KnowledgeBase;
}

/** What a reload did. `documents` and `passages` describe the knowledge base answered from afterwards. */
export type ReloadOutcome =
  | { status: 'reloaded' | 'unchanged'; documents: number; passages: number }
  | { status: 'invalid'; documents: number; passages: number; problems: KnowledgeProblem[] };

/** Options of {@link KnowledgeWatcher}. */
export interface KnowledgeWatcherOptions {
  dir: string;
  engine: ReloadableEngine;
  logger: Logger;
  /** Quiet period after the last change before reloading, in milliseconds (default 300). */
  debounceMs?: number;
  /**
   * Check the folder every this many milliseconds instead of using file-system events
   * (also the fallback when events are unavailable). Default: events.
   */
  pollMs?: number;
  /** Told after every reload attempt. */
  onReload?: (outcome: ReloadOutcome) => void;
}

/** Whether a changed path can affect the knowledge base (documents and the alias file, not temporary files). */
function relevant(filename: string | null): boolean {
  if (filename === null) return true;
  const name = basename(filename);
  if (name.startsWith('.') || name.startsWith('_')) return false;
  return name.endsWith('.md') || name === ALIASES_FILE || !name.includes('.');
}

/** Names, sizes and modification times of the knowledge files: changes when any of them does. */
function signature(dir: string): string {
  try {
    const files = [...listDocumentFiles(dir), join(dir, ALIASES_FILE)];
    return files
      .map((f) => {
        try {
          const s = statSync(f);
          return `${f}:${s.size}:${s.mtimeMs}`;
        } catch {
          return `${f}:-`;
        }
      })
      .join('\n');
  } catch {
    return '';
  }
}

/** Watches a knowledge folder and reloads the engine on every change; see the module comment. */
export class KnowledgeWatcher {
  private readonly options: KnowledgeWatcherOptions;
  private watcher: FSWatcher | null = null;
  private poller: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private lastSignature = '';

  constructor(options: KnowledgeWatcherOptions) {
    this.options = options;
  }

  /** Begin watching (file-system events, or polling when asked or when events are unavailable). */
  start(): void {
    if (this.watcher || this.poller) return;
    if (this.options.pollMs === undefined) {
      try {
        this.watcher = watch(this.options.dir, { recursive: true, persistent: false }, (_event, filename) => {
          if (relevant(filename === null ? null : String(filename))) this.changed();
        });
        this.watcher.on('error', (error) => {
          this.options.logger.warn('knowledge_watch_failed', { error, fallback: 'polling' });
          this.watcher?.close();
          this.watcher = null;
          this.startPolling(2_000);
        });
        return;
      } catch (error) {
        this.options.logger.warn('knowledge_watch_unavailable', { error, fallback: 'polling' });
      }
    }
    this.startPolling(this.options.pollMs ?? 2_000);
  }

  private startPolling(everyMs: number): void {
    this.lastSignature = signature(this.options.dir);
    this.poller = setInterval(() => {
      const now = signature(this.options.dir);
      if (now !== this.lastSignature) {
        this.lastSignature = now;
        this.changed();
      }
    }, everyMs);
    this.poller.unref();
  }

  /** Stop watching. */
  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
  }

  /** Note a change; the reload happens once changes have been quiet for the debounce period. */
  private changed(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.reload('change');
    }, this.options.debounceMs ?? 300);
    this.debounce.unref();
  }

  /**
   * Reload now. A valid folder whose content changed replaces the engine's knowledge base;
   * an invalid one leaves it as it was and logs the problems. Never throws.
   */
  reload(reason: string): ReloadOutcome {
    const { engine, logger, dir } = this.options;
    const started = performance.now();
    let outcome: ReloadOutcome;
    try {
      const knowledge = loadKnowledge(dir);
      if (knowledge.hash === engine.knowledge.hash) {
        outcome = { status: 'unchanged', documents: knowledge.documents.length, passages: knowledge.passages.length };
      } else {
        engine.reload(knowledge);
        outcome = { status: 'reloaded', documents: knowledge.documents.length, passages: knowledge.passages.length };
        logger.info('knowledge_reloaded', { reason, ...outcome, ms: Math.round(performance.now() - started) });
      }
    } catch (error) {
      const problems = error instanceof KnowledgeError ? error.problems : [{ file: dir, line: 0, message: (error as Error).message }];
      const current = engine.knowledge;
      outcome = { status: 'invalid', documents: current.documents.length, passages: current.passages.length, problems };
      logger.warn('knowledge_invalid', {
        reason,
        kept_documents: current.documents.length,
        problems: problems.slice(0, 50).map(formatProblem),
      });
    }
    this.options.onReload?.(outcome);
    return outcome;
  }
}
