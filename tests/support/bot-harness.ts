/**
 * Runs the real bot (createBot + runner long polling) against a {@link TelegramStub} over
 * HTTP, with the seed knowledge base, for acceptance tests.
 */
import { expect } from 'vitest';
import type { Bot } from 'grammy';
import { createBot, type CreateBotOptions } from '../../src/bot/bot.ts';
import type { BotEngine } from '../../src/bot/deps.ts';
import { startPolling, type Polling } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/log.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import { parseTelegramHtml } from './telegram-html.ts';
import { TelegramStub, type RecordedCall } from './telegram-stub.ts';

/** A running bot and its Bot API stand-in. */
export interface BotHarness {
  stub: TelegramStub;
  bot: Bot;
  engine: BotEngine;
  /** Every log record the bot wrote. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The seed knowledge base's engine, built once per test file. */
export function seedEngine(): AnswerEngine {
  return AnswerEngine.create(loadKnowledge('knowledge'));
}

/** Start the stand-in and the bot polling it. */
export async function startHarness(options: { engine?: BotEngine } & Partial<Omit<CreateBotOptions, 'config' | 'logger' | 'engine'>> = {}): Promise<BotHarness> {
  const stub = new TelegramStub();
  const apiRoot = await stub.start();
  const config = loadConfig({ BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: 'debug' });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const engine = options.engine ?? seedEngine();
  const bot = createBot({ ...options, config, engine, logger });
  const polling: Polling = await startPolling(bot, { logger });
  return {
    stub,
    bot,
    engine,
    logs,
    async stop() {
      await polling.stop();
      await stub.stop();
    },
  };
}

/** Texts (as sent, HTML) of every message sent or edited. */
export function sentTexts(calls: RecordedCall[]): string[] {
  return calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').map((c) => String(c.params.text));
}

/**
 * Assert that Telegram would have accepted everything: no refused call, every HTML text
 * parses, and nothing is longer than 4096 characters, markup included. `ignore` excuses
 * calls the test made the stand-in refuse on purpose (a blocked user).
 */
export function expectAllAccepted(stub: TelegramStub, ignore: (call: RecordedCall) => boolean = () => false): void {
  expect(stub.rejectedCalls.filter((c) => !ignore(c)).map((c) => `${c.method}: ${JSON.stringify(c.response)}`)).toEqual([]);
  const texts: string[] = [...sentTexts(stub.calls)];
  for (const c of stub.callsTo('answerInlineQuery')) {
    for (const r of c.params.results as { input_message_content: { message_text: string } }[]) texts.push(r.input_message_content.message_text);
  }
  for (const text of texts) {
    expect(parseTelegramHtml(text).ok, text.slice(0, 200)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(4096);
  }
}

/** "12 November 2025": a date as answers show it. */
export const DISPLAY_DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/** A group chat for tests. */
export function groupChat(id = -100200300): { id: number; type: 'supergroup'; title: string } {
  return { id, type: 'supergroup', title: 'Diplomacy readers' };
}
