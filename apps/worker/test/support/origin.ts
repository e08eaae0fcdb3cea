import http from 'node:http';

export interface OriginRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>;

export { fixture } from '@tributary/test-support';

/**
 * A local origin for fetch tests: routes are set per test, every request is logged, and a request
 * for an unknown path fails the test loudly (answered 599 and recorded in `unexpected`).
 */
export class Origin {
  readonly requests: OriginRequest[] = [];
  readonly unexpected: string[] = [];
  private readonly routes = new Map<string, Route>();
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

  requestsTo(pathname: string): OriginRequest[] {
    return this.requests.filter((request) => request.path === pathname);
  }

  async start(host = '127.0.0.1'): Promise<this> {
    this.server = http.createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://origin').pathname;
      this.requests.push({ path: pathname, headers: request.headers, at: Date.now() });
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      response.on('close', () => (this.inFlight -= 1));
      const handler = this.routes.get(pathname);
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

/** A feed route that honours ETag/Last-Modified like a well-behaved server. */
export function conditionalFeed(body: () => string | Buffer, options: { etag: () => string; lastModified?: string; contentType?: string; headers?: Record<string, string> }): Route {
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

export function rssFeed(title: string, items: { guid: string; title: string; date: Date; body?: string }[], extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link><description>${title} feed</description>${extra}
${items
  .map(
    (item) =>
      `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title><link>https://example.org/${item.guid}</link><pubDate>${item.date.toUTCString()}</pubDate><description>${item.body ?? item.title}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
