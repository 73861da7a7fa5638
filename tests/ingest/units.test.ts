import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { datelineDate, machineDate, stripDateline } from '../../src/ingest/dates.ts';
import { findDuplicate, normaliseText, shingles, similarity, type Library } from '../../src/ingest/dedup.ts';
import { extractArticle, detectFormat } from '../../src/ingest/extract.ts';
import { parseFeed } from '../../src/ingest/feed-parse.ts';
import { backoffDelay } from '../../src/ingest/feeds.ts';
import { trimSiteName } from '../../src/ingest/html.ts';
import { slugify, renderDocument, validateDocument } from '../../src/ingest/write.ts';

describe('dates', () => {
  it.each([
    ['2025-11-12T23:30:00-05:00', '2025-11-12'],
    ['Wed, 12 Nov 2025 01:00:00 +0500', '2025-11-12'],
    ['12 November 2025', '2025-11-12'],
    ['2025-02-30', null],
    ['', null],
  ])('machineDate(%j) = %j', (input, expected) => {
    expect(machineDate(input)).toBe(expected);
  });

  it('reads datelines and strips them from the paragraph', () => {
    expect(stripDateline('ASTANA, November 12, 2025 (Kazinform) — The President arrived in Moscow.')).toEqual({ date: '2025-11-12', rest: 'The President arrived in Moscow.' });
    expect(stripDateline('The talks of 12 November 2025 were long and detailed in every way.')).toBeNull();
    expect(datelineDate('Talks were held in May.')).toBeNull();
  });
});

describe('extraction', () => {
  it('guesses the kind of input', () => {
    expect(detectFormat('<!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('# Title\n\ntext')).toBe('markdown');
    expect(detectFormat('Just words.', { fileName: 'a.txt' })).toBe('text');
    expect(detectFormat('x', { contentType: 'text/html; charset=utf-8' })).toBe('html');
  });

  it('trims a site name from a page title', () => {
    expect(trimSiteName('Talks in Moscow | Akorda', null, true)).toBe('Talks in Moscow');
    expect(trimSiteName('Talks in Moscow – Akorda', 'Akorda')).toBe('Talks in Moscow');
    expect(trimSiteName('Kazakhstan - Russia talks', null)).toBe('Kazakhstan - Russia talks');
  });

  it('takes an HTML page without paragraph tags line by line, and drops credit lines', () => {
    const a = extractArticle({ content: '<html><body><div class="text">First line of the statement is here.<br>Second line of the statement is here.<br>Photo: Someone</div></body></html>' });
    expect(a.blocks.map((b) => b.text)).toEqual(['First line of the statement is here.', 'Second line of the statement is here.']);
  });
});

describe('writing', () => {
  it('slugs titles to ASCII, at most 60 characters on a word boundary', () => {
    expect(slugify('Tokayev’s visit to Türkiye: “new chapter”')).toBe('tokayevs-visit-to-turkiye-new-chapter');
    expect(slugify('A'.repeat(80))).toHaveLength(60);
    expect(slugify('Токаев')).toBe('document');
  });

  it('quotes front matter that YAML would misread, and the result validates', () => {
    const content = renderDocument(
      { title: 'Kazakhstan: "a bridge" #1', date: '2025-01-02', source: 'Agency: Press', url: null, tags: ['a, b'] },
      [{ kind: 'paragraph', level: 0, text: 'A sentence that is long enough to count here.' }],
    );
    const { doc } = validateDocument('/tmp/x.md', content);
    expect(doc).toMatchObject({ title: 'Kazakhstan: "a bridge" #1', source: 'Agency: Press', tags: ['a, b'], date: '2025-01-02' });
  });
});

describe('deduplication', () => {
  const entry = (id: string, text: string, url: string | null = null) => ({ id, file: `/k/${id}.md`, url, title: id, text: normaliseText(text) });
  const long = 'Kazakhstan and Uzbekistan agreed to build a joint industrial cooperation centre on the border near Saryagash, which will host logistics companies and textile factories. The centre is expected to open in 2027 and to employ about three thousand people from both countries, the ministers said after their talks in Tashkent on Tuesday.';

  it('folds whitespace, quotes and case', () => {
    expect(normaliseText('  “Hello”\n  WORLD — ok ')).toBe('"hello" world - ok');
  });

  it('finds the same URL (ignoring www and a trailing slash), the same text, and near-duplicates', () => {
    const library: Library = { entries: [entry('a', long, 'https://www.site.example/news/1/')], ids: new Set(['a']) };
    const para = (text: string) => [{ kind: 'paragraph' as const, level: 0, text }];
    expect(findDuplicate(library, { url: 'https://site.example/news/1', blocks: para('other') })?.reason).toBe('same-url');
    expect(findDuplicate(library, { url: null, blocks: para(long.toUpperCase().replace(/ /g, '  ')) })?.reason).toBe('same-text');
    const near = findDuplicate(library, { url: null, blocks: para(long.replace('joint', 'new joint')) });
    expect(near?.reason).toBe('near-duplicate');
    expect(near!.similarity).toBeGreaterThanOrEqual(0.9);
    expect(findDuplicate(library, { url: null, blocks: para('Kazakhstan and Kyrgyzstan agreed to build a hydropower plant on the Naryn river with support from the World Bank and the Eurasian bank.') })).toBeNull();
    expect(similarity(shingles('a b c'), shingles('a b c'))).toBe(0);
  });
});

describe('feeds', () => {
  it('reads RSS items with dates and links', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Akorda &amp; news</title>
       <item><title>One</title><link>https://a.example/1</link><pubDate>Tue, 11 Nov 2025 10:00:00 +0500</pubDate></item>
       <item><title>Two</title><guid>https://a.example/2</guid></item></channel></rss>`,
    );
    expect(feed).toEqual({
      title: 'Akorda & news',
      items: [
        { title: 'One', link: 'https://a.example/1', date: '2025-11-11' },
        { title: 'Two', link: 'https://a.example/2', date: null },
      ],
    });
  });

  it('reads Atom entries, resolving relative links', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">MFA</title>
       <entry><title>Talks</title><link rel="self" href="/api/1"/><link rel="alternate" href="/news/1"/><published>2025-10-22T08:00:00Z</published></entry></feed>`,
      'https://mfa.example/feed.atom',
    );
    expect(feed.items).toEqual([{ title: 'Talks', link: 'https://mfa.example/news/1', date: '2025-10-22' }]);
  });

  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>')).toThrow(/not an RSS or Atom feed/);
  });

  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 60_000, 200_000))).toEqual([60_000, 120_000, 200_000, 200_000, 200_000]);
  });
});

describe('configuration', () => {
  it('reads FEEDS and FEED_INTERVAL with defaults', () => {
    expect(loadConfig({})).toMatchObject({ feeds: [], feedIntervalMinutes: 30 });
    expect(loadConfig({ FEEDS: 'https://a.example/rss, http://b.example/atom', FEED_INTERVAL: '5' })).toMatchObject({
      feeds: ['https://a.example/rss', 'http://b.example/atom'],
      feedIntervalMinutes: 5,
    });
  });

  it.each([
    [{ FEEDS: 'ftp://a.example/rss' }, 'FEEDS'],
    [{ FEED_INTERVAL: '0' }, 'FEED_INTERVAL'],
    [{ FEED_INTERVAL: 'hourly' }, 'FEED_INTERVAL'],
    [{ FEED_INTERVAL: '-5' }, 'FEED_INTERVAL'],
  ])('refuses %j naming the key', (env, key) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).key).toBe(key);
    }
  });
});
