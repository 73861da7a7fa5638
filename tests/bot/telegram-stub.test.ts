import { afterEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError } from 'grammy';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

describe('Telegram HTML validation', () => {
  it.each([
    ['plain text', 'hello', true],
    ['escaped entities', 'a &lt;b&gt; &amp; &quot;c&quot; &#39; &#x1F600;', true],
    ['nested allowed tags', '<b>bold <i>both</i></b> <a href="https://x.kz/?a=1&amp;b=2">link</a>', true],
    ['pre with code', '<pre><code class="language-ts">x</code></pre>', true],
    ['blockquote and spoiler', '<blockquote>q</blockquote><tg-spoiler>s</tg-spoiler>', true],
    ['unsupported tag', '<div>x</div>', false],
    ['bare less-than', '1 < 2', false],
    ['bare ampersand', 'Q&A', false],
    ['unknown named entity', '&nbsp;', false],
    ['unclosed tag', '<b>bold', false],
    ['crossed tags', '<b><i>x</b></i>', false],
    ['stray end tag', 'x</b>', false],
    ['span without spoiler class', '<span>x</span>', false],
  ])('%s', (_name, html, ok) => {
    expect(parseTelegramHtml(html).ok).toBe(ok);
  });

  it('decodes entities into the visible text', () => {
    expect(parseTelegramHtml('<b>a</b> &lt; &amp;').ok && parseTelegramHtml('<b>a</b> &lt; &amp;')).toEqual({ ok: true, text: 'a < &' });
  });
});

describe('TelegramStub', () => {
  const stubs: TelegramStub[] = [];
  afterEach(async () => {
    await Promise.all(stubs.splice(0).map((s) => s.stop()));
  });

  async function setup(): Promise<{ stub: TelegramStub; bot: Bot }> {
    const stub = new TelegramStub();
    stubs.push(stub);
    const apiRoot = await stub.start();
    const bot = new Bot(TelegramStub.TOKEN, { client: { apiRoot } });
    await bot.init();
    return { stub, bot };
  }

  it('serves pushed updates through long polling and records replies', async () => {
    const { stub, bot } = await setup();
    bot.on('message:text', (ctx) => ctx.reply(`<b>${ctx.message.text.length}</b>`, { parse_mode: 'HTML' }));
    const polling = bot.start({ drop_pending_updates: false });
    stub.pushMessage({ text: 'hello' });
    const call = await stub.waitForCall('sendMessage');
    await bot.stop();
    await polling;
    expect(call.params.text).toBe('<b>5</b>');
    expect(stub.sentMessages(1)[0]?.text).toBe('5');
  });

  it.each([
    ['invalid HTML', { text: '<x>', parse_mode: 'HTML' }, 400, /can't parse entities/],
    ['too long', { text: 'a'.repeat(4097) }, 400, /message is too long/],
    ['empty', { text: '  ' }, 400, /message text is empty/],
    ['callback data over 64 bytes', { text: 'x', reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'é'.repeat(33) }]] } }, 400, /BUTTON_DATA_INVALID/],
  ])('rejects %s', async (_name, extra, code, description) => {
    const { bot, stub } = await setup();
    const { text, ...rest } = extra as { text: string };
    const error = await bot.api.sendMessage(5, text, rest as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(code);
    expect((error as GrammyError).description).toMatch(description);
    expect(stub.rejectedCalls).toHaveLength(1);
  });

  it('simulates blocked, missing and migrated chats', async () => {
    const { bot, stub } = await setup();
    stub.blockedChats.add(7);
    stub.missingChats.add(8);
    stub.migratedChats.set(-9, -1009);
    const codes = await Promise.all(
      [7, 8, -9].map((id) => bot.api.sendMessage(id, 'x').then(() => null, (e: GrammyError) => [e.error_code, e.description, e.parameters])),
    );
    expect(codes[0]).toEqual([403, 'Forbidden: bot was blocked by the user', {}]);
    expect(codes[1]?.[0]).toBe(400);
    expect(codes[2]?.[2]).toEqual({ migrate_to_chat_id: -1009 });
  });

  it('answers 429 with retry_after past the flood limit', async () => {
    const { bot, stub } = await setup();
    stub.floodLimit = 3;
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((id) => bot.api.sendMessage(id, 'x')));
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(2);
    expect(((rejected[0] as PromiseRejectedResult).reason as GrammyError).parameters.retry_after).toBe(1);
  });
});
