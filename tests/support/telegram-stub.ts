/**
 * An in-process stand-in of the Telegram Bot API for tests: a real HTTP server on
 * 127.0.0.1 (random port) that a bot reaches through `apiRoot` / `TELEGRAM_API_ROOT`,
 * exactly as it would reach `https://api.telegram.org`.
 *
 * It serves updates the test pushes through `getUpdates` (long polling with `timeout`),
 * records every call with its parameters, and validates what the bot sends the way
 * Telegram does: HTML parse mode (see {@link parseTelegramHtml}), message length
 * (≤ 4096), callback data (1–64 bytes), inline results (≤ 50, unique ids), known query
 * ids. Knobs simulate users who blocked the bot, missing chats, migrated groups and flood
 * limits.
 *
 * @example
 * ```ts
 * const stub = new TelegramStub();
 * const apiRoot = await stub.start();
 * const bot = new Bot(TelegramStub.TOKEN, { client: { apiRoot } });
 * stub.pushMessage({ chat: { id: 42, type: 'private' }, text: 'hello' });
 * const reply = await stub.waitForCall('sendMessage', (c) => c.params.chat_id === 42);
 * await stub.stop();
 * ```
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml, telegramLength } from './telegram-html.ts';

/** Parameters of one Bot API call, as decoded from the request body and query string. */
export type CallParams = Record<string, unknown>;

/** A Bot API response body. */
export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };

/** One recorded Bot API call. */
export interface RecordedCall {
  /** Method name, e.g. `sendMessage`. */
  method: string;
  params: CallParams;
  /** What the stand-in answered (for `getUpdates`, recorded on arrival: filled in when the poll ends). */
  response: ApiResponse;
  /** `Date.now()` when the call arrived. */
  at: number;
}

/** A chat as the stand-in knows it (learned from pushed updates, or guessed from the id). */
export interface StubChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
}

/** A user as the stand-in sends it in updates. */
export interface StubUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
}

/** A message the bot sent or edited, as the stand-in stores it. */
export interface StoredMessage {
  message_id: number;
  chat: StubChat;
  text: string;
  /** The text as sent (with HTML markup), before parsing. */
  raw: string;
  parse_mode?: string;
  reply_markup?: unknown;
  date: number;
}

/** Options of {@link TelegramStub}. */
export interface TelegramStubOptions {
  /**
   * The only token accepted (others get 401 Unauthorized). Default: any token that looks
   * like `digits:letters`.
   */
  token?: string;
  /** Username of the bot returned by `getMe` (default `elshi_test_bot`). */
  botUsername?: string;
  /** Name of the bot returned by `getMe` (default `Elshi`). */
  botName?: string;
  /** Whether `getMe` says the bot supports inline queries (default true). */
  inline?: boolean;
}

/** A typed error answer of the stand-in (converted to a Bot API error response). */
export class StubApiError extends Error {
  readonly code: number;
  readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } | undefined;

  constructor(code: number, description: string, parameters?: { retry_after?: number; migrate_to_chat_id?: number }) {
    super(description);
    this.name = 'StubApiError';
    this.code = code;
    this.parameters = parameters;
  }
}

/** Methods that send something to a chat; they honour the blocked / not found / migrated / flood knobs. */
const CHAT_METHODS = new Set([
  'sendMessage',
  'sendChatAction',
  'editMessageText',
  'editMessageReplyMarkup',
  'deleteMessage',
  'sendPhoto',
  'sendDocument',
  'forwardMessage',
  'copyMessage',
  'pinChatMessage',
  'getChat',
]);

/** Methods counted against the flood limit. */
const FLOOD_METHODS = new Set(['sendMessage', 'editMessageText', 'sendPhoto', 'sendDocument', 'copyMessage', 'forwardMessage']);

/** A waiting `getUpdates` request. */
interface Poller {
  offset: number;
  limit: number;
  allowed: string[] | null;
  resolve: (updates: unknown[]) => void;
}

