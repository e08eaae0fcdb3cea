import { type IncomingMessage } from 'node:http';
import { Origin, serveInput } from '@tributary/test-support';

/** A literal answer instead of an input file. */
export interface InlineBody {
  body: string;
  type: string;
}

/**
 * Platform stand-ins the stack is configured with (TELEGRAM_BASE_URL=<origin>/telegram,
 * SUBSTACK_URL_TEMPLATE=<origin>/substack/{name}): any channel or publication name answers with one
 * of the test inputs (packages/test-support/inputs), so a browser test can paste `t.me/<anything>` or `<anything>.substack.com`.
 */
export const PLATFORM_ROUTES: [RegExp, string | InlineBody][] = [
  [/^\/telegram\/s\/[A-Za-z0-9_]+$/, 'telegram/channel.html'],
  [/^\/substack\/tidewater\/feed$/, 'substack/tidewater-feed.xml'],
  [/^\/substack\/[A-Za-z0-9-]+\/feed$/, 'substack/quillmere-feed.xml'],
  // The archive (older posts, paid flags): an empty list is a valid answer.
  [/^\/substack\/[A-Za-z0-9-]+\/api\/v1\/archive$/, { body: '[]', type: 'application/json; charset=utf-8' }],
];

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The local origin of @tributary/test-support standing in for the internet in browser tests:
 * `/files/<path under packages/test-support/inputs>` serves an input byte for byte; the platform routes above and routes
 * tests PUT under `/dynamic/` serve the rest; anything else answers 404.
 */
export async function startFixtureOrigin(): Promise<{ url: string; close: () => Promise<void> }> {
  // Answers a test can change while the stack runs (PUT /dynamic/<name>, then GET it): a feed whose
  // description later carries a claim code, for example. Tests run in other processes than this one.
  const dynamic = new Map<string, InlineBody>();
  const origin = await new Origin()
    .fallback(async (request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://origin').pathname);
      if (pathname.startsWith('/dynamic/')) {
        if (request.method === 'PUT') {
          const type = request.headers['content-type'] ?? 'application/rss+xml; charset=utf-8';
          dynamic.set(pathname, { body: await readText(request), type });
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
      const route = PLATFORM_ROUTES.find(([pattern]) => pattern.test(pathname))?.[1];
      if (route && typeof route === 'object') {
        response.writeHead(200, { 'content-type': route.type }).end(route.body);
        return;
      }
      const inputPath =
        route ?? (pathname.startsWith('/files/') ? pathname.slice('/files/'.length) : undefined);
      if (inputPath) serveInput(response, inputPath);
      else response.writeHead(404).end('not an input');
    })
    .start();
  return { url: origin.url(''), close: () => origin.close() };
}
