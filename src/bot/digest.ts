/**
 * The daily digest in the bot: /subscribe, /unsubscribe, /timezone, /settings (with inline
 * buttons) and /digest; membership updates that show the bot blocked or removed deactivate
 * the chat, group migrations move it. Also the adapter from grammY's API client to the
 * digest sender's transport, and the per-minute scheduler the bot's main starts.
 */
import { Composer, GrammyError, HttpError, InlineKeyboard, type Api, type Context } from 'grammy';
import { ConfigError, parseClock } from '../config.ts';
import type { DigestSource } from '../digest/compose.ts';
import { DigestSender } from '../digest/deliver.ts';
import { composeDigest } from '../digest/pass.ts';
import { DigestScheduler } from '../digest/scheduler.ts';
import { localDay, nextDigest } from '../digest/schedule.ts';
import type { ChatType, Store, Subscription } from '../digest/store.ts';
import { TransportError, type Transport } from '../digest/transport.ts';
import { resolveTimeZone } from '../digest/zones.ts';
import type { BotDeps } from './deps.ts';
import { escapeHtml } from './format.ts';

/** Dependencies of the digest composer: the bot's, with the store required. */
export interface DigestDeps extends BotDeps {
  store: Store;
}

/** Times offered as buttons by /settings. */
const TIME_PRESETS = ['07:00', '09:00', '12:00', '18:00', '21:00'];
/** Prefix of the digest's callback data (`dg:t:09:00`, `dg:u`, `dg:s`, `dg:a`), all well under 64 bytes. */
const CB = 'dg';

/** The engine as a digest source, or a configuration error when it cannot be one. */
function digestSource(engine: unknown): DigestSource {
  const e = engine as Partial<DigestSource>;
  if (typeof e.documents !== 'function' || typeof e.keySentences !== 'function' || typeof e.passagesOf !== 'function' || !e.analyzer) {
    throw new ConfigError('engine', 'the daily digest needs the answer engine (documents, keySentences, passagesOf, analyzer)');
  }
  return engine as DigestSource;
}

/** Parse `/subscribe` arguments: an optional `HH:MM` first, then topic words. */
export function parseSubscribeArgs(text: string): { time: string | null; topic: string | null } | { error: string } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let time: string | null = null;
  if (words[0] && /^\d{1,2}[:.]\d{2}$/.test(words[0])) {
    const minutes = parseClock(words[0].replace('.', ':'));
    if (minutes === null) return { error: `"${words[0]}" is not a time of day; use HH:MM, e.g. /subscribe 08:30` };
    time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    words.shift();
  }
  const topic = words.join(' ').slice(0, 200).trim();
  return { time, topic: topic === '' ? null : topic };
}

