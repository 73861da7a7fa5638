/**
 * The question log behind the curator's /stats and /gaps: every question the bot answers
 * or abstains on is stored normalised, with the time and whether it was answered — never
 * the user or chat. Logging never gets in the way of an answer: a failure is only logged.
 */
import type { BotDeps } from './deps.ts';

/** Longest question text kept in the log. */
const MAX_LOGGED = 300;

/**
 * Normalise a question so the same question asked differently counts once: case folded,
 * quotation marks unified, whitespace collapsed, closing punctuation dropped.
 */
export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.…,;:]+$/u, '')
    .slice(0, MAX_LOGGED)
    .trim();
}

/** Record a question in the store's log (when the bot has a store). */
export function recordQuestion(deps: Pick<BotDeps, 'store' | 'logger' | 'now'>, question: string, answered: boolean): void {
  if (!deps.store) return;
  const text = normaliseQuestion(question);
  if (!text) return;
  try {
    deps.store.logQuestion({ question: text, answered, at: deps.now?.() ?? new Date() });
  } catch (error) {
    deps.logger.warn('question_log_failed', { error });
  }
}
