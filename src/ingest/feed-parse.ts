/** Reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds with `fast-xml-parser` into plain items. */
import { XMLParser } from 'fast-xml-parser';
import { machineDate } from './dates.ts';
import { IngestError } from './errors.ts';

/** One entry of a feed. */
export interface FeedItem {
  title: string | null;
  /** The article's URL. */
  link: string;
  /** Publication day, `YYYY-MM-DD`, or null when the feed gives none. */
  date: string | null;
}

/** A parsed feed. */
export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

/** Text of an XML node that may be a string, a number, or an object with `#text`. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).replace(/\s+/g, ' ').trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return null;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

/** The article link of an Atom entry: `rel="alternate"` (or no rel), else the first href. */
function atomLink(entry: Node): string | null {
  const links = Array.isArray(entry.link) ? entry.link : [entry.link];
  const hrefs = links
    .map((l) => (typeof l === 'string' ? { href: l, rel: 'alternate' } : { href: text((l as Node)?.['@_href']), rel: text((l as Node)?.['@_rel']) ?? 'alternate' }))
    .filter((l) => l.href);
  return (hrefs.find((l) => l.rel === 'alternate') ?? hrefs[0])?.href ?? null;
}

/** Resolve a link against the feed's URL; null when it is not http(s). */
function absolute(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parse feed XML; throws {@link IngestError} `bad_feed` when it is neither RSS nor Atom. */
export function parseFeed(xml: string, baseUrl?: string): Feed {
  let data: Node;
  try {
    data = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true }).parse(xml) as Node;
  } catch (error) {
    throw new IngestError('bad_feed', `not a readable feed: ${(error as Error).message}`, { cause: error });
  }
  const rss = data.rss as Node | undefined;
  const rdf = data['rdf:RDF'] as Node | undefined;
  const atom = data.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (list(rss?.channel)[0] ?? list(rdf?.channel)[0] ?? {}) as Node;
    const rawItems = rss ? list(channel.item) : list(rdf?.item);
    const items = rawItems.flatMap((item): FeedItem[] => {
      const link = absolute(text(item.link) ?? (text((item.guid as Node)?.['@_isPermaLink']) !== 'false' ? text(item.guid) : null), baseUrl);
      if (!link) return [];
      return [{ title: text(item.title), link, date: machineDate(text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published)) }];
    });
    return { title: text(channel.title), items };
  }
  if (atom) {
    const items = list(atom.entry).flatMap((entry): FeedItem[] => {
      const link = absolute(atomLink(entry), baseUrl);
      if (!link) return [];
      return [{ title: text(entry.title), link, date: machineDate(text(entry.published) ?? text(entry.updated)) }];
    });
    return { title: text(atom.title), items };
  }
  throw new IngestError('bad_feed', 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
}
