import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { elshi } from '../support/elshi.ts';
import { tempDir, type TempDir } from '../support/tmp.ts';
import { newsPage, serveLocal, type LocalSite } from './serve.ts';

const FIXTURE = 'tests/fixtures/ingest/astana-times-caspian-summit.html';

/** Run the CLI in this process with captured output. */
async function elshiHere(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    lines: async function* () {
      for (const line of stdin.split('\n')) yield line;
    },
  };
  const code = await main(args, io, { LOG_LEVEL: 'silent' });
  return { code, stdout, stderr };
}

/** Text of every file in a folder, by name. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

let kb: TempDir;
beforeEach(() => {
  kb = tempDir();
  cpSync('knowledge', kb.path, { recursive: true });
});
afterEach(() => kb.cleanup());

describe('elshi ingest (the real command)', () => {
  it('turns a saved news page into a clean document; the same page again is reported as a duplicate and nothing is written', async () => {
    const first = await elshi(['ingest', FIXTURE, '--knowledge', kb.path]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^added: .*2025-03-14-kazakhstan-and-azerbaijan-sign-caspian-green-energy-corridor\.md/);

    const knowledge = loadKnowledge(kb.path);
    const doc = knowledge.documents.find((d) => d.id.startsWith('2025-03-14-'))!;
    expect(doc).toMatchObject({
      title: 'Kazakhstan and Azerbaijan sign Caspian green energy corridor agreement',
      date: '2025-03-14',
      source: 'The Astana Herald',
      url: 'https://astanaherald.example/politics/2025/03/caspian-green-energy-corridor',
    });
    const passages = knowledge.passages.filter((p) => p.docId === doc.id);
    const text = passages.map((p) => p.text).join('\n');
    expect(passages.length).toBeGreaterThanOrEqual(6);
    expect(text).toContain('undersea power cable between Aktau');
    expect(text).toContain('The Asian Development Bank has agreed to finance the feasibility study');
    expect(passages.some((p) => p.section === 'Financing and timeline')).toBe(true);
    for (const furniture of [
      'gtag', 'dataLayer', 'cookies', 'Subscribe', 'Share on', 'Telegram', 'Politics', 'Breadcrumb', 'Home',
      'Most read', 'Advertisement', 'All rights reserved', 'Photo:', 'Aigerim Sadykova', 'Related', 'Middle Corridor',
      'trackShare', 'BAKU, 14 March', 'Search the Herald', 'Tags:',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
    const file = readFileSync(join(kb.path, `${doc.id}.md`), 'utf8');
    expect(file).not.toMatch(/<script|<nav|function|\{display/);

    const before = snapshot(kb.path);
    const again = await elshi(['ingest', FIXTURE, '--knowledge', kb.path]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`duplicate of "${doc.id}"`);
    expect(again.stdout).toContain('nothing written');
    expect(snapshot(kb.path)).toEqual(before);
  });

  it('fails on a text without a date and no --date, naming the flag, and writes nothing', async () => {
    const before = snapshot(kb.path);
    const text = 'Kazakhstan opens an embassy in Manila\n\nKazakhstan has opened its embassy in the Philippines, the foreign ministry said.\n';
    const r = await elshi(['ingest', '-', '--source', 'MFA of Kazakhstan', '--knowledge', kb.path], text);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no date found.*--date YYYY-MM-DD/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(kb.path)).toEqual(before);
  });
});

describe('elshi ingest', () => {
  it('reads text from stdin with flags; the first short line is the title', async () => {
    const text = 'Kazakhstan opens an embassy in Manila\n\nKazakhstan has opened its embassy in the Philippines, the foreign ministry said on Monday.\n\nThe ambassador presented his credentials to the President of the Philippines.';
    const r = await elshiHere(['ingest', '-', '--date', '2025-04-07', '--source', 'MFA of Kazakhstan', '--tags', 'philippines, embassy', '--knowledge', kb.path], text);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = readFileSync(join(kb.path, '2025-04-07-kazakhstan-opens-an-embassy-in-manila.md'), 'utf8');
    expect(file).toBe(
      [
        '---',
        'title: Kazakhstan opens an embassy in Manila',
        'date: 2025-04-07',
        'source: MFA of Kazakhstan',
        'language: en',
        'tags: [philippines, embassy]',
        '---',
        '',
        'Kazakhstan has opened its embassy in the Philippines, the foreign ministry said on Monday.',
        '',
        'The ambassador presented his credentials to the President of the Philippines.',
        '',
      ].join('\n'),
    );
    expect(loadKnowledge(kb.path).documents).toHaveLength(6);
  });

  it.each([
    [['--date', '2025-02-30'], /--date "2025-02-30" is not a calendar date/],
    [['--date', '12.11.2025'], /--date "12.11.2025"/],
    [['--url', 'ftp://x'], /--url "ftp:\/\/x" must start with http/],
  ])('refuses bad flag values %j', async (flags, message) => {
    const r = await elshiHere(['ingest', FIXTURE, ...flags, '--knowledge', kb.path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('asks for --source and --title when neither the flags nor the input give them', async () => {
    const r = await elshiHere(['ingest', '-', '--date', '2025-01-01', '--knowledge', kb.path], 'Only one paragraph of text here, with no title line above it.');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--source/);
    expect(r.stderr).toMatch(/--title/);
  });

  it('says so when a file has no article text', async () => {
    const empty = kb.write('empty.html', '<html><head><title>Nothing | Site</title></head><body><nav>Menu</nav></body></html>');
    const r = await elshiHere(['ingest', empty, '--date', '2025-01-01', '--source', 'S', '--knowledge', join(kb.path, 'sub')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article text/);
  });

  it('reads a Markdown file with partial front matter, the flags filling the rest', async () => {
    // The draft lies outside the knowledge folder, as a curator's would.
    const drafts = tempDir();
    const md = drafts.write('draft-md-input.md', '---\ntitle: Astana hosts the C5+Japan dialogue\ntags: [japan]\n---\n\n# Astana hosts the C5+Japan dialogue\n\nForeign ministers of Central Asia and Japan met in Astana to discuss logistics and critical minerals.\n');
    const r = await elshiHere(['ingest', md, '--date', '2025-08-20', '--source', 'Kazinform', '--knowledge', kb.path]).finally(() => drafts.cleanup());
    expect(r.stderr).toBe('');
    const doc = loadKnowledge(kb.path).documents.find((d) => d.id === '2025-08-20-astana-hosts-the-c5-japan-dialogue')!;
    expect(doc).toMatchObject({ source: 'Kazinform', tags: ['japan'] });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Foreign ministers of Central Asia and Japan met in Astana to discuss logistics and critical minerals.']);
  });

  describe('from a URL', () => {
    let site: LocalSite;
    afterEach(() => site.close());

    it('fetches the page, records its URL, replaces the document (same id) when the page is updated, and refuses a near copy elsewhere', async () => {
      const paragraphs = [
        'Kazakhstan and Uzbekistan agreed on Tuesday to build a joint industrial cooperation centre on their border near Saryagash.',
        'The centre will host logistics companies and textile factories from both countries and is expected to open in 2027.',
        'The agreement was reached during talks between the two foreign ministers in Tashkent.',
      ];
      site = await serveLocal({
        '/news/border-centre': { body: newsPage({ title: 'Kazakhstan and Uzbekistan to build a border industrial centre', site: 'Central Asia Wire', published: '2025-06-03T09:00:00+05:00', paragraphs }) },
      });
      const url = site.url('/news/border-centre');
      const first = await elshiHere(['ingest', url, '--knowledge', kb.path]);
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/^added: /);
      const id = '2025-06-03-kazakhstan-and-uzbekistan-to-build-a-border-industrial';
      const doc = loadKnowledge(kb.path).documents.find((d) => d.id === id)!;
      expect(doc).toMatchObject({ url, source: 'Central Asia Wire', title: 'Kazakhstan and Uzbekistan to build a border industrial centre' });
      expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/Home page|Share on|Copyright|pageview/);

      const same = await elshiHere(['ingest', url, '--knowledge', kb.path]);
      expect(same.stdout).toContain(`duplicate of "${id}"`);

      site.route('/news/border-centre', {
        body: newsPage({
          title: 'Kazakhstan and Uzbekistan to build a border industrial centre',
          site: 'Central Asia Wire',
          published: '2025-06-03T09:00:00+05:00',
          paragraphs: [...paragraphs, 'Updated: the ministers also agreed to open two new border crossings for freight trucks by the end of the year.'],
        }),
      });
      const updated = await elshiHere(['ingest', url, '--knowledge', kb.path]);
      expect(updated.stdout).toMatch(/^replaced/);
      const files = readdirSync(kb.path).filter((f) => f.includes('border-industrial'));
      expect(files).toEqual([`${id}.md`]);
      expect(readFileSync(join(kb.path, files[0]!), 'utf8')).toContain('two new border crossings');

      // The same story on another site, one word changed: a near-duplicate.
      site.route('/copy', {
        body: newsPage({ title: 'Border centre agreed', site: 'Other Site', published: '2025-06-04', paragraphs: [...paragraphs.map((p) => p.replace('Tuesday', 'Wednesday')), 'Updated: the ministers also agreed to open two new border crossings for freight trucks by the end of the year.'] }),
      });
      const copy = await elshiHere(['ingest', site.url('/copy'), '--knowledge', kb.path]);
      expect(copy.stdout).toMatch(new RegExp(`duplicate of "${id}".*\\d+% of the same wording`));
      expect(loadKnowledge(kb.path).documents).toHaveLength(6);
    });

    it('fails clearly on an HTTP error and on a page that does not answer in time', async () => {
      site = await serveLocal({ '/slow': { body: 'late', delayMs: 3_000 } });
      const missing = await elshiHere(['ingest', site.url('/gone'), '--date', '2025-01-01', '--source', 'S', '--knowledge', kb.path]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/cannot fetch .*\/gone: HTTP 404/);
      const { fetchText } = await import('../../src/ingest/fetch.ts');
      await expect(fetchText(site.url('/slow'), { timeoutMs: 200 })).rejects.toThrow(/no answer within/);
    });
  });

  it('is listed in elshi help', async () => {
    const r = await elshiHere(['help']);
    expect(r.stdout).toContain('elshi ingest');
    writeFileSync(join(kb.path, 'unused.txt'), '');
  });
});
