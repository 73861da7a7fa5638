/** Fetching pages and feeds over HTTP with the global `fetch`, a timeout and a size limit. */
import { IngestError } from './errors.ts';

/** Options of {@link fetchText}. */
export interface FetchOptions {
  /** Milliseconds before the request is abandoned (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** The fetch implementation (default the global one). */
  fetch?: typeof fetch;
  /** Also abandon the request when this signal aborts (shutdown). */
  signal?: AbortSignal;
}

/** A fetched text resource. */
export interface Fetched {
  body: string;
  contentType: string;
  /** The URL after redirects. */
  url: string;
}

/** Default request timeout, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;

/** Fetch a URL as text; throws {@link IngestError} `fetch_failed` on a timeout, an HTTP error or an oversized body. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      signal: AbortSignal.any(signals),
      redirect: 'follow',
      headers: { 'user-agent': 'Elshi-archive-ingest/0.1', accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain;q=0.8, */*;q=0.5' },
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${Math.round(timeoutMs / 1000)} s` : (error as Error).message;
    throw new IngestError('fetch_failed', `cannot fetch ${url}: ${reason}`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError('fetch_failed', `cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError('fetch_failed', `cannot fetch ${url}: ${length} bytes is more than the ${maxBytes} accepted`);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    throw new IngestError('fetch_failed', `cannot fetch ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (body.length > maxBytes) throw new IngestError('fetch_failed', `cannot fetch ${url}: the body is larger than ${maxBytes} bytes`);
  return { body, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
}
