import { describe, expect, it } from 'vitest';
import { dueDay, localDay, nextDay, nextDigest, zonedInstant, type ScheduleInput } from '../../src/digest/schedule.ts';

const LONG_AGO = new Date('2020-01-01T00:00:00Z');
const sub = (over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  time: '09:00',
  timezone: 'Asia/Almaty',
  activeSince: LONG_AGO,
  lastDay: null,
  ...over,
});

describe('zonedInstant', () => {
  it.each([
    // Asia/Almaty is UTC+5 all year (no DST).
    ['2026-01-10', '09:00', 'Asia/Almaty', '2026-01-10T04:00:00.000Z'],
    ['2026-07-10', '09:00', 'Asia/Almaty', '2026-07-10T04:00:00.000Z'],
    // Berlin: CET (UTC+1) before 29 March 2026, CEST (UTC+2) after.
    ['2026-03-28', '09:00', 'Europe/Berlin', '2026-03-28T08:00:00.000Z'],
    ['2026-03-29', '09:00', 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
    // 02:30 does not exist on 29 March in Berlin: the instant right after the gap (03:30 CEST).
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // 02:30 happens twice on 25 October: the first one (CEST).
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/Berlin', '2026-10-25T08:00:00.000Z'],
    ['2026-10-24', '09:00', 'Europe/Berlin', '2026-10-24T07:00:00.000Z'],
    ['2026-01-10', '00:00', 'America/New_York', '2026-01-10T05:00:00.000Z'],
    ['2026-01-10', '23:59', 'Asia/Kathmandu', '2026-01-10T18:14:00.000Z'],
  ])('%s %s in %s is %s', (day, clock, zone, expected) => {
    expect(zonedInstant(day, clock, zone).toISOString()).toBe(expected);
  });
});

describe('localDay', () => {
  it.each([
    ['2026-01-10T18:59:00Z', 'Asia/Almaty', '2026-01-10'],
    ['2026-01-10T19:00:00Z', 'Asia/Almaty', '2026-01-11'],
    ['2026-10-24T22:30:00Z', 'Europe/Berlin', '2026-10-25'],
    ['2026-01-10T04:00:00Z', 'America/Los_Angeles', '2026-01-09'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(localDay(new Date(instant), zone)).toBe(day);
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});

describe('dueDay', () => {
  it.each<[string, Partial<ScheduleInput>, string, string | null]>([
    ['before the local time', {}, '2026-01-10T03:59:00Z', null],
    ['at the local time', {}, '2026-01-10T04:00:00Z', '2026-01-10'],
    ['later the same local day (catch-up after downtime)', {}, '2026-01-10T18:30:00Z', '2026-01-10'],
    ['already planned that day', { lastDay: '2026-01-10' }, '2026-01-10T18:30:00Z', null],
    ['planned the day before', { lastDay: '2026-01-09' }, '2026-01-10T04:01:00Z', '2026-01-10'],
    ['the next local morning before the time: the missed day is not sent', {}, '2026-01-11T03:00:00Z', null],
    ['subscribed after today’s time: starts tomorrow', { activeSince: new Date('2026-01-10T05:00:00Z') }, '2026-01-10T06:00:00Z', null],
    ['subscribed before today’s time', { activeSince: new Date('2026-01-10T03:00:00Z') }, '2026-01-10T04:00:00Z', '2026-01-10'],
    ['Berlin, spring-forward day, 09:00 CEST', { timezone: 'Europe/Berlin' }, '2026-03-29T07:00:00Z', '2026-03-29'],
    ['Berlin, spring-forward day, 08:59 CEST', { timezone: 'Europe/Berlin' }, '2026-03-29T06:59:00Z', null],
    ['Berlin, spring-forward day, time in the gap', { timezone: 'Europe/Berlin', time: '02:30' }, '2026-03-29T01:30:00Z', '2026-03-29'],
    ['Berlin, fall-back day, 09:00 CET', { timezone: 'Europe/Berlin' }, '2026-10-25T08:00:00Z', '2026-10-25'],
    ['Berlin, fall-back day, 08:00 CET is not yet 09:00', { timezone: 'Europe/Berlin' }, '2026-10-25T07:00:00Z', null],
    ['Berlin, fall-back day, repeated hour after the first digest', { timezone: 'Europe/Berlin', time: '02:30', lastDay: '2026-10-25' }, '2026-10-25T01:30:00Z', null],
    ['moved west after today’s digest: never two in one local day', { timezone: 'America/Los_Angeles', lastDay: '2026-01-10' }, '2026-01-10T20:00:00Z', null],
  ])('%s', (_name, over, now, expected) => {
    expect(dueDay(sub(over), new Date(now))).toBe(expected);
  });

  it('is due exactly once per local day over a whole Berlin DST week, every five minutes', () => {
    for (const [from, to] of [
      ['2026-03-27T00:00:00Z', '2026-04-01T00:00:00Z'],
      ['2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z'],
    ] as const) {
      const input = sub({ timezone: 'Europe/Berlin', time: '02:30' });
      const days: string[] = [];
      for (let t = Date.parse(from); t < Date.parse(to); t += 5 * 60_000) {
        const day = dueDay(input, new Date(t));
        if (day) {
          days.push(day);
          input.lastDay = day;
        }
      }
      expect(days).toEqual([...new Set(days)]);
      expect(days).toHaveLength(5);
    }
  });
});

describe('nextDigest', () => {
  it.each([
    ['later today', '2026-01-10T02:00:00Z', {}, '2026-01-10', '2026-01-10T04:00:00.000Z'],
    ['tomorrow when subscribing after the time', '2026-01-10T05:00:00Z', { activeSince: new Date('2026-01-10T05:00:00Z') }, '2026-01-11', '2026-01-11T04:00:00.000Z'],
    ['tomorrow when today is done', '2026-01-10T05:00:00Z', { lastDay: '2026-01-10' }, '2026-01-11', '2026-01-11T04:00:00.000Z'],
  ])('%s', (_name, now, over, day, at) => {
    const next = nextDigest(sub(over as Partial<ScheduleInput>), new Date(now));
    expect(next.day).toBe(day);
    expect(next.at.toISOString()).toBe(at);
  });
});
