/**
 * How digests reach Telegram: a one-method transport, so the sender does not depend on a
 * bot framework. {@link HttpTransport} calls the Bot API with `fetch`; the bot adapts its
 * own API client to the same interface.
 */

/** Options of one message. */
export interface SendOptions {
  /** Always HTML: every digest is escaped Telegram HTML. */
  parseMode: 'HTML';
  /** Hide link previews (a digest links several documents). */
  disableLinkPreview?: boolean;
}

/** Sends one message; resolves with Telegram's message id or throws {@link TransportError}. */
export interface Transport {
  sendMessage(chatId: number, html: string, options: SendOptions): Promise<{ messageId: number }>;
}

/** What a failed send means for the sender. */
export type FailureKind =
  /** 429: wait `retryAfter` seconds and try again. */
  | 'flood'
  /** 403: the bot was blocked, kicked, or the user is deactivated. */
  | 'blocked'
  /** 400 "chat not found". */
  | 'not_found'
  /** 400 with `migrate_to_chat_id`: the group became a supergroup. */
  | 'migrated'
  /** Any other 4xx: this message will never go through as it is. */
  | 'rejected'
  /** Network trouble or 5xx: worth retrying later. */
  | 'transient';

/** A failed send, classified. */
export class TransportError extends Error {
  /** Bot API error code (0 for network failures). */
  readonly code: number;
  readonly kind: FailureKind;
  /** Seconds to wait, for `flood`. */
  readonly retryAfter: number | null;
  /** The supergroup's id, for `migrated`. */
  readonly migrateToChatId: number | null;

  constructor(options: { code: number; description: string; retryAfter?: number | null; migrateToChatId?: number | null; cause?: unknown }) {
    super(options.description, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    this.code = options.code;
    this.retryAfter = options.retryAfter ?? null;
    this.migrateToChatId = options.migrateToChatId ?? null;
    this.kind = classify(options.code, options.description, this.migrateToChatId);
  }
}

/** Classify a Bot API error by code, description and parameters. */
export function classify(code: number, description: string, migrateToChatId: number | null): FailureKind {
  if (code === 429) return 'flood';
  if (migrateToChatId !== null) return 'migrated';
  if (code === 403) return 'blocked';
  if (code === 400 && /chat not found|user not found|peer_id_invalid|chat_id is empty/i.test(description)) return 'not_found';
  if (code === 400 && /bot was kicked|not a member|have no rights to send|need administrator rights|chat_write_forbidden/i.test(description)) {
    return 'blocked';
  }
  if (code >= 400 && code < 500 && code !== 408) return 'rejected';
  return 'transient';
}

/** Options of {@link HttpTransport}. */
export interface HttpTransportOptions {
  /** Bot API root, e.g. `https://api.telegram.org`. */
  apiRoot: string;
  /** Bot token (never logged). */
  token: string;
  /** Abort a request after this long (default 30 s). */
  timeoutMs?: number;
  /** `fetch` to use (default the global one). */
  fetch?: typeof fetch;
}

interface BotApiResponse {
  ok: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** A {@link Transport} over the Bot API's HTTP interface. */
export class HttpTransport implements Transport {
  private readonly options: Required<HttpTransportOptions>;

  constructor(options: HttpTransportOptions) {
    this.options = { timeoutMs: 30_000, fetch: globalThis.fetch, ...options, apiRoot: options.apiRoot.replace(/\/+$/, '') };
  }

  /** Send one HTML message. */
  async sendMessage(chatId: number, html: string, options: SendOptions): Promise<{ messageId: number }> {
    const body = {
      chat_id: chatId,
      text: html,
      parse_mode: options.parseMode,
      ...(options.disableLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
    };
    let response: Response;
    let data: BotApiResponse;
    try {
      response = await this.options.fetch(`${this.options.apiRoot}/bot${this.options.token}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      data = (await response.json()) as BotApiResponse;
    } catch (error) {
      throw new TransportError({ code: 0, description: `network error: ${(error as Error).message}`, cause: error });
    }
    if (data.ok && typeof data.result?.message_id === 'number') return { messageId: data.result.message_id };
    throw new TransportError({
      code: data.error_code ?? response.status,
      description: data.description ?? `HTTP ${response.status}`,
      retryAfter: data.parameters?.retry_after ?? null,
      migrateToChatId: data.parameters?.migrate_to_chat_id ?? null,
    });
  }
}
