import { isTimeZone } from '../config.ts';

/** A time zone as the user wrote it, resolved; or suggestions when it is unknown. */
export type ZoneLookup = { ok: true; zone: string } | { ok: false; suggestions: string[] };

/** Cities people name that are not the last part of an IANA zone name. */
const CITY_ALIASES: Record<string, string> = {
  astana: 'Asia/Almaty',
  'nur-sultan': 'Asia/Almaty',
  nursultan: 'Asia/Almaty',
  shymkent: 'Asia/Almaty',
  karaganda: 'Asia/Almaty',
  aktau: 'Asia/Aqtau',
  aktobe: 'Asia/Aqtobe',
  kyiv: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  beijing: 'Asia/Shanghai',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  washington: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  'st petersburg': 'Europe/Moscow',
  'saint petersburg': 'Europe/Moscow',
  bishkek: 'Asia/Bishkek',
  geneva: 'Europe/Zurich',
  'hong kong': 'Asia/Hong_Kong',
};

/** Every IANA zone the runtime knows (plus UTC). */
function allZones(): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])];
}

/** Normalise a city or zone name for comparison: lower case, `_` and `-` as spaces. */
function key(text: string): string {
  return text.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Edit distance between two short strings. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * Resolve what a user typed as a time zone: an IANA name (any case), a city ("almaty",
 * "New York", "Astana"), or a whole-hour UTC offset ("UTC+5", "GMT-3", "+6"). Unknown
 * names get up to five suggestions of similar city or zone names.
 */
export function resolveTimeZone(input: string): ZoneLookup {
  const text = input.trim();
  if (text === '') return { ok: false, suggestions: ['Asia/Almaty', 'Europe/Berlin', 'UTC+5'] };
  const offset = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return { ok: true, zone: 'UTC' };
    // IANA's Etc zones have the sign inverted: UTC+5 is Etc/GMT-5.
    const zone = `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
    if (hours <= 14 && isTimeZone(zone)) return { ok: true, zone };
  }
  if (/^(utc|gmt|z)$/i.test(text)) return { ok: true, zone: 'UTC' };
  if (text.includes('/') && isTimeZone(text)) {
    return { ok: true, zone: new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone };
  }
  const zones = allZones();
  const wanted = key(text);
  const exact = zones.find((z) => key(z) === wanted);
  if (exact) return { ok: true, zone: exact };
  const alias = CITY_ALIASES[wanted];
  if (alias && isTimeZone(alias)) return { ok: true, zone: alias };
  const byCity = zones.find((z) => key(z.split('/').at(-1)!) === wanted);
  if (byCity) return { ok: true, zone: byCity };
  const scored = zones
    .map((z) => {
      const city = key(z.split('/').at(-1)!);
      const d = Math.min(distance(wanted, city), distance(wanted, key(z)));
      const contains = city.includes(wanted) || (wanted.length >= 4 && key(z).includes(wanted));
      return { z, score: contains ? 0 : d };
    })
    .filter((s) => s.score <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.z.localeCompare(b.z));
  const aliasHits = Object.entries(CITY_ALIASES)
    .filter(([name]) => distance(wanted, name) <= 2)
    .map(([, z]) => z);
  return { ok: false, suggestions: [...new Set([...aliasHits, ...scored.map((s) => s.z)])].slice(0, 5) };
}
