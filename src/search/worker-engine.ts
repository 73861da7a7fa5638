import { Worker } from 'node:worker_threads';
import type { KnowledgeBase, KnowledgeDocument, Passage } from '../knowledge/types.ts';
import { Analyzer } from './analyzer.ts';
import type { AskOptions } from './engine.ts';
import { keySentences, newestFirst } from './key-sentences.ts';
import type { Answer } from './types.ts';
import type { WorkerRequest, WorkerResponse, WorkerSource } from './worker-protocol.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Options of {@link WorkerEngine.start}. */
export interface WorkerEngineOptions {
  /** The knowledge base the bot shows documents from (lists, digests). */
  knowledge: KnowledgeBase;
  /** Where the search thread loads its own copy; default: `knowledge` itself. */
  source?: WorkerSource;
  /** Index cache folder for the search thread. */
  cacheDir?: string;
}

/**
 * An answer engine whose index lives in a worker thread: `ask` is asynchronous, so a slow
 * question on a large archive never stalls the bot's event loop. Document lists, key
 * sentences and the tokenizer stay on the calling thread (they need no index).
 */
export class WorkerEngine {
  private current: KnowledgeBase;
  private currentAnalyzer: Analyzer;
  private byDoc = new Map<string, Passage[]>();
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private closed = false;

  private constructor(worker: Worker, knowledge: KnowledgeBase) {
    this.worker = worker;
    this.current = knowledge;
    this.currentAnalyzer = new Analyzer(knowledge.aliases);
    this.index(knowledge);
    worker.on('message', (message: WorkerResponse) => {
      if (message.type === 'ready') return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(message.message));
      else waiting.resolve(message.type === 'answer' ? message.answer : undefined);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('the search thread stopped')));
  }

  /** Start the search thread and resolve once its index is ready. */
  static start(options: WorkerEngineOptions): Promise<WorkerEngine> {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { source: options.source ?? { knowledge: options.knowledge }, cacheDir: options.cacheDir },
    });
    return new Promise((resolve, reject) => {
      const onMessage = (message: WorkerResponse): void => {
        if (message.type === 'ready') {
          worker.off('message', onMessage);
          resolve(new WorkerEngine(worker, options.knowledge));
        } else if (message.type === 'error') {
          reject(new Error(message.message));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  private index(knowledge: KnowledgeBase): void {
    const byDoc = new Map<string, Passage[]>();
    for (const p of knowledge.passages) {
      const list = byDoc.get(p.docId) ?? [];
      list.push(p);
      byDoc.set(p.docId, list);
    }
    this.byDoc = byDoc;
  }

  private failAll(error: Error): void {
    this.closed = true;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private request(message: DistributiveOmit<WorkerRequest, 'id'>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the search thread is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Answer a question in the search thread. */
  ask(question: string, options: AskOptions = {}): Promise<Answer> {
    return this.request({ type: 'ask', question, now: options.now ? options.now.getTime() : null, more: options.more }) as Promise<Answer>;
  }

  /**
   * Replace the knowledge base here and in the search thread, which builds the new index
   * before it swaps it in. Questions asked after this call are answered from the new one
   * (the thread handles messages in order). A failed rebuild is reported to `onError`.
   */
  reload(knowledge: KnowledgeBase, onError: (error: Error) => void = () => {}): void {
    this.request({ type: 'reload', knowledge }).catch(onError);
    this.current = knowledge;
    this.currentAnalyzer = new Analyzer(knowledge.aliases);
    this.index(knowledge);
  }

  /** The knowledge base currently answered from. */
  get knowledge(): KnowledgeBase {
    return this.current;
  }

  /** The shared tokenizer. */
  get analyzer(): Analyzer {
    return this.currentAnalyzer;
  }

  /** Every document, newest first. */
  documents(): KnowledgeDocument[] {
    return newestFirst(this.current.documents);
  }

  /** The passages of one document, in order. */
  passagesOf(docId: string): Passage[] {
    return this.byDoc.get(docId) ?? [];
  }

  /** The sentences that best summarise a document. */
  keySentences(docId: string, count = 1): Passage[] {
    return keySentences(this.passagesOf(docId), this.currentAnalyzer, count);
  }

  /** Stop the search thread; questions still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}