/** "Tuesday 24 November at 09:00" in the subscriber's zone. */
function whenText(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} at ${get('hour')}:${get('minute')}`;
}

/** Whether the sender of an update may change this chat's subscription. */
async function mayManage(ctx: Context, adminIds: readonly number[]): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return true;
  if (chat.type === 'channel') return false;
  if (ctx.senderChat?.id === chat.id) return true; // an anonymous admin of this group
  const from = ctx.from;
  if (!from) return false;
  if (adminIds.includes(from.id)) return true;
  const member = await ctx.api.getChatMember(chat.id, from.id);
  return member.status === 'creator' || member.status === 'administrator';
}

/** The settings card: subscription state and buttons (HTML). */
function settingsView(sub: Subscription | null, lastDay: string | null, now: Date): { html: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  if (!sub || !sub.active) {
    keyboard.text('Subscribe', `${CB}:s`);
    return { html: '📭 This chat has no daily digest. Send /subscribe [HH:MM] [topic] or press Subscribe.', keyboard };
  }
  TIME_PRESETS.forEach((t) => keyboard.text(t === sub.time ? `• ${t}` : t, `${CB}:t:${t}`));
  keyboard.row();
  if (sub.topic) keyboard.text('All topics', `${CB}:a`);
  keyboard.text('Unsubscribe', `${CB}:u`);
  const next = nextDigest({ time: sub.time, timezone: sub.timezone, activeSince: sub.activeSince, lastDay }, now);
  const html = [
    '🗞 <b>Daily digest</b>',
    `Time: <b>${sub.time}</b> (${escapeHtml(sub.timezone)})`,
    `Topic: ${sub.topic ? `<b>${escapeHtml(sub.topic)}</b>` : 'everything'}`,
    `Next: ${escapeHtml(whenText(next.at, sub.timezone))}, if anything new has come in`,
    '',
    'Change the time zone with /timezone &lt;city | Area/City | UTC+5&gt;.',
  ].join('\n');
  return { html, keyboard };
}

/**
 * The digest composer. In groups, only administrators (and the bot's admins) may change
 * the subscription; anyone may read /settings and ask for /digest.
 */
export function createDigestComposer(deps: DigestDeps): Composer<Context> {
  const { store, config, logger } = deps;
  const source = digestSource(deps.engine);
  const now = (): Date => deps.now?.() ?? new Date();
  const composer = new Composer<Context>();
  const chatType = (ctx: Context): ChatType => (ctx.chat?.type ?? 'private') as ChatType;

  const denied = async (ctx: Context): Promise<boolean> => {
    if (await mayManage(ctx, config.adminIds)) return false;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: 'Only group admins can change the digest.' });
    else await ctx.reply('Only group admins can change this group’s digest.');
    return true;
  };

  const lastDayOf = (chatId: number): string | null => store.deliveriesOf(chatId).at(-1)?.day ?? null;

  /** Whether the chat would get anything in its next digest right now. */
  const hasNews = (sub: Subscription, at: Date): boolean => {
    const firstSeen = store.syncArchive(source.documents(), at);
    return composeDigest({ store, source, subscription: sub, day: localDay(at, sub.timezone), firstSeen }).items.length > 0;
  };

  composer.command('subscribe', async (ctx) => {
    if (await denied(ctx)) return;
    const args = parseSubscribeArgs(ctx.match);
    if ('error' in args) return void (await ctx.reply(args.error));
    const at = now();
    const existing = store.subscription(ctx.chat.id);
    const sub = store.subscribe({
      chatId: ctx.chat.id,
      chatType: chatType(ctx),
      time: args.time ?? existing?.time ?? config.digestTime,
      timezone: existing?.timezone ?? config.defaultTimezone,
      topic: args.topic ?? existing?.topic ?? null,
      now: at,
    });
    const next = nextDigest({ time: sub.time, timezone: sub.timezone, activeSince: sub.activeSince, lastDay: lastDayOf(sub.chatId) }, at);
    logger.info('digest.subscribed', { chatId: sub.chatId, time: sub.time, timezone: sub.timezone, topic: sub.topic });
    const lines = [
      `✅ Subscribed to the daily digest at <b>${sub.time}</b> (${escapeHtml(sub.timezone)}).`,
      sub.topic ? `Topic: <b>${escapeHtml(sub.topic)}</b>.` : 'Topic: everything in the archive.',
      `First digest: ${escapeHtml(whenText(next.at, sub.timezone))}.`,
    ];
    if (!hasNews(sub, at)) lines.push('Nothing is new for you right now; on days with nothing new no digest is sent.');
    lines.push('Change it with /settings or /timezone; stop with /unsubscribe.');
    await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
  });

  composer.command('unsubscribe', async (ctx) => {
    if (await denied(ctx)) return;
    const changed = store.deactivate(ctx.chat.id, 'unsubscribed', now());
    if (changed) logger.info('digest.unsubscribed', { chatId: ctx.chat.id });
    await ctx.reply(changed ? '📭 Unsubscribed: no more daily digests. /subscribe brings them back.' : 'This chat has no daily digest.');
  });

  composer.command('timezone', async (ctx) => {
    const sub = store.subscription(ctx.chat.id);
    const input = ctx.match.trim();
    if (input === '') {
      const zone = sub?.timezone ?? config.defaultTimezone;
      return void (await ctx.reply(`Time zone: ${zone}. Change it with /timezone followed by a city, an Area/City name or UTC+5.`));
    }
    if (await denied(ctx)) return;
    const found = resolveTimeZone(input);
    if (!found.ok) {
      const hint = found.suggestions.length > 0 ? ` Did you mean: ${found.suggestions.join(', ')}?` : ' Try a city (Almaty), an Area/City name (Europe/Berlin) or UTC+5.';
      return void (await ctx.reply(`I don't know the time zone "${input.slice(0, 60)}".${hint}`));
    }
    if (!sub) return void (await ctx.reply(`${found.zone} is a valid time zone, but this chat has no digest yet: send /subscribe first.`));
    const updated = store.update(ctx.chat.id, { timezone: found.zone }, now())!;
    logger.info('digest.timezone', { chatId: ctx.chat.id, timezone: found.zone });
    await ctx.reply(`🕘 Time zone set to ${found.zone}: the digest comes at ${updated.time} local time.`);
  });

  composer.command('settings', async (ctx) => {
    const view = settingsView(store.subscription(ctx.chat.id), lastDayOf(ctx.chat.id), now());
    await ctx.reply(view.html, { parse_mode: 'HTML', reply_markup: view.keyboard });
  });

  composer.command('digest', async (ctx) => {
    const at = now();
    const sub = store.subscription(ctx.chat.id);
    const active = sub?.active ? sub : null;
    const firstSeen = store.syncArchive(source.documents(), at);
    const digest = composeDigest({ store, source, subscription: active, day: localDay(at, active?.timezone ?? config.defaultTimezone), firstSeen });
    if (digest.messages.length === 0) return void (await ctx.reply('Nothing new since your last digest.'));
    for (const m of digest.messages) await ctx.reply(m.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  composer.callbackQuery(new RegExp(`^${CB}:`), async (ctx) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return void (await ctx.answerCallbackQuery());
    if (await denied(ctx)) return;
    const data = ctx.callbackQuery.data;
    const at = now();
    const current = store.subscription(chatId);
    let note = 'Done';
    if (data.startsWith(`${CB}:t:`) && current) {
      const time = data.slice(`${CB}:t:`.length);
      if (parseClock(time) !== null) store.update(chatId, { time }, at);
      note = `Digest time: ${time}`;
    } else if (data === `${CB}:a` && current) {
      store.update(chatId, { topic: null }, at);
      note = 'All topics';
    } else if (data === `${CB}:u`) {
      store.deactivate(chatId, 'unsubscribed', at);
      note = 'Unsubscribed';
    } else if (data === `${CB}:s`) {
      store.subscribe({
        chatId,
        chatType: chatType(ctx),
        time: current?.time ?? config.digestTime,
        timezone: current?.timezone ?? config.defaultTimezone,
        topic: current?.topic ?? null,
        now: at,
      });
      note = 'Subscribed';
    }
    logger.info('digest.settings', { chatId, action: data });
    const view = settingsView(store.subscription(chatId), lastDayOf(chatId), at);
    await ctx.answerCallbackQuery({ text: note });
    try {
      await ctx.editMessageText(view.html, { parse_mode: 'HTML', reply_markup: view.keyboard });
    } catch (error) {
      if (!(error instanceof GrammyError && /not modified/.test(error.description))) throw error;
    }
  });

  composer.on('my_chat_member', (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status !== 'kicked' && status !== 'left') return;
    const reason = status === 'kicked' ? 'blocked' : 'removed';
    if (store.deactivate(ctx.myChatMember.chat.id, reason, now())) {
      logger.info('digest.chat_deactivated', { chatId: ctx.myChatMember.chat.id, reason });
    }
  });

  composer.on('message:migrate_to_chat_id', async (ctx, next) => {
    if (store.migrateChat(ctx.chat.id, ctx.message.migrate_to_chat_id, now())) {
      logger.info('digest.chat_migrated', { chatId: ctx.chat.id, to: ctx.message.migrate_to_chat_id });
    }
    await next();
  });

  return composer;
}

