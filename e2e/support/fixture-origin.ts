import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/fixtures beside the repository (TRIBUTARY_FIXTURES overrides). */
export const FIXTURES =
  process.env.TRIBUTARY_FIXTURES ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
};

/** A literal answer instead of a fixture file. */
export interface InlineBody {
  body: string;
  type: string;
}

/**
 * Platform stand-ins the stack is configured with (TELEGRAM_BASE_URL=<origin>/telegram,
 * SUBSTACK_URL_TEMPLATE=<origin>/substack/{name}): any channel or publication name answers with a
 * recorded page, so a browser test can paste `t.me/<anything>` or `<anything>.substack.com`.
 */
export const PLATFORM_ROUTES: [RegExp, string | InlineBody][] = [
  [/^\/telegram\/s\/[A-Za-z0-9_]+$/, 'telegram/any2feed/full.html'],
  [/^\/substack\/corbinheist\/feed$/, 'substack/corbinheist.substack.com_feed.xml'],
  [/^\/substack\/[A-Za-z0-9-]+\/feed$/, 'substack/obodugo.substack.com_feed.xml'],
  // The archive (older posts, paid flags): an empty list is a valid answer.
  [/^\/substack\/[A-Za-z0-9-]+\/api\/v1\/archive$/, { body: '[]', type: 'application/json; charset=utf-8' }],
];

function platformRoute(pathname: string): string | InlineBody | undefined {
  return PLATFORM_ROUTES.find(([pattern]) => pattern.test(pathname))?.[1];
}

/**
 * A local origin replaying ../shared/fixtures, standing in for the internet in browser tests:
 * `/files/<path under fixtures>` serves a fixture byte for byte; the platform routes above, routes
 * passed here and routes tests PUT under `/dynamic/` serve the rest.
 */
export async function startFixtureOrigin(
  routes: Record<string, string | InlineBody> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // Answers a test can change while the stack runs (PUT /dynamic/<name>, then GET it): a feed whose
  // description later carries a claim code, for example. Tests run in other processes than this one.
  const dynamic = new Map<string, InlineBody>();
  const server = http.createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://origin').pathname);
      if (pathname.startsWith('/dynamic/')) {
        if (request.method === 'PUT') {
          const chunks: Buffer[] = [];
          for await (const chunk of request) chunks.push(chunk as Buffer);
          dynamic.set(pathname, {
            body: Buffer.concat(chunks).toString('utf8'),
            type: request.headers['content-type'] ?? 'application/rss+xml; charset=utf-8',
          });
          response.writeHead(204).end();
          return;
        }
        const stored = dynamic.get(pathname);
        if (stored)
          response
            .writeHead(200, { 'content-type': stored.type, 'cache-control': 'no-store' })
            .end(stored.body);
        else response.writeHead(404).end('no such dynamic route');
        return;
      }
      const route = routes[pathname] ?? platformRoute(pathname);
      if (route && typeof route === 'object') {
        response.writeHead(200, { 'content-type': route.type }).end(route.body);
        return;
      }
      const mapped = route ?? (pathname.startsWith('/files/') ? pathname.slice('/files/'.length) : undefined);
      const file = mapped ? path.resolve(FIXTURES, mapped) : undefined;
      if (!file || !file.startsWith(FIXTURES)) {
        response.writeHead(404).end('not a fixture');
        return;
      }
      try {
        const body = await readFile(file);
        response
          .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
          .end(body);
      } catch {
        response.writeHead(404).end('no such fixture');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
