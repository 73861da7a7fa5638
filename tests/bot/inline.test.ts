import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/format.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { INLINE_PAGE_SIZE } from '../../src/bot/inline.ts';
import { displayDate } from '../../src/search/dates.ts';
import { DISPLAY_DATE, expectAllAccepted, seedEngine, startHarness, type BotHarness } from '../support/bot-harness.ts';

const engine = seedEngine();

interface Article {
  type: string;
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: string };
}

describe('inline mode', () => {
  let h: BotHarness;
  afterEach(async () => {
    expectAllAccepted(h.stub);
    await h.stop();
  });

  async function inline(query: string, offset = ''): Promise<{ results: Article[]; next: string; cache: number }> {
    const update = h.stub.pushInlineQuery({ query, offset });
    const call = await h.stub.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === update.inline_query.id);
    return { results: call.params.results as Article[], next: String(call.params.next_offset ?? ''), cache: Number(call.params.cache_time) };
  }

  it('answers with cited articles, 10 to a page, paging with next_offset', async () => {
    h = await startHarness({ engine });
    const question = DEFAULT_EXAMPLES[0]!;
    const expected = engine.ask(question, { more: 40 });
    const total = expected.citations.length + expected.more.length;
    expect(total).toBeGreaterThan(INLINE_PAGE_SIZE);

    const seen: Article[] = [];
    let offset = '';
    for (let pages = 0; pages < 10; pages++) {
      const page = await inline(question, offset);
      expect(page.results.length).toBeLessThanOrEqual(INLINE_PAGE_SIZE);
      expect(page.cache).toBeGreaterThan(0);
      seen.push(...page.results);
      if (!page.next) break;
      offset = page.next;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);

    const first = seen[0]!;
    const best = expected.citations[0]!;
    expect(best.text.startsWith(first.title.replace(/…$/, ''))).toBe(true);
    expect(first.description).toBe(`${best.document.source} · ${displayDate(best.document.date)}`);
    const message = first.input_message_content;
    expect(message.parse_mode).toBe('HTML');
    expect(message.message_text).toContain(escapeHtml(question));
    for (const c of expected.citations) expect(message.message_text).toContain(escapeHtml(c.document.title));
    for (const r of seen) {
      expect(r.type).toBe('article');
      expect(r.description).toMatch(DISPLAY_DATE);
      expect(r.input_message_content.message_text).toMatch(DISPLAY_DATE);
    }
  });

  it('offers the newest documents for an empty query', async () => {
    h = await startHarness({ engine });
    const page = await inline('');
    const docs = engine.documents();
    expect(page.results.map((r) => r.title)).toEqual(docs.slice(0, INLINE_PAGE_SIZE).map((d) => d.title));
    expect(page.results[0]!.description).toBe(`${docs[0]!.source} · ${displayDate(docs[0]!.date)}`);
  });

  it('shows one result saying the archive has no answer when the engine abstains', async () => {
    h = await startHarness({ engine });
    const question = 'Who won the 1986 football world cup?';
    expect(engine.ask(question).answered).toBe(false);
    const page = await inline(question);
    expect(page.results).toHaveLength(1);
    expect(page.results[0]!.title).toMatch(/no answer/i);
    expect(page.next).toBe('');
  });
});
