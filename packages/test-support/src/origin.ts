import http from 'node:http';
import path from 'node:path';
import { input } from './inputs.js';

export interface OriginRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

/** Answers one request; may be async (a rejection answers 500). */
export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => unknown;

/**
 * A local origin standing in for the internet in tests: routes are set per test (by exact path), every
 * request is logged, and a request no route answers fails loudly (answered 599 and recorded in
 * `unexpected`) unless a fallback takes it.
 */
export class Origin {
  readonly requests: OriginRequest[] = [];
  readonly unexpected: string[] = [];
  private readonly routes = new Map<string, Route>();
  private fallbackRoute?: Route;
  private server?: http.Server;
  /** In-flight requests now and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;

  get port(): number {
    return (this.server!.address() as { port: number }).port;
  }

  /** `127.0.0.1:<port>`, for FETCH_ALLOW_PRIVATE_HOSTS. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(pathname: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${pathname}`;
  }

  route(pathname: string, handler: Route): this {
    this.routes.set(pathname, handler);
    return this;
  }

  /** Answers the requests no route matches (instead of the loud 599). */
  fallback(handler: Route): this {
    this.fallbackRoute = handler;
    return this;
  }

  /** Serves `body()` (read on every request) as RSS at `pathname`. */
  feed(pathname: string, body: () => string): this {
    return this.route(pathname, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body());
    });
  }

  /** Serves one of the test inputs, byte for byte, at `pathname`. */
  input(pathname: string, relativePath: string): this {
    return this.route(pathname, (_request, response) => serveInput(response, relativePath));
  }

  requestsTo(pathname: string): OriginRequest[] {
    return this.requests.filter((request) => request.path === pathname);
  }

  async start(host = '127.0.0.1'): Promise<this> {
    this.server = http.createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://origin').pathname;
      this.requests.push({
        method: request.method ?? 'GET',
        path: pathname,
        headers: request.headers,
        at: Date.now(),
      });
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      response.on('close', () => (this.inFlight -= 1));
      const handler = this.routes.get(pathname) ?? this.fallbackRoute;
      if (!handler) {
        this.unexpected.push(pathname);
        response.writeHead(599).end('unexpected request');
        return;
      }
      Promise.resolve(handler(request, response)).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, host, resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * Worker settings that send each platform's requests to `origin` instead of the internet: t.me pages
 * under /tg, the X API under /xapi, Substack publications under /pub/{name} and its API under
 * /substack-api.
 */
export function platformSettings(origin: Origin): Record<string, string> {
  return {
    TELEGRAM_BASE_URL: origin.url('/tg'),
    X_API_BASE_URL: origin.url('/xapi'),
    X_BEARER_TOKEN: 'test-token',
    SUBSTACK_URL_TEMPLATE: origin.url('/pub/{name}'),
    SUBSTACK_API_BASE_URL: origin.url('/substack-api'),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
};

/** The content type an input is served with, from its extension. */
export function inputContentType(relativePath: string): string {
  return CONTENT_TYPES[path.extname(relativePath)] ?? 'application/octet-stream';
}

/** Answers one of the test inputs (404 when there is no such input). */
export function serveInput(response: http.ServerResponse, relativePath: string): void {
  let body: Buffer;
  try {
    body = input(relativePath);
  } catch {
    response.writeHead(404).end('no such input');
    return;
  }
  response.writeHead(200, { 'content-type': inputContentType(relativePath) }).end(body);
}

/** A feed route that honours ETag/Last-Modified like a well-behaved server. */
export function conditionalFeed(
  body: () => string | Buffer,
  options: {
    etag: () => string;
    lastModified?: string;
    contentType?: string;
    headers?: Record<string, string>;
  },
): Route {
  return (request, response) => {
    const etag = options.etag();
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': options.contentType ?? 'application/rss+xml; charset=utf-8',
      etag,
      ...(options.lastModified && { 'last-modified': options.lastModified }),
      ...options.headers,
    });
    response.end(body());
  };
}

export interface FeedItem {
  guid: string;
  title: string;
  date: Date;
  body?: string;
  imageUrl?: string;
}

/** An RSS 2.0 document with these items; `extra` is markup added to the channel. */
export function rssFeed(title: string, items: FeedItem[], extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://example.org/${encodeURIComponent(title)}</link><description>${title} feed</description>${extra}
${items
  .map(
    (item) =>
      `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title><link>https://example.org/${item.guid}</link><pubDate>${item.date.toUTCString()}</pubDate><description>${item.body ?? item.title}</description>${
        item.imageUrl ? `<enclosure url="${item.imageUrl}" type="image/jpeg" length="1000"/>` : ''
      }</item>`,
  )
  .join('\n')}
</channel></rss>`;
}