/** A custom handler for a method; return a result, or throw {@link StubApiError}. */
export type MethodOverride = (params: CallParams) => unknown;

/**
 * The Bot API stand-in. Create, {@link TelegramStub.start}, point the bot at
 * {@link TelegramStub.apiRoot}, push updates, inspect {@link TelegramStub.calls}, and
 * {@link TelegramStub.stop} at the end.
 */
export class TelegramStub extends EventEmitter {
  /** A well-formed fake token for tests. */
  static readonly TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';

  /** Every call received, in order of arrival. */
  readonly calls: RecordedCall[] = [];
  /** Chat ids whose sends answer 403 "Forbidden: bot was blocked by the user". */
  readonly blockedChats = new Set<number>();
  /** Chat ids whose sends answer 400 "Bad Request: chat not found". */
  readonly missingChats = new Set<number>();
  /** Group ids upgraded to supergroups: sends answer 400 with `parameters.migrate_to_chat_id`. */
  readonly migratedChats = new Map<number, number>();
  /**
   * Most messages per second accepted overall (sendMessage, editMessageText, …); past it
   * the stand-in answers 429 with `parameters.retry_after`. Null (default) for no limit.
   */
  floodLimit: number | null = null;
  /** `retry_after` (seconds) announced by 429 answers (default 1). */
  floodRetryAfter = 1;
  /** Milliseconds to wait before answering a method (a slow network or server), by method name. */
  readonly delays = new Map<string, number>();
  /** Messages sent or edited by the bot, by `chatId:messageId`. */
  readonly messages = new Map<string, StoredMessage>();

  private readonly options: Required<TelegramStubOptions>;
  private server: Server | null = null;
  private port = 0;
  private readonly queue: { update_id: number; [key: string]: unknown }[] = [];
  private readonly pollers = new Set<Poller>();
  private readonly chats = new Map<number, StubChat>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly openQueries = new Set<string>();
  private readonly overrides = new Map<string, MethodOverride>();
  private readonly floodWindow: number[] = [];
  private nextUpdateId = 1;
  private nextQueryId = 1;
  private nextIncomingMessageId = 1_000_000;

  constructor(options: TelegramStubOptions = {}) {
    super();
    this.options = {
      token: options.token ?? '',
      botUsername: options.botUsername ?? 'elshi_test_bot',
      botName: options.botName ?? 'Elshi',
      inline: options.inline ?? true,
    };
  }

  /** The bot the stand-in plays, as `getMe` returns it (id taken from the token when known). */
  get botUser(): StubUser & { can_join_groups: boolean; can_read_all_group_messages: boolean; supports_inline_queries: boolean } {
    const id = Number((this.options.token || TelegramStub.TOKEN).split(':')[0]);
    return {
      id,
      is_bot: true,
      first_name: this.options.botName,
      username: this.options.botUsername,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: this.options.inline,
    };
  }

  /** Start listening on 127.0.0.1 at a random port; resolves to the API root URL. */
  async start(): Promise<string> {
    if (this.server) return this.apiRoot;
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this.apiRoot;
  }

  /** The root URL to give the bot (`http://127.0.0.1:<port>`, no trailing slash). */
  get apiRoot(): string {
    if (!this.server) throw new Error('TelegramStub is not started');
    return `http://127.0.0.1:${this.port}`;
  }