/** The digest sender's transport over grammY's API client (Bot API errors classified). */
export function apiTransport(api: Api): Transport {
  return {
    async sendMessage(chatId, html, options) {
      try {
        const message = await api.sendMessage(chatId, html, {
          parse_mode: options.parseMode,
          ...(options.disableLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
        });
        return { messageId: message.message_id };
      } catch (error) {
        if (error instanceof GrammyError) {
          throw new TransportError({
            code: error.error_code,
            description: error.description,
            retryAfter: error.parameters.retry_after ?? null,
            migrateToChatId: error.parameters.migrate_to_chat_id ?? null,
          });
        }
        if (error instanceof HttpError) throw new TransportError({ code: 0, description: `network error: ${error.message}`, cause: error });
        throw error;
      }
    },
  };
}

/** Options of {@link createDigestScheduler}. */
export interface DigestSchedulerOptions {
  api: Api;
  store: Store;
  engine: unknown;
  logger: BotDeps['logger'];
}

/** The per-minute digest scheduler over the bot's API client; call `start()` and, on shutdown, `stop()`. */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const sender = new DigestSender({ store: options.store, transport: apiTransport(options.api), logger: options.logger });
  return new DigestScheduler({ store: options.store, source: digestSource(options.engine), sender, logger: options.logger });
}
