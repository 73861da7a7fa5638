/**
 * What the bot's features need from the rest of Elshi, as plain interfaces so tests can
 * hand in their own (an engine that fails, a fixed clock).
 */
import type { Config } from '../config.ts';
import type { KnowledgeDocument, Passage } from '../knowledge/types.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../digest/store.ts';
import type { AskOptions } from '../search/engine.ts';
import type { Answer } from '../search/types.ts';
import type { CuratorTools } from './curator.ts';

/** The part of the answer engine the bot uses (an `AnswerEngine` or a `WorkerEngine` satisfies it). */
export interface BotEngine {
  ask(question: string, options?: AskOptions): Answer | Promise<Answer>;
  /** Every document, newest first. */
  documents(): KnowledgeDocument[];
  keySentences(docId: string, count?: number): Passage[];
}

/** Per-user question rate limit. */
export interface RateLimit {
  /** Window length in milliseconds. */
  timeFrame: number;
  /** Questions allowed per user in one window. */
  limit: number;
}

/** Dependencies of {@link createBot} and its feature composers. */
export interface BotDeps {
  config: Config;
  engine: BotEngine;
  logger: Logger;
  /** Subscription store of the daily digest; without it the digest commands are off. */
  store?: Store;
  /** "Today" for relative dates in questions; defaults to the clock. */
  now?: () => Date;
  /** Per-user question rate limit (default: 6 questions per 10 seconds). */
  rateLimit?: RateLimit;
  /** Example questions offered by /start (default {@link DEFAULT_EXAMPLES}). */
  examples?: string[];
  /** Reload and index size for the curator commands (/reload, /stats); without it /reload is off. */
  curator?: CuratorTools;
}

/** Example questions /start offers as buttons. */
export const DEFAULT_EXAMPLES: readonly string[] = [
  'When did Tokayev hold talks with Putin in Moscow?',
  'What did Lavrov and Kazykhanov discuss?',
  'What projects with Rosatom were mentioned?',
];

/** Default per-user question rate limit. */
export const DEFAULT_RATE_LIMIT: RateLimit = { timeFrame: 10_000, limit: 6 };
