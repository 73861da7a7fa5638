/**
 * The search thread of a {@link WorkerEngine}: holds the index and answers questions, so a
 * slow question never blocks the bot's event loop. Messages in: `ask` and `reload`; out:
 * `ready`, `answer`, `reloaded`, `error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { withDistractors, syntheticArchive } from '../bench/synthetic.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { openEngine, openEngineAt } from './cache.ts';
import type { AnswerEngine } from './engine.ts';
import type { WorkerRequest, WorkerResponse, WorkerSource } from './worker-protocol.ts';

const port = parentPort!;
const send = (message: WorkerResponse): void => port.postMessage(message);

function open(source: WorkerSource, cacheDir: string | undefined): AnswerEngine {
  if ('knowledgeDir' in source) return openEngineAt({ knowledgeDir: source.knowledgeDir, cacheDir });
  if ('synthetic' in source) return openEngine({ knowledge: syntheticArchive({ passages: source.synthetic }), cacheDir });
  const knowledge: KnowledgeBase = source.distractors ? withDistractors(source.knowledge, source.distractors) : source.knowledge;
  return openEngine({ knowledge, cacheDir });
}

const { source, cacheDir } = workerData as { source: WorkerSource; cacheDir?: string };
let engine: AnswerEngine;
try {
  engine = open(source, cacheDir);
  send({ type: 'ready', passages: engine.knowledge.passages.length });
} catch (error) {
  send({ type: 'error', id: -1, message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

port.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'ask') {
      const answer = engine.ask(request.question, { now: request.now === null ? undefined : new Date(request.now), more: request.more });
      send({ type: 'answer', id: request.id, answer });
    } else {
      engine = open({ knowledge: request.knowledge }, cacheDir);
      send({ type: 'reloaded', id: request.id });
    }
  } catch (error) {
    send({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
