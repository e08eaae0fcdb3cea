/**
 * bench/ingest feed farm: FEEDS feeds spread over HOSTS loopback addresses (127.0.0.2, 127.0.0.3, …,
 * all loopback on Linux) on one port, so per-host limits see distinct hosts. Run as a child process of
 * run.ts; prints `{"port":…}` when listening.
 *
 * Mix by feed index (i % 20): 0–9 changed (a new item on every full GET), 10–16 unchanged (304 to a
 * matching If-None-Match), 17–18 slow (answer after SLOW_MS, changed), 19 failing (503).
 * FARM_MIX=quiet (bench/scale): feed i % 100 = 0 changed, every other feed unchanged (a quiet schedule).
 */
import http from 'node:http';

const FEEDS = Number(process.env.FEEDS ?? 1000);
const HOSTS = Number(process.env.HOSTS ?? 50);
const SLOW_MS = Number(process.env.SLOW_MS ?? 1000);
const ITEMS = 20;

export type FeedKind = 'changed' | 'unchanged' | 'slow' | 'failing';
export type FarmMix = 'ingest' | 'quiet';
const MIX: FarmMix = process.env.FARM_MIX === 'quiet' ? 'quiet' : 'ingest';

export function kindOf(index: number, mix: FarmMix = MIX): FeedKind {
  if (mix === 'quiet') return index % 100 === 0 ? 'changed' : 'unchanged';
  const slot = index % 20;
  if (slot < 10) return 'changed';
  if (slot < 17) return 'unchanged';
  if (slot < 19) return 'slow';
  return 'failing';
}

const versions = new Array<number>(FEEDS).fill(0);
const paragraph =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ' +
  'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';

function feedXml(index: number, version: number): string {
  const items: string[] = [];
  const now = Date.now();
  for (let n = version + ITEMS - 1; n >= version; n--) {
    const date = new Date(now - (version + ITEMS - n) * 3600_000).toUTCString();
    items.push(
      `<item><guid isPermaLink="false">feed-${index}-item-${n}</guid><title>Post ${n} of feed ${index}</title>` +
        `<link>https://example.org/${index}/${n}</link><pubDate>${date}</pubDate>` +
        `<description><![CDATA[<p>${paragraph}</p><p><a href="https://example.org/${index}/${n}">more</a></p>]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${index}</title><link>https://example.org/${index}</link><description>Bench feed ${index}</description>${items.join('')}</channel></rss>`;
}

function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  const match = /^\/feed\/(\d+)\.xml$/.exec(request.url ?? '');
  const index = match ? Number(match[1]) : -1;
  if (index < 0 || index >= FEEDS) {
    response.writeHead(404).end();
    return;
  }
  const kind = kindOf(index);
  const headers = { 'content-type': 'application/rss+xml; charset=utf-8' };
  switch (kind) {
    case 'failing':
      response.writeHead(503, { 'retry-after': '3600' }).end('down');
      return;
    case 'unchanged': {
      if (request.headers['if-none-match'] === '"stable"') {
        response.writeHead(304, { etag: '"stable"' }).end();
        return;
      }
      response.writeHead(200, { ...headers, etag: '"stable"' }).end(feedXml(index, 0));
      return;
    }
    case 'changed':
    case 'slow': {
      const version = ++versions[index]!;
      const send = () => response.writeHead(200, { ...headers, etag: `"v${version}"` }).end(feedXml(index, version));
      if (kind === 'slow') setTimeout(send, SLOW_MS);
      else send();
    }
  }
}

/**
 * Consecutive blocks of feeds share a host, so every host serves the whole mix (changed, 304, slow,
 * failing) as real hosts do. (`index % HOSTS` would put every slow feed on the few hosts whose residue
 * lines up with the kinds' period, a pile-up no real farm has.)
 */
export function hostOf(index: number): string {
  const perHost = Math.ceil(FEEDS / HOSTS);
  return `127.0.0.${2 + Math.floor(index / perHost)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const port = Number(process.env.PORT ?? 0);
  const servers: http.Server[] = [];
  let bound = port;
  for (let host = 0; host < HOSTS; host++) {
    const server = http.createServer({ keepAliveTimeout: 30_000 }, handle);
    await new Promise<void>((resolve) => server.listen(bound, `127.0.0.${2 + host}`, resolve));
    bound = (server.address() as { port: number }).port;
    servers.push(server);
  }
  process.stdout.write(`${JSON.stringify({ port: bound })}\n`);
  process.on('SIGTERM', () => {
    for (const server of servers) server.closeAllConnections();
    process.exit(0);
  });
}
