import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import type { AnswerEngine } from '../search/engine.ts';
import { openEngineAt } from '../search/cache.ts';
import { renderDigestText } from './compose.ts';
import { DigestSender } from './deliver.ts';
import { composeDigest, runPass } from './pass.ts';
import { localDay } from './schedule.ts';
import { Store } from './store.ts';
import { HttpTransport } from './transport.ts';

/** Output streams of a command (the CLI's `Io`, in part). */
export interface DigestIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A wrong use of the `digest` command, reported with its usage. */
export class DigestUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestUsageError';
  }
}

const USAGE = `elshi digest preview [--chat ID] [--date YYYY-MM-DD] [--html]
elshi digest send [--all] [--now ISO-TIME] [--wait SECONDS]`;

const HELP = `${USAGE}
  preview   print a digest as text: a chat's (what is new to it), or a new subscriber's
  send      one delivery pass over the subscribers due at --now (default: now), or every
            active subscriber with --all; at most one digest per chat and local day, so a
            second identical run sends nothing. Needs BOT_TOKEN (and TELEGRAM_API_ROOT).
            --wait: how long to wait for the bot's own pass to finish (default 120 s).
`;

/**
 * The `elshi digest` command: `preview` prints a digest, `send` runs one delivery pass
 * and exits. Shaped like the CLI's command table entries.
 */
export const digestCommand = {
  usage: 'elshi digest preview|send [options]',
  summary: 'preview a daily digest, or run one delivery pass (see "elshi digest --help")',
  run: (args: string[], ctx: { config: Config; io: DigestIo }): Promise<number> => runDigestCommand(args, ctx),
};

/** Run `elshi digest …`; returns the exit code. */
export async function runDigestCommand(args: string[], { config, io }: { config: Config; io: DigestIo }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      knowledge: { type: 'string' },
      chat: { type: 'string' },
      date: { type: 'string' },
      html: { type: 'boolean' },
      all: { type: 'boolean' },
      now: { type: 'string' },
      wait: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action] = positionals;
  if (values.help || !action) {
    io.out(HELP);
    return values.help ? 0 : 2;
  }
  try {
    if (action === 'preview') return preview(values, { config, io });
    if (action === 'send') return await send(values, { config, io });
    throw new DigestUsageError(`unknown action "${action}"`);
  } catch (error) {
    if (error instanceof DigestUsageError) {
      io.err(`elshi digest: ${error.message}\nUsage:\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

interface DigestFlags {
  knowledge?: string;
  chat?: string;
  date?: string;
  html?: boolean;
  all?: boolean;
  now?: string;
  wait?: string;
}

function engineOf(config: Config, flags: DigestFlags): AnswerEngine {
  return openEngineAt({ knowledgeDir: flags.knowledge ?? config.knowledgeDir, cacheDir: config.cacheDir });
}

function preview(flags: DigestFlags, { config, io }: { config: Config; io: DigestIo }): number {
  if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new DigestUsageError(`--date "${flags.date}" is not YYYY-MM-DD`);
  if (flags.chat !== undefined && !/^-?\d+$/.test(flags.chat)) throw new DigestUsageError(`--chat "${flags.chat}" is not a chat id`);
  const engine = engineOf(config, flags);
  const store = Store.open({ path: config.databasePath });
  try {
    const sub = flags.chat !== undefined ? store.subscription(Number(flags.chat)) : null;
    if (flags.chat !== undefined && !sub) io.err(`elshi digest: chat ${flags.chat} has no subscription; showing a new subscriber's digest\n`);
    const day = flags.date ?? localDay(new Date(), sub?.timezone ?? config.defaultTimezone);
    const firstSeen = new Map(store.syncArchive([], new Date()));
    const digest = composeDigest({ store, source: engine, subscription: sub, day, firstSeen, until: flags.date });
    if (digest.items.length === 0) {
      io.out(`Nothing new for ${sub ? `chat ${sub.chatId}` : 'a new subscriber'} on ${day}: no digest would be sent.\n`);
      return 0;
    }
    if (flags.html) io.out(`${digest.messages.map((m) => m.html).join('\n\n----\n\n')}\n`);
    else io.out(`${renderDigestText(digest.items, { day, topic: digest.topic })}\n`);
    return 0;
  } finally {
    store.close();
  }
}

async function send(flags: DigestFlags, { config, io }: { config: Config; io: DigestIo }): Promise<number> {
  const now = flags.now !== undefined ? new Date(flags.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new DigestUsageError(`--now "${flags.now}" is not an ISO time (e.g. 2025-11-12T09:00:00+05:00)`);
  const wait = flags.wait !== undefined ? Number(flags.wait) : 120;
  if (!Number.isFinite(wait) || wait < 0) throw new DigestUsageError(`--wait "${flags.wait}" is not a number of seconds`);
  if (!config.botToken) {
    io.err('elshi digest send: BOT_TOKEN is not set; it is needed to send messages.\n');
    return 2;
  }
  const logger = createLogger(config.logLevel);
  const engine = engineOf(config, flags);
  const store = Store.open({ path: config.databasePath });
  try {
    const transport = new HttpTransport({ apiRoot: config.telegramApiRoot, token: config.botToken });
    const sender = new DigestSender({ store, transport, logger });
    const report = await runPass({ store, source: engine, logger, sender, now, all: flags.all, waitForLeaseMs: wait * 1000 });
    const s = report.send;
    if (!s.leased) {
      io.err('elshi digest send: another process is sending digests; planned ones will be sent by it. Try again later.\n');
      return 1;
    }
    io.out(
      `due ${report.due}: ${report.planned} digest(s) planned, ${report.empty} with nothing new; ` +
        `sent ${s.sent} message(s), ${s.failed} failed, ${s.deactivated} deactivated, ${s.migrated} migrated, ` +
        `${s.floodWaits} flood wait(s), ${s.deferred} deferred, ${s.resumed} resumed\n`,
    );
    return s.deferred > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
