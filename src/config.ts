import { dirname, join, resolve } from 'node:path';

/** Validated configuration of Elshi, read once from the environment. */
export interface Config {
  /** Telegram bot token; null when unset (commands that need no bot still work). */
  botToken: string | null;
  /** Root of the Telegram Bot API, e.g. a local stand-in in tests. */
  telegramApiRoot: string;
  knowledgeDir: string;
  databasePath: string;
  /** Folder of the built-index cache, next to the database. */
  cacheDir: string;
  /** IANA time zone used for new subscriptions. */
  defaultTimezone: string;
  /** Default local digest time, `HH:MM`. */
  digestTime: string;
  /** Telegram user ids allowed to use curator commands. */
  adminIds: number[];
  logLevel: LogLevel;
  /** RSS/Atom feed URLs the running bot polls for new documents (empty: none). */
  feeds: string[];
  /** Minutes between two polls of each feed. */
  feedIntervalMinutes: number;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** A configuration problem, naming the environment key at fault. */
export class ConfigError extends Error {
  readonly key: string;

  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

/** Whether a string names a time zone the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parse `HH:MM` (24-hour) into minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * Read and validate configuration from an environment (default `process.env`). Throws
 * {@link ConfigError} naming the first bad key.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const get = (key: string): string | undefined => {
    const v = env[key];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const botToken = get('BOT_TOKEN') ?? null;
  if (botToken !== null && !/^\d+:[\w-]{20,}$/.test(botToken)) {
    throw new ConfigError('BOT_TOKEN', 'does not look like a bot token (expected "123456:ABC…" from @BotFather)');
  }
  const telegramApiRoot = (get('TELEGRAM_API_ROOT') ?? 'https://api.telegram.org').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(telegramApiRoot)) {
    throw new ConfigError('TELEGRAM_API_ROOT', `"${telegramApiRoot}" is not an http(s) URL`);
  }
  const defaultTimezone = get('DEFAULT_TIMEZONE') ?? 'Asia/Almaty';
  if (!isTimeZone(defaultTimezone)) {
    throw new ConfigError('DEFAULT_TIMEZONE', `"${defaultTimezone}" is not an IANA time zone (e.g. Asia/Almaty)`);
  }
  const digestTime = get('DIGEST_TIME') ?? '09:00';
  if (parseClock(digestTime) === null) {
    throw new ConfigError('DIGEST_TIME', `"${digestTime}" is not a time of day as HH:MM (e.g. 09:00)`);
  }
  const adminRaw = get('ADMIN_IDS') ?? '';
  const adminIds = adminRaw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((id) => {
      if (!/^-?\d+$/.test(id)) throw new ConfigError('ADMIN_IDS', `"${id}" is not a numeric Telegram user id`);
      return Number(id);
    });
  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `"${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const feeds = (get('FEEDS') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((url) => {
      if (!/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError('FEEDS', `"${url}" is not an http(s) URL`);
      return url;
    });
  const intervalRaw = get('FEED_INTERVAL') ?? '30';
  const feedIntervalMinutes = Number(intervalRaw);
  if (!/^\d+(\.\d+)?$/.test(intervalRaw) || !(feedIntervalMinutes > 0) || feedIntervalMinutes > 10_080) {
    throw new ConfigError('FEED_INTERVAL', `"${intervalRaw}" is not a number of minutes between 0 and 10080 (e.g. 30)`);
  }
  const databasePath = resolve(get('DATABASE_PATH') ?? 'data/elshi.db');
  return {
    botToken,
    telegramApiRoot,
    knowledgeDir: resolve(get('KNOWLEDGE_DIR') ?? 'knowledge'),
    databasePath,
    cacheDir: join(dirname(databasePath), 'cache'),
    defaultTimezone,
    digestTime: digestTime.padStart(5, '0'),
    adminIds,
    logLevel,
    feeds,
    feedIntervalMinutes,
  };
}
