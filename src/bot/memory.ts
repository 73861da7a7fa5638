import { createHash } from 'node:crypto';

/**
 * A small least-recently-used map of questions by a short key, so a "More sources" button
 * can carry only the key in its callback data (Telegram allows 64 bytes) and the answer
 * can be recomputed when it is pressed. One per bot instance; old keys fall out.
 */
export class QuestionMemory {
  private readonly entries = new Map<string, string>();
  private readonly capacity: number;

  constructor(capacity = 2000) {
    this.capacity = capacity;
  }

  /** Remember a question; returns its key (12 URL-safe characters, the same for the same question). */
  remember(question: string): string {
    const key = createHash('sha256').update(question).digest('base64url').slice(0, 12);
    this.entries.delete(key);
    this.entries.set(key, question);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The question behind a key, or undefined when unknown or forgotten. */
  recall(key: string): string | undefined {
    const question = this.entries.get(key);
    if (question !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, question);
    }
    return question;
  }
}
