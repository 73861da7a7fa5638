/**
 * When a subscriber's digest is due: pure functions over instants and IANA time zones.
 * A digest belongs to a local day (`YYYY-MM-DD` in the subscriber's zone) and becomes due
 * at the subscriber's local clock time on that day. Nothing here reads the clock.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The wall-clock fields of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** What scheduling needs to know about a subscription. */
export interface ScheduleInput {
  /** Local digest time, `HH:MM`. */
  time: string;
  /** IANA time zone. */
  timezone: string;
  /** When the subscription started (or was re-activated); days due before it are skipped. */
  activeSince: Date;
  /** Local day of the last digest planned for this chat, or null. */
  lastDay: string | null;
}

/** Read the wall-clock fields of an instant in a time zone. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Local calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Local clock (`HH:MM`) of an instant in a time zone. */
export function localClock(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Offset of a zone from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(instantMs: number, timeZone: string): number {
  const w = wallTime(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(instantMs / MINUTE) * MINUTE;
}

/**
 * The instant a local wall time happens in a zone. On a clock change it is the earliest
 * instant showing that time (autumn), or, when the time does not exist (spring gap), the
 * instant right after the gap at the same distance from midnight (02:30 → 03:30).
 */
export function zonedInstant(day: string, clock: string, timeZone: string): Date {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = clock.split(':').map(Number) as [number, number];
  const wallMs = Date.UTC(y, mo - 1, d, h, mi);
  const before = zoneOffset(wallMs - DAY, timeZone);
  const after = zoneOffset(wallMs + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((t) => {
      const w = wallTime(new Date(t), timeZone);
      return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === wallMs;
    });
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wallMs - before);
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(day: string): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The local day whose digest is due at `now`, or null. A day is due once its digest time
 * has passed, as long as no digest was planned for that day or a later one (so a chat
 * never gets two in one local day, even after changing time zone), and the subscription
 * was already active when that day's digest time came (subscribing at 10:00 for 09:00
 * starts tomorrow). Downtime is caught up the same local day: being due stays true until
 * local midnight.
 */
export function dueDay(input: ScheduleInput, now: Date): string | null {
  const day = localDay(now, input.timezone);
  if (input.lastDay !== null && input.lastDay >= day) return null;
  const at = zonedInstant(day, input.time, input.timezone);
  if (now.getTime() < at.getTime()) return null;
  if (at.getTime() < input.activeSince.getTime()) return null;
  return day;
}

/** When the next digest will be due, with its local day (for "your first digest arrives …"). */
export function nextDigest(input: ScheduleInput, now: Date): { day: string; at: Date } {
  let day = localDay(now, input.timezone);
  for (let i = 0; i < 3; i++, day = nextDay(day)) {
    if (input.lastDay !== null && input.lastDay >= day) continue;
    const at = zonedInstant(day, input.time, input.timezone);
    if (at.getTime() < input.activeSince.getTime()) continue;
    return { day, at: at.getTime() < now.getTime() ? now : at };
  }
  return { day, at: zonedInstant(day, input.time, input.timezone) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
