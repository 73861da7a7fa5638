import type { LogLevel } from './config.ts';

/** Structured fields of a log event. */
export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON line per event. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
/** Bot tokens look like `123456:ABC…`; they never reach a log line. */
const TOKEN_RE = /\b\d{5,}:[\w-]{30,}\b/g;
const SECRET_KEYS = /token|secret|password|authorization/i;

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(TOKEN_RE, '[redacted]');
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message), ...(depth < 2 && value.cause ? { cause: redact(value.cause, depth + 1) } : {}) };
  }
  if (Array.isArray(value)) return depth > 4 ? '[…]' : value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    if (depth > 4) return '[…]';
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1);
    return out;
  }
  return value;
}

/**
 * Create a logger writing JSON lines (`{"time","level","event",…}`) to `write`
 * (default stderr). Secrets (bot tokens, fields named like tokens) are redacted.
 */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const emit = (at: LogLevel, event: string, fields?: LogFields): void => {
    if (ORDER[at] < ORDER[level]) return;
    const record = { time: new Date().toISOString(), level: at, event, ...(fields ? (redact(fields) as LogFields) : {}) };
    write(JSON.stringify(record));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
  };
}

/** A logger that drops everything (for tests and one-shot commands). */
export const silentLogger: Logger = createLogger('silent');
