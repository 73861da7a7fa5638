import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Answer } from './types.ts';

/** Where the search thread gets its knowledge base: a folder, a given base, or a synthetic archive. */
export type WorkerSource =
  | { knowledgeDir: string }
  | { knowledge: KnowledgeBase; distractors?: number }
  | { synthetic: number };

/** Messages to the search thread. */
export type WorkerRequest =
  | { type: 'ask'; id: number; question: string; now: number | null; more?: number }
  | { type: 'reload'; id: number; knowledge: KnowledgeBase };

/** Messages from the search thread. */
export type WorkerResponse =
  | { type: 'ready'; passages: number }
  | { type: 'answer'; id: number; answer: Answer }
  | { type: 'reloaded'; id: number }
  | { type: 'error'; id: number; message: string };
