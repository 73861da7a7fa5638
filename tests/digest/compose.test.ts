import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT, TopicFilter, digestItems, renderDigest, renderDigestText, renderItem, selectNewDocuments, type DigestItem } from '../../src/digest/compose.ts';
import type { AnswerEngine } from '../../src/search/engine.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { DOCS, engineOver } from './helpers.ts';
import { tempDir } from '../support/tmp.ts';

let engine: AnswerEngine;
let remove: () => void;
beforeAll(() => {
  const t = tempDir();
  remove = t.cleanup;
  engine = engineOver(t.path, DOCS);
});
afterAll(() => remove());

const ids = (docs: { id: string }[]): string[] => docs.map((d) => d.id);

describe('TopicFilter', () => {
  it.each([
    ['russia', ['2025-11-12-russia-talks', '2025-11-10-op-ed']],
    ['Russian', ['2025-11-12-russia-talks', '2025-11-10-op-ed']],
    ['Tokayev Putin', ['2025-11-12-russia-talks', '2025-11-10-op-ed', '2025-09-23-un']],
    ['china', ['2025-09-02-china']],
    ['United Nations', ['2025-09-23-un']],
    ['UN', ['2025-09-23-un']],
    ['Brazil', []],
  ])('"%s" keeps %j', (topic, expected) => {
    const filter = new TopicFilter(topic, engine);
    expect(ids(engine.documents().filter((d) => filter.matches(d)))).toEqual(expected);
  });

  it('a topic of stop words only is not usable and filters nothing', () => {
    const filter = new TopicFilter('the and of', engine);
    expect(filter.usable).toBe(false);
    expect(engine.documents().every((d) => filter.matches(d))).toBe(true);
  });
});

describe('selectNewDocuments', () => {
  const documents = (): ReturnType<AnswerEngine['documents']> => engine.documents();
  const seenAt = (iso: string): Map<string, Date> => new Map(DOCS.map((d) => [d.id, new Date(iso)]));

  it('gives a first digest the newest few, newest first', () => {
    const chosen = selectNewDocuments({ documents: documents(), sent: new Set(), lastDigestAt: null, firstSeen: new Map(), topic: null, firstLimit: 2 });
    expect(ids(chosen)).toEqual(['2025-11-12-russia-talks', '2025-11-10-op-ed']);
  });

  it('never repeats what was sent', () => {
    const chosen = selectNewDocuments({ documents: documents(), sent: new Set(['2025-11-12-russia-talks']), lastDigestAt: null, firstSeen: new Map(), topic: null, firstLimit: 2 });
    expect(ids(chosen)).toEqual(['2025-11-10-op-ed', '2025-09-23-un']);
  });

  it('after a digest: only documents added to the archive or dated after it', () => {
    const firstSeen = seenAt('2025-11-01T00:00:00Z');
    firstSeen.set('2025-09-02-china', new Date('2025-11-13T10:00:00Z')); // added after the digest
    const chosen = selectNewDocuments({
      documents: documents(),
      sent: new Set(['2025-11-10-op-ed']),
      lastDigestAt: new Date('2025-11-11T04:00:00Z'),
      firstSeen,
      topic: null,
    });
    expect(ids(chosen)).toEqual(['2025-11-12-russia-talks', '2025-09-02-china']);
  });

  it('applies the topic filter', () => {
    const chosen = selectNewDocuments({ documents: documents(), sent: new Set(), lastDigestAt: null, firstSeen: new Map(), topic: new TopicFilter('china', engine) });
    expect(ids(chosen)).toEqual(['2025-09-02-china']);
  });
});

describe('rendering', () => {
  it('renders date, title, source, one or two key sentences and a link, all escaped', () => {
    const items = digestItems(engine, engine.documents());
    const [talks, opEd] = items;
    expect(talks!.sentences.length).toBeGreaterThanOrEqual(1);
    expect(talks!.sentences.length).toBeLessThanOrEqual(2);
    const html = renderItem(talks!);
    expect(html).toContain('12 November 2025');
    expect(html).toContain('<b>Presidents of Kazakhstan and Russia hold talks in Moscow</b>');
    expect(html).toContain('Akorda press service');
    expect(html).toContain('<a href="https://www.akorda.kz/en/talks">');
    const escaped = renderItem(opEd!);
    expect(escaped).toContain('&amp;');
    expect(escaped).toContain('&lt; 5 percent');
    expect(escaped).not.toContain('<a ');
    const messages = renderDigest(items, { day: '2025-11-13', topic: 'A & B' });
    for (const m of messages) expect(parseTelegramHtml(m.html).ok).toBe(true);
    expect(messages[0]!.html).toContain('13 November 2025');
    expect(messages[0]!.html).toContain('<i>A &amp; B</i>');
  });

  const item = (n: number, length: number): DigestItem => ({
    docId: `doc-${n}`,
    date: '2025-11-12',
    title: `Item ${n} <${n}>`,
    source: 'Source & Co',
    url: `https://example.org/${n}?a=1&b=2`,
    sentences: ['x'.repeat(length)],
  });

  it.each([
    [1, 100],
    [10, 300],
    [40, 700],
    [3, 4000],
    [2, 9000],
  ])('splits %i items of %i characters on item boundaries under the limit', (count, length) => {
    const items = Array.from({ length: count }, (_, i) => item(i, length));
    const messages = renderDigest(items, { day: '2025-11-13' });
    expect(messages.flatMap((m) => m.docIds)).toEqual(items.map((i) => i.docId));
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(parseTelegramHtml(m.html).ok).toBe(true);
      // Every item of a message is whole: its link closes the block.
      expect(m.html.match(/<a href=/g)?.length ?? 0).toBe(m.docIds.length);
    }
    if (count * length < 3000) expect(messages).toHaveLength(1);
  });

  it('uses a smaller limit when asked', () => {
    const items = Array.from({ length: 6 }, (_, i) => item(i, 50));
    const messages = renderDigest(items, { day: '2025-11-13', limit: 400 });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.html.length).toBeLessThanOrEqual(400);
  });

  it('renders plain text for the command line', () => {
    const text = renderDigestText(digestItems(engine, engine.documents().slice(0, 1)), { day: '2025-11-13' });
    expect(text).toContain('Elshi daily digest — 13 November 2025');
    expect(text).toContain('https://www.akorda.kz/en/talks');
    expect(text).not.toContain('<b>');
  });
});
