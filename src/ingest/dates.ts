/**
 * Dates of ingested documents: machine dates from meta tags and feeds (kept as the local
 * calendar day they were written in), and datelines in article text read with
 * `chrono-node`. Every result is `YYYY-MM-DD` and a real calendar day, or null.
 */
import * as chrono from 'chrono-node';
import { isCalendarDate } from '../knowledge/frontmatter.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(year: number, month: number, day: number): string | null {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(value) ? value : null;
}

/**
 * The calendar day of a machine-readable date: ISO 8601 (`2025-11-12T10:00:00+05:00` →
 * 2025-11-12, the day as written, not converted to UTC) or RFC 822 as in RSS
 * (`Wed, 12 Nov 2025 10:00:00 +0500`). Other forms go through `chrono-node`.
 */
export function machineDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (month >= 0) return ymd(Number(rfc[3]), month + 1, Number(rfc[1]));
  }
  return datelineDate(text)?.date ?? null;
}

/** A date found at the start of article text, and where it ends. */
export interface Dateline {
  date: string;
  /** Offset in the text just after the date phrase. */
  end: number;
  /** Offset where the date phrase starts. */
  start: number;
}

/**
 * The first full date (day, month and year all written) in a piece of text, as read by
 * `chrono-node`'s strict English parser: "ASTANA, 12 November 2025 —", "Nov. 12, 2025".
 */
export function datelineDate(text: string): Dateline | null {
  for (const result of chrono.strict.parse(text, new Date(), { forwardDate: false })) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const date = ymd(start.get('year')!, start.get('month')!, start.get('day')!);
    if (date) return { date, start: result.index, end: result.index + result.text.length };
  }
  return null;
}

/**
 * A dateline at the head of a paragraph: a place or agency, the date, and a dash, e.g.
 * "ASTANA, 12 November 2025 (Kazinform) – The President …". Returns the date and the
 * paragraph without the dateline, or null when the paragraph does not start with one.
 */
export function stripDateline(paragraph: string): { date: string; rest: string } | null {
  const head = paragraph.slice(0, 120);
  const found = datelineDate(head);
  if (!found || found.start > 40) return null;
  const before = head.slice(0, found.start);
  if (!/^[\p{Lu}\p{L}\s.,'’()-]*$/u.test(before)) return null;
  const after = /^[\s,]*(?:\([^)]{1,60}\)\s*)?(?:[-–—|:]+|\.\s)\s*/u.exec(paragraph.slice(found.end));
  if (!after) return null;
  const rest = paragraph.slice(found.end + after[0].length).trim();
  return { date: found.date, rest };
}
