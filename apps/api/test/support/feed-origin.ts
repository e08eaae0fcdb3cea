import http from 'node:http';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** A local origin serving feeds to the worker in tests; unknown paths answer 404 and are recorded. */
export class Origin {
  readonly unexpected: string[] = [];
  private readonly routes = new Map<string, Route>();
  private server?: http.Server;

  get host(): string {
    return `127.0.0.1:${(this.server!.address() as { port: number }).port}`;
  }

  url(pathname: string): string {
    return `http://${this.host}${pathname}`;
  }

  route(pathname: string, handler: Route): this {
    this.routes.set(pathname, handler);
    return this;
  }

  /** Serves `body()` (read on every request) as RSS at `pathname`. */
  feed(pathname: string, body: () => string): this {
    return this.route(pathname, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body());
    });
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://origin').pathname;
      const handler = this.routes.get(pathname);
      if (!handler) {
        this.unexpected.push(pathname);
        response.writeHead(404).end('not found');
        return;
      }
      handler(request, response);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface FeedItem {
  guid: string;
  title: string;
  date: Date;
  body?: string;
  imageUrl?: string;
}

export function rssFeed(title: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://example.org/${encodeURIComponent(title)}</link><description>${title} feed</description>
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
