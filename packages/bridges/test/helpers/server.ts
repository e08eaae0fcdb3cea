/**
 * A local HTTP server that replays the test inputs (or, in the corpus suite, the recorded fixtures). Routes are keyed by path (query strings go to the
 * handler). Anything unmapped answers 599 and is recorded in `unexpected`; tests assert it stays
 * empty, so a stray request fails loudly.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { input } from '@tributary/test-support';
import { readFixture } from './corpus.js';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
export interface ServeOptions {
  contentType?: string;
  headers?: Record<string, string>;
  status?: number;
  transform?: (text: string) => string;
}
export type Handler = (url: URL, request: IncomingMessage) => Reply | Promise<Reply>;

export interface LoggedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export class FixtureServer {
  readonly requests: LoggedRequest[] = [];
  readonly unexpected: string[] = [];
  private readonly routes = new Map<string, Handler>();
  private server: Server | null = null;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', this.origin);
      this.requests.push({ method: request.method ?? 'GET', url: url.href, headers: request.headers });
      const handler = this.routes.get(url.pathname);
      if (!handler) {
        this.unexpected.push(`${request.method} ${url.pathname}${url.search}`);
        response.writeHead(599, { 'content-type': 'text/plain' }).end(`unexpected request ${url.pathname}`);
        return;
      }
      Promise.resolve(handler(url, request)).then(
        (reply) => {
          response.writeHead(reply.status ?? 200, reply.headers ?? {});
          response.end(reply.body ?? '');
        },
        (error: unknown) => {
          this.unexpected.push(`handler failed for ${url.pathname}: ${String(error)}`);
          response.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  reset(): void {
    this.routes.clear();
    this.requests.length = 0;
    this.unexpected.length = 0;
  }

  route(path: string, handler: Handler | Reply): this {
    this.routes.set(path, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  /** Serve one of the test inputs (packages/test-support/inputs), optionally rewritten (as text, UTF-8) on the fly. */
  input(path: string, name: string, options: ServeOptions = {}): this {
    return this.serve(path, name, () => input(name), options);
  }

  /** Serve a recorded fixture (corpus suite only), optionally rewritten on the fly. */
  fixture(path: string, fixture: string, options: ServeOptions = {}): this {
    return this.serve(path, fixture, () => readFixture(fixture), options);
  }

  /** Serve `name` as read by `read` (the inputs or the corpus), optionally rewritten on the fly. */
  file(read: (name: string) => Buffer, path: string, name: string, options: ServeOptions = {}): this {
    return this.serve(path, name, () => read(name), options);
  }

  private serve(path: string, fixture: string, read: () => Buffer, options: ServeOptions): this {
    return this.route(path, () => {
      const raw = read();
      const body = options.transform ? Buffer.from(options.transform(raw.toString('utf8')), 'utf8') : raw;
      return {
        status: options.status ?? 200,
        headers: { 'content-type': options.contentType ?? contentTypeOf(fixture), ...options.headers },
        body,
      };
    });
  }

  redirect(from: string, to: string, status = 302): this {
    return this.route(from, () => ({ status, headers: { location: to } }));
  }
}

export function contentTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.html')) return 'text/html; charset=utf-8';
  if (name.endsWith('.atom')) return 'application/atom+xml';
  if (name.endsWith('.opml')) return 'text/x-opml';
  return 'application/xml';
}