  /** Answer pending long polls with nothing and close the server and its connections. */
  async stop(): Promise<void> {
    for (const p of this.pollers) p.resolve([]);
    this.pollers.clear();
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Replace the behaviour of one method (return the result or throw {@link StubApiError}). */
  override(method: string, handler: MethodOverride | null): void {
    if (handler) this.overrides.set(method, handler);
    else this.overrides.delete(method);
  }

  // ---------------------------------------------------------------- updates

  /**
   * Queue an update for `getUpdates`; `update_id` is assigned when missing. Chats and users
   * found in the update are remembered so replies carry the right chat type.
   */
  pushUpdate<T extends Record<string, unknown>>(update: T): T & { update_id: number } {
    const full = { ...update, update_id: typeof update.update_id === 'number' ? update.update_id : this.nextUpdateId++ };
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    const message = (full.message ?? full.edited_message) as { chat?: StubChat } | undefined;
    if (message?.chat) this.chats.set(message.chat.id, message.chat);
    const query = full.inline_query as { id?: string } | undefined;
    if (query?.id) this.openQueries.add(query.id);
    const callback = full.callback_query as { id?: string } | undefined;
    if (callback?.id) this.openQueries.add(callback.id);
    this.queue.push(full);
    this.flush();
    return full;
  }

  /** A user for updates (a private chat with the same id is implied). */
  static user(id: number, firstName = `User${id}`): StubUser {
    return { id, is_bot: false, first_name: firstName, language_code: 'en' };
  }

  /**
   * Push a text (or other) message. `chat` defaults to the private chat of `from`; `from`
   * defaults to a user with the chat's id. Returns the update.
   */
  pushMessage(options: {
    text?: string;
    chat?: StubChat;
    from?: StubUser;
    /** Extra message fields (`sticker`, `photo`, `entities`, `reply_to_message`, …). */
    extra?: Record<string, unknown>;
  }): { update_id: number; message: Record<string, unknown> } {
    const from = options.from ?? TelegramStub.user(options.chat?.id && options.chat.id > 0 ? options.chat.id : 1);
    const chat = options.chat ?? { id: from.id, type: 'private' as const, first_name: from.first_name };
    const message: Record<string, unknown> = {
      message_id: this.nextIncomingMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      ...(options.text !== undefined ? { text: options.text } : {}),
      ...(options.text !== undefined && textEntities(options.text).length > 0 ? { entities: textEntities(options.text) } : {}),
      ...options.extra,
    };
    return this.pushUpdate({ message });
  }

  /** Push an inline query; returns the update (its `inline_query.id` is what the bot answers). */
  pushInlineQuery(options: { query: string; offset?: string; from?: StubUser; chatType?: string }): {
    update_id: number;
    inline_query: { id: string; query: string; offset: string; from: StubUser };
  } {
    const inline_query = {
      id: `iq${this.nextQueryId++}`,
      from: options.from ?? TelegramStub.user(1),
      query: options.query,
      offset: options.offset ?? '',
      ...(options.chatType ? { chat_type: options.chatType } : {}),
    };
    return this.pushUpdate({ inline_query });
  }

  /**
   * Push a callback query for a button of a message the bot sent (`message` is that stored
   * message; its chat and id are used).
   */
  pushCallbackQuery(options: { data: string; message: StoredMessage; from?: StubUser }): {
    update_id: number;
    callback_query: { id: string; data: string };
  } {
    const from = options.from ?? TelegramStub.user(options.message.chat.id > 0 ? options.message.chat.id : 1);
    const callback_query = {
      id: `cb${this.nextQueryId++}`,
      from,
      chat_instance: `ci${options.message.chat.id}`,
      data: options.data,
      message: {
        message_id: options.message.message_id,
        date: options.message.date,
        chat: options.message.chat,
        from: this.botUser,
        text: options.message.text,
        ...(options.message.reply_markup ? { reply_markup: options.message.reply_markup } : {}),
      },
    };
    return this.pushUpdate({ callback_query });
  }

  /** Updates pushed but not yet confirmed by a later `getUpdates` offset. */
  get pendingUpdates(): number {
    return this.queue.length;
  }

  // ---------------------------------------------------------------- inspection

  /** Calls of one method, optionally filtered. */
  callsTo(method: string, filter?: (call: RecordedCall) => boolean): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && (!filter || filter(c)));
  }

  /** Messages the bot sent successfully (sendMessage answered ok), optionally to one chat. */
  sentMessages(chatId?: number): StoredMessage[] {
    return this.calls
      .filter((c) => c.method === 'sendMessage' && c.response.ok)
      .map((c) => (c.response as { result: StoredMessage }).result)
      .filter((m) => chatId === undefined || m.chat.id === chatId);
  }

  /** Calls the stand-in refused (any non-ok answer), for asserting there were none. */
  get rejectedCalls(): RecordedCall[] {
    return this.calls.filter((c) => !c.response.ok);
  }

  /**
   * Resolve with the first call (already received or future) of `method` matching
   * `filter`; reject after `timeoutMs` (default 10 s).
   */
  waitForCall(method: string, filter: (call: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    return this.waitForCalls(method, 1, filter, timeoutMs).then((calls) => calls[0]!);
  }

  /** Resolve once `count` calls of `method` matching `filter` have arrived. */
  waitForCalls(method: string, count: number, filter: (call: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall[]> {
    const matching = (): RecordedCall[] => this.callsTo(method, filter);
    const now = matching();
    if (now.length >= count) return Promise.resolve(now.slice(0, count));
    return new Promise((resolve, reject) => {
      const onCall = (): void => {
        const found = matching();
        if (found.length >= count) {
          clearTimeout(timer);
          this.off('call', onCall);
          resolve(found.slice(0, count));
        }
      };
      const timer = setTimeout(() => {
        this.off('call', onCall);
        reject(new Error(`timed out waiting for ${count} ${method} call(s); got ${matching().length}`));
      }, timeoutMs);
      this.on('call', onCall);
    });
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const send = (status: number, body: ApiResponse): void => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!m) return send(404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    let params: CallParams;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
    } catch (error) {
      return send(400, { ok: false, error_code: 400, description: `Bad Request: ${(error as Error).message}` });
    }
    const tokenOk = this.options.token ? token === this.options.token : /^\d+:[\w-]+$/.test(token);
    if (!tokenOk) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });

    let response: ApiResponse;
    if (method === 'getUpdates') {
      // Recorded on arrival (so a test can wait until the bot polls); the answer is filled in when the poll ends.
      const call: RecordedCall = { method, params, response: { ok: true, result: [] }, at: Date.now() };
      this.calls.push(call);
      this.emit('call', call);
      call.response = { ok: true, result: await this.getUpdates(params, res) };
      return send(200, call.response);
    } else {
      const delay = this.delays.get(method);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        response = { ok: true, result: this.dispatch(method, params) };
      } catch (error) {
        response =
          error instanceof StubApiError
            ? {
                ok: false,
                error_code: error.code,
                description: error.message,
                ...(error.parameters ? { parameters: error.parameters } : {}),
              }
            : { ok: false, error_code: 500, description: `Internal Server Error: ${(error as Error).message}` };
      }
    }
    this.calls.push({ method, params, response, at: Date.now() });
    this.emit('call', this.calls.at(-1));
    send(response.ok ? 200 : response.error_code, response);
  }

  private getUpdates(params: CallParams, res: ServerResponse): Promise<unknown[]> {
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeout = Math.max(0, Number(params.timeout ?? 0));
    const allowed = Array.isArray(params.allowed_updates) && params.allowed_updates.length > 0 ? (params.allowed_updates as string[]) : null;
    // Confirm updates below the offset, as Telegram does.
    if (offset > 0) while (this.queue.length > 0 && this.queue[0]!.update_id < offset) this.queue.shift();
    const ready = this.take(offset, limit, allowed);
    if (ready.length > 0 || timeout === 0 || !this.server) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const poller: Poller = {
        offset,
        limit,
        allowed,
        resolve: (updates) => {
          clearTimeout(timer);
          this.pollers.delete(poller);
          resolve(updates);
        },
      };
      const timer = setTimeout(() => poller.resolve([]), timeout * 1000);
      res.once('close', () => poller.resolve([]));
      this.pollers.add(poller);
    });
  }

  private take(offset: number, limit: number, allowed: string[] | null): unknown[] {
    return this.queue
      .filter((u) => u.update_id >= offset)
      .filter((u) => !allowed || Object.keys(u).some((k) => allowed.includes(k)))
      .slice(0, limit);
  }

  private flush(): void {
    for (const poller of [...this.pollers]) {
      const updates = this.take(poller.offset, poller.limit, poller.allowed);
      if (updates.length > 0) poller.resolve(updates);
    }
  }

  // ---------------------------------------------------------------- methods

  private dispatch(method: string, params: CallParams): unknown {
    const override = this.overrides.get(method);
    if (CHAT_METHODS.has(method)) this.checkChat(method, params);
    if (override) return override(params);
    switch (method) {
      case 'getMe':
        return this.botUser;
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'setMyDescription':
      case 'setMyShortDescription':
      case 'setChatMenuButton':
      case 'close':
      case 'logOut':
        return true;
      case 'getWebhookInfo':
        return { url: '', has_custom_certificate: false, pending_update_count: this.queue.length };
      case 'getMyCommands': {
        const last = this.calls.filter((c) => c.method === 'setMyCommands' && c.response.ok).at(-1);
        return last?.params.commands ?? [];
      }
      case 'sendChatAction':
        requireParam(params, 'action');
        return true;
      case 'sendMessage':
        return this.sendMessage(params);
      case 'editMessageText':
        return this.editMessageText(params);
      case 'editMessageReplyMarkup':
        return this.editReplyMarkup(params);
      case 'deleteMessage':
        return this.deleteMessage(params);
      case 'answerInlineQuery':
        return this.answerInlineQuery(params);
      case 'answerCallbackQuery':
        return this.answerCallbackQuery(params);
      case 'getChat':
        return this.chatOf(params.chat_id);
      default:
        throw new StubApiError(404, 'Not Found: method not found');
    }
  }

  /** Apply the blocked / not found / migrated / flood knobs to a call addressed to a chat. */
  private checkChat(method: string, params: CallParams): void {
    if (params.chat_id === undefined) {
      if (params.inline_message_id !== undefined) return;
      throw new StubApiError(400, 'Bad Request: chat_id is empty');
    }
    const chatId = Number(params.chat_id);
    if (!Number.isFinite(chatId)) throw new StubApiError(400, 'Bad Request: chat not found');
    if (this.blockedChats.has(chatId)) throw new StubApiError(403, 'Forbidden: bot was blocked by the user');
    if (this.missingChats.has(chatId)) throw new StubApiError(400, 'Bad Request: chat not found');
    const migrated = this.migratedChats.get(chatId);
    if (migrated !== undefined) {
      throw new StubApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: migrated });
    }
    if (this.floodLimit !== null && FLOOD_METHODS.has(method)) {
      const now = Date.now();
      while (this.floodWindow.length > 0 && this.floodWindow[0]! <= now - 1000) this.floodWindow.shift();
      if (this.floodWindow.length >= this.floodLimit) {
        throw new StubApiError(429, `Too Many Requests: retry after ${this.floodRetryAfter}`, { retry_after: this.floodRetryAfter });
      }
      this.floodWindow.push(now);
    }
  }

  private chatOf(chatId: unknown): StubChat {
    const id = Number(chatId);
    return this.chats.get(id) ?? { id, type: id > 0 ? 'private' : id < -1_000_000_000_000 ? 'supergroup' : 'group' };
  }

  /** Validate text with its parse mode; returns the visible text. */
  private checkText(text: unknown, parseMode: unknown, field = 'message text'): string {
    if (typeof text !== 'string') throw new StubApiError(400, `Bad Request: ${field} is empty`);
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
      throw new StubApiError(400, 'Bad Request: strings must be encoded in UTF-8');
    }
    let visible = text;
    if (parseMode === 'HTML') {
      const parsed = parseTelegramHtml(text);
      if (!parsed.ok) throw new StubApiError(400, `Bad Request: ${parsed.error}`);
      visible = parsed.text;
    } else if (parseMode !== undefined && parseMode !== 'MarkdownV2' && parseMode !== 'Markdown') {
      throw new StubApiError(400, `Bad Request: unsupported parse_mode "${String(parseMode)}"`);
    }
    if (visible.trim() === '') throw new StubApiError(400, `Bad Request: ${field} is empty`);
    if (telegramLength(visible) > 4096) throw new StubApiError(400, 'Bad Request: message is too long');
    return visible;
  }

  private sendMessage(params: CallParams): StoredMessage {
    const text = this.checkText(params.text, params.parse_mode);
    checkReplyMarkup(params.reply_markup);
    const chat = this.chatOf(params.chat_id);
    const id = (this.nextMessageId.get(chat.id) ?? 0) + 1;
    this.nextMessageId.set(chat.id, id);
    const message: StoredMessage = {
      message_id: id,
      chat,
      text,
      raw: params.text as string,
      date: Math.floor(Date.now() / 1000),
      ...(params.parse_mode ? { parse_mode: params.parse_mode as string } : {}),
      ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
    };
    this.messages.set(`${chat.id}:${id}`, message);
    return { ...message, from: this.botUser } as StoredMessage;
  }

  private stored(params: CallParams): StoredMessage {
    const key = `${Number(params.chat_id)}:${Number(params.message_id)}`;
    const message = this.messages.get(key);
    if (!message) throw new StubApiError(400, 'Bad Request: message to edit not found');
    return message;
  }

  private editMessageText(params: CallParams): StoredMessage | true {
    const text = this.checkText(params.text, params.parse_mode);
    checkReplyMarkup(params.reply_markup);
    if (params.inline_message_id !== undefined) return true;
    const message = this.stored(params);
    if (message.raw === params.text && JSON.stringify(message.reply_markup ?? null) === JSON.stringify(params.reply_markup ?? null)) {
      throw new StubApiError(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    message.text = text;
    message.raw = params.text as string;
    message.parse_mode = params.parse_mode as string | undefined;
    message.reply_markup = params.reply_markup;
    return { ...message, from: this.botUser } as StoredMessage;
  }

  private editReplyMarkup(params: CallParams): StoredMessage | true {
    checkReplyMarkup(params.reply_markup);
    if (params.inline_message_id !== undefined) return true;
    const message = this.stored(params);
    message.reply_markup = params.reply_markup;
    return { ...message, from: this.botUser } as StoredMessage;
  }

  private deleteMessage(params: CallParams): true {
    const key = `${Number(params.chat_id)}:${Number(params.message_id)}`;
    if (!this.messages.delete(key)) throw new StubApiError(400, 'Bad Request: message to delete not found');
    return true;
  }

  private answerInlineQuery(params: CallParams): true {
    const id = String(params.inline_query_id ?? '');
    if (!this.openQueries.delete(id)) {
      throw new StubApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    }
    const results = params.results;
    if (!Array.isArray(results)) throw new StubApiError(400, 'Bad Request: results must be an array');
    if (results.length > 50) throw new StubApiError(400, 'Bad Request: RESULTS_TOO_MUCH');
    if (typeof params.next_offset === 'string' && Buffer.byteLength(params.next_offset) > 64) {
      throw new StubApiError(400, 'Bad Request: NEXT_OFFSET_INVALID');
    }
    const ids = new Set<string>();
    for (const r of results as Record<string, unknown>[]) {
      const rid = String(r.id ?? '');
      if (rid === '' || Buffer.byteLength(rid) > 64) throw new StubApiError(400, 'Bad Request: RESULT_ID_INVALID');
      if (ids.has(rid)) throw new StubApiError(400, 'Bad Request: RESULT_ID_DUPLICATE');
      ids.add(rid);
      if (r.type === 'article') {
        if (typeof r.title !== 'string' || r.title.trim() === '') throw new StubApiError(400, 'Bad Request: RESULT_TITLE_EMPTY');
        const content = r.input_message_content as Record<string, unknown> | undefined;
        if (!content) throw new StubApiError(400, 'Bad Request: input_message_content is required');
        this.checkText(content.message_text, content.parse_mode);
      }
      checkReplyMarkup(r.reply_markup);
    }
    return true;
  }

  private answerCallbackQuery(params: CallParams): true {
    const id = String(params.callback_query_id ?? '');
    if (!this.openQueries.delete(id)) {
      throw new StubApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    }
    if (typeof params.text === 'string' && params.text.length > 200) throw new StubApiError(400, 'Bad Request: MESSAGE_TOO_LONG');
    return true;
  }
}

/**
 * The entities Telegram would attach to a text: `bot_command` for `/command[@bot]` at the
 * start or after a space, `mention` for `@username` (offsets in UTF-16 units, as Telegram).
 */
function textEntities(text: string): { type: 'bot_command' | 'mention'; offset: number; length: number }[] {
  const out: { type: 'bot_command' | 'mention'; offset: number; length: number }[] = [];
  for (const m of text.matchAll(/(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=\s|$)/g)) {
    out.push({ type: 'bot_command', offset: m.index + m[1]!.length, length: m[2]!.length });
  }
  for (const m of text.matchAll(/(^|[^\w@/])(@[a-zA-Z][a-zA-Z0-9_]{3,31})(?![\w@])/g)) {
    out.push({ type: 'mention', offset: m.index + m[1]!.length, length: m[2]!.length });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Throw unless the parameter is present. */
function requireParam(params: CallParams, name: string): void {
  if (params[name] === undefined || params[name] === '') throw new StubApiError(400, `Bad Request: ${name} is empty`);
}

/** Validate an inline keyboard as Telegram does (button texts, callback data 1–64 bytes, URLs). */
function checkReplyMarkup(markup: unknown): void {
  if (markup === undefined) return;
  const keyboard = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (keyboard === undefined) return;
  if (!Array.isArray(keyboard)) throw new StubApiError(400, "Bad Request: can't parse inline keyboard button: InlineKeyboardMarkup must be an Array");
  let count = 0;
  for (const row of keyboard) {
    if (!Array.isArray(row)) throw new StubApiError(400, 'Bad Request: can\'t parse inline keyboard button: rows must be arrays');
    for (const button of row as Record<string, unknown>[]) {
      count += 1;
      if (typeof button.text !== 'string' || button.text === '') throw new StubApiError(400, 'Bad Request: BUTTON_TEXT_INVALID');
      if ('callback_data' in button) {
        const data = button.callback_data;
        if (typeof data !== 'string' || data === '' || Buffer.byteLength(data) > 64) {
          throw new StubApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
        }
      } else if ('url' in button) {
        if (typeof button.url !== 'string' || !/^(https?|tg):\/\/\S+$/.test(button.url)) throw new StubApiError(400, 'Bad Request: BUTTON_URL_INVALID');
      } else if (!('switch_inline_query' in button) && !('switch_inline_query_current_chat' in button) && !('copy_text' in button)) {
        throw new StubApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
    }
  }
  if (count > 100) throw new StubApiError(400, 'Bad Request: reply markup is too long');
}

/** Read a JSON, form-encoded or empty request body. */
async function readBody(req: IncomingMessage): Promise<CallParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (body.trim() === '') return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      return JSON.parse(body) as CallParams;
    } catch {
      throw new Error("can't parse JSON body");
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    const out: CallParams = {};
    for (const [k, v] of new URLSearchParams(body)) {
      try {
        out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  }
  throw new Error(`unsupported content type "${type}" (the stand-in accepts JSON and form bodies)`);
}
