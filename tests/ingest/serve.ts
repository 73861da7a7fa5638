/**
 * A tiny local web server for ingest tests: serves pages and feeds the test sets (and
 * changes) from 127.0.0.1 on a random port, and counts requests per path.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response the server gives for a path. */
export interface Route {
  status?: number;
  type?: string;
  body: string;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
}

/** A running local server. */
export interface LocalSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  /** Set (or replace) what a path answers. */
  route(path: string, route: Route): void;
  /** Requests received per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Start a local server on 127.0.0.1 (never any other address). Unknown paths answer 404. */
export async function serveLocal(routes: Record<string, Route> = {}): Promise<LocalSite> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    const answer = (): void => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8' }).end(route.body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, route) => void table.set(path, route),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 feed of the given items. */
export function rss(title: string, items: { title: string; link: string; pubDate?: string }[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.invalid/</link><description>News</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}<guid>${esc(i.link)}</guid></item>`).join('\n')}
</channel></rss>`;
}

/** A small news page: navigation, a script, share buttons, the article, a footer. */
export function newsPage(options: { title: string; site?: string; published?: string; paragraphs: string[] }): string {
  return `<!DOCTYPE html><html><head><title>${options.title} | ${options.site ?? 'Test News'}</title>
${options.site ? `<meta property="og:site_name" content="${options.site}">` : ''}
${options.published ? `<meta property="article:published_time" content="${options.published}">` : ''}
<script>var analyticsQueue = ["pageview tracking code"];</script></head>
<body><nav><a href="/">Home page of the news site</a><a href="/world">World news section</a></nav>
<article><h1>${options.title}</h1><div class="share">Share on Facebook Share on Telegram</div>
${options.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright notice of the news site, all rights reserved worldwide.</footer></body></html>`;
}
