import { format, parseISO } from 'date-fns';

/** Format a `YYYY-MM-DD` date the way answers show it: "12 November 2025". */
export function displayDate(date: string): string {
  return format(parseISO(date), 'd MMMM yyyy');
}
