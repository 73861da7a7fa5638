import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/format.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { displayDate } from '../../src/search/dates.ts';
import { expectAllAccepted } from '../support/bot-harness.ts';
import { newsPage, rss, serveLocal, type LocalSite } from '../ingest/serve.ts';
import { startLive, type LiveHarness } from './harness.ts';

const QUESTION = 'When will direct flights between Astana and Ulaanbaatar start?';
const TITLE = 'Kazakhstan and Mongolia agree on direct flights between Astana and Ulaanbaatar';

let h: LiveHarness | undefined;
let site: LocalSite | undefined;
afterEach(async () => {
  await h?.stop();
  await site?.close();
  h = undefined;
  site = undefined;
});

describe('a running bot keeps its archive fresh', () => {
  it('ingests a new feed item while running and answers a question only that document answers, cited — no restart', async () => {
    site = await serveLocal({
      '/feed.xml': { type: 'application/rss+xml', body: rss('Steppe Diplomacy News', []) },
      '/news/mongolia-flights': {
        body: newsPage({
          title: TITLE,
          paragraphs: [
            'Kazakhstan and Mongolia agreed to launch direct flights between Astana and Ulaanbaatar starting in July 2025, the two foreign ministers announced after talks.',
            'The flights will be operated twice a week by a Kazakh carrier, and tourist visas for short stays will be waived on both sides.',
          ],
        }),
      },
    });
    h = await startLive({ FEEDS: site.url('/feed.xml'), FEED_INTERVAL: '0.005' });
    expect(h.engine.ask(QUESTION).answered).toBe(false);
    h.stub.pushMessage({ chat: { id: 501, type: 'private' }, text: QUESTION });
    const before = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 501);
    expect(String(before.params.text)).not.toContain('📚');

    // The feed publishes a new item; the bot polls it, ingests the page and reloads.
    site.route('/feed.xml', {
      type: 'application/rss+xml',
      body: rss('Steppe Diplomacy News', [{ title: TITLE, link: site.url('/news/mongolia-flights'), pubDate: 'Mon, 02 Jun 2025 08:00:00 +0500' }]),
    });
    await expect.poll(() => h!.logs.some((l) => l.event === 'knowledge_reloaded' && l.reason === 'feed'), { timeout: 10_000 }).toBe(true);

    const doc = loadKnowledge(h.kb.path).documents.find((d) => d.url === site!.url('/news/mongolia-flights'))!;
    expect(doc).toMatchObject({ title: TITLE, date: '2025-06-02', source: 'Steppe Diplomacy News' });

    h.stub.pushMessage({ chat: { id: 501, type: 'private' }, text: QUESTION });
    const replies = await h.stub.waitForCalls('sendMessage', 2, (c) => c.params.chat_id === 501);
    const text = String(replies[1]!.params.text);
    expect(text).toContain('July 2025');
    expect(text).toContain('📚');
    expect(text).toContain(escapeHtml(TITLE));
    expect(text).toContain(displayDate('2025-06-02'));
    expectAllAccepted(h.stub);

    // Later polls find nothing new and fetch the page no more.
    const pageHits = site.hits.get('/news/mongolia-flights');
    await expect.poll(() => site!.hits.get('/feed.xml') ?? 0, { timeout: 5_000 }).toBeGreaterThan(3);
    expect(site.hits.get('/news/mongolia-flights')).toBe(pageHits);
    expect(loadKnowledge(h.kb.path).documents).toHaveLength(6);
  });

  it('a failing feed is retried with growing delays and logged; the bot keeps answering', async () => {
    site = await serveLocal({ '/broken.xml': { status: 500, body: 'oops' } });
    h = await startLive({ FEEDS: site.url('/broken.xml'), FEED_INTERVAL: '0.005' });
    await expect.poll(() => h!.logs.filter((l) => l.event === 'feed_failed').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const failures = h.logs.filter((l) => l.event === 'feed_failed');
    expect(failures.map((l) => l.retry_in_ms)).toEqual([200, 400, 800, 1_000, 1_000, 1_000].slice(0, failures.length));
    expect(String(failures[0]!.error)).toMatch(/HTTP 500/);
    h.stub.pushMessage({ chat: { id: 502, type: 'private' }, text: 'When did Tokayev hold talks with Putin in Moscow?' });
    const reply = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 502);
    expect(String(reply.params.text)).toContain('📚');
  });

  it('picks up a document written into the folder, and keeps answering from the old knowledge when a file breaks', async () => {
    h = await startLive();
    h.kb.write(
      '2025-09-01-kazakhstan-chile-consulate.md',
      '---\ntitle: Kazakhstan opens an honorary consulate in Valparaiso\ndate: 2025-09-01\nsource: MFA of Kazakhstan\n---\n\nKazakhstan opened an honorary consulate in the Chilean port city of Valparaiso to support trade in copper and lithium.\n',
    );
    await expect.poll(() => h!.engine.documents().length, { timeout: 10_000 }).toBe(6);
    expect(h.engine.ask('Where did Kazakhstan open an honorary consulate in Chile?').answered).toBe(true);

    h.kb.write('2025-09-02-broken.md', '---\ntitle: Broken\ndate: 2025-02-30\nsource: X\n---\n\nA sentence that is long enough to be a passage.\n');
    await expect.poll(() => h!.logs.some((l) => l.event === 'knowledge_invalid'), { timeout: 10_000 }).toBe(true);
    const logged = h.logs.find((l) => l.event === 'knowledge_invalid')!;
    expect((logged.problems as string[]).some((p) => /2025-09-02-broken\.md:3: impossible date "2025-02-30"/.test(p))).toBe(true);
    expect(h.engine.documents()).toHaveLength(6);
    expect(h.engine.ask('Where did Kazakhstan open an honorary consulate in Chile?').answered).toBe(true);
  });
});
