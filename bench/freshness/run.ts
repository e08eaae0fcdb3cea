/**
 * bench/freshness — how long a new post takes from its publication to a follower's live stream.
 *
 *   npm run freshness -w @tributary/bench      (builds api + worker, then runs this file)
 *   BENCH_SOURCES=1000 BENCH_POSTS=200 BENCH_WINDOW_S=120 BENCH_POLL_S=30 node freshness/run.ts   (from bench/)
 *
 * The real API (apps/api/dist/main.js) and worker (apps/worker/dist/main.js) processes on a fresh database
 * and their own queue prefix. A local origin serves BENCH_SOURCES RSS feeds on 50 loopback hosts; half of
 * them name a local WebSub hub (@tributary/test-support WebSubHub, the hub side of the W3C recommendation)
 * in their `Link` header, half do not. One member subscribes to all of them (rows written directly: an
 * OPML import of 1,000 feeds is not what is measured here), then the worker's first fetches discover the
 * hubs and subscribe (verification of intent goes to the API's /websub/<token> callback).
 *
 * Once every hub subscription is ACTIVE and every pushed source has moved to its safety-net interval,
 * the member opens the live stream the web app opens (`subscription { timelineUpdates }`, POST /graphql
 * with `Accept: text/event-stream`), and BENCH_POSTS posts are published at random moments within
 * BENCH_WINDOW_S, alternately to a hub feed (the origin's feed changes and the hub distributes it to the
 * callback, signed) and to a polled feed (only the origin's feed changes). Latency = the moment the SSE
 * event naming the post arrives − the moment it was published. The worker polls with
 * FETCH_MIN_INTERVAL = BENCH_POLL_S (the feeds post often, so that is their interval) and
 * FETCH_MAX_INTERVAL = BENCH_PUSHED_POLL_S (the pushed feeds' safety-net poll, longer than the run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '@tributary/db';
import { createTestDatabase } from '@tributary/db/testing';
import { WebSubHub } from '@tributary/test-support';
import { Redis } from 'ioredis';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 1000);
const HOSTS = 50;
const POSTS = Number(process.env.BENCH_POSTS ?? 200);
const WINDOW_S = Number(process.env.BENCH_WINDOW_S ?? 120);
const POLL_S = Number(process.env.BENCH_POLL_S ?? 30);
const PUSHED_POLL_S = Number(process.env.BENCH_PUSHED_POLL_S ?? 3600);
const TICK_MS = process.env.BENCH_TICK_MS ?? '5000';
const API_PORT = Number(process.env.BENCH_API_PORT ?? 4171);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function log(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

// ── the origin: RSS feeds on 50 loopback hosts, half naming the hub ──

interface Post {
  guid: string;
  title: string;
  at: Date;
}
const feeds: { posts: Post[]; version: number; pushed: boolean }[] = [];
/** Posts a polled feed starts with (see main). */
const SEED_POSTS = 60;
const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.';
const hostOf = (index: number) => `127.0.0.${2 + Math.floor(index / Math.ceil(SOURCES / HOSTS))}`;
let originPort = 0;
const feedUrl = (index: number) => `http://${hostOf(index)}:${originPort}/feed/${index}.xml`;

function feedXml(index: number): string {
  const items = feeds[index]!.posts
    .slice(-SEED_POSTS)
    .reverse()
    .map(
      (post) =>
        `<item><guid isPermaLink="false">${post.guid}</guid><title>${post.title}</title><link>https://example.org/${post.guid}</link>` +
        `<pubDate>${post.at.toUTCString()}</pubDate><description><![CDATA[<p>${paragraph}</p>]]></description></item>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${index}</title><link>https://example.org/${index}</link><description>Freshness feed ${index}</description>${items.join('')}</channel></rss>`;
}

function linkHeader(index: number, hubUrl: string): Record<string, string> {
  return feeds[index]!.pushed ? { link: `<${hubUrl}>; rel="hub", <${feedUrl(index)}>; rel="self"` } : {};
}

async function startOrigin(hubUrl: string): Promise<http.Server[]> {
  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const match = /^\/feed\/(\d+)\.xml$/.exec(request.url ?? '');
    const index = match ? Number(match[1]) : -1;
    if (index < 0 || index >= SOURCES) return void response.writeHead(404).end();
    const etag = `"v${feeds[index]!.version}"`;
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, ...linkHeader(index, hubUrl) })
      .end(feedXml(index));
  };
  const servers: http.Server[] = [];
  for (let host = 0; host < HOSTS; host++) {
    const server = http.createServer({ keepAliveTimeout: 30_000 }, handle);
    await new Promise<void>((resolve) => server.listen(originPort, `127.0.0.${2 + host}`, resolve));
    originPort = (server.address() as { port: number }).port;
    servers.push(server);
  }
  return servers;
}

// ── the follower's live stream, read as the web app's SSE client reads it ──

function openStream(cookie: string, onEvent: (data: unknown, at: number) => void): AbortController {
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-tributary-client': 'bench', cookie },
      body: JSON.stringify({ query: 'subscription { timelineUpdates { entries { id title source { id } } } }' }),
      signal: controller.signal,
    });
    if (response.status !== 200) throw new Error(`live stream: ${response.status} ${await response.text()}`);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const at = performance.now();
        buffer += value;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer
            .slice(0, boundary)
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          buffer = buffer.slice(boundary + 2);
          if (data) onEvent(JSON.parse(data), at);
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) log(`live stream ended: ${(error as Error).message}`);
    }
  })().catch((error: Error) => log(`live stream failed: ${error.message}`));
  return controller;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function main(): Promise<void> {
  const hub = await new WebSubHub().start();
  const origin = await startOrigin(hub.url);
  const seeded = Date.now();
  for (let index = 0; index < SOURCES; index++) {
    // A polled feed posted every 30 s for the last half hour: 60 posts within the hour the posting-rate
    // estimate looks at, 1,440 a day, so the worker polls it every FETCH_MIN_INTERVAL (30 s: 86,400 / 1,440
    // / 2). A feed with a hub needs no rate: it is polled every FETCH_MAX_INTERVAL once its hub pushes.
    const pushed = index % 2 === 0;
    const count = pushed ? 3 : SEED_POSTS;
    const posts = Array.from({ length: count }, (_, n) => ({ guid: `f${index}-seed-${n}`, title: `Seed ${n} of ${index}`, at: new Date(seeded - (count - n) * 30_000) }));
    feeds.push({ posts, version: 1, pushed });
  }
  const allow = [...Array.from({ length: HOSTS }, (_, host) => `127.0.0.${2 + host}:${originPort}`), hub.host].join(',');
  const database = await createTestDatabase({ prefix: 'tributary_bench_fresh' });
  const prisma = createPrismaClient({ databaseUrl: database.url, poolSize: 2 });
  const prefix = `bench-fresh-${process.pid}`;
  const children: ChildProcess[] = [];
  let stream: AbortController | undefined;
  try {
    const common = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      PUBLIC_WEB_URL: `http://127.0.0.1:${API_PORT}`,
    };
    const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
      cwd: os.tmpdir(),
      env: {
        ...common,
        API_PORT: String(API_PORT),
        RATE_LIMIT_AUTHENTICATED: '10000000/60',
        RATE_LIMIT_ANONYMOUS: '10000000/60',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(api);
    await waitFor('the API', 60_000, async () => {
      const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ health { ok } }"}',
      }).catch(() => null);
      return response?.ok ?? false;
    });

    // The follower: signs up through the API with an invite, so it holds a real session cookie.
    const invite = await prisma.invite.create({
      data: { code: `bench-${randomBytes(8).toString('hex')}`, maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const signUp = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tributary-client': 'bench' },
      body: JSON.stringify({
        query: 'mutation S($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
        variables: { input: { inviteCode: invite.code, handle: 'follower', email: 'follower@example.test', password: 'correct horse battery staple', displayName: 'Follower' } },
      }),
    });
    const signed = (await signUp.json()) as { data?: { signUp: { user: { id: string } } }; errors?: unknown };
    if (!signed.data) throw new Error(`signUp: ${JSON.stringify(signed.errors)}`);
    const userId = signed.data.signUp.user.id;
    const cookie = signUp.headers.getSetCookie().map((value) => value.split(';')[0]!).find((value) => value.includes('tributary_session='));
    if (!cookie) throw new Error('no session cookie');

    const urls = Array.from({ length: SOURCES }, (_, index) => feedUrl(index));
    await prisma.source.createMany({
      data: urls.map((url) => ({ kind: 'RSS' as const, key: `rss:${url}`, fetchUrl: url, nextFetchAt: new Date(), subscribersCount: 1 })),
    });
    const rows = await prisma.source.findMany({ select: { id: true, fetchUrl: true } });
    const indexOfSource = new Map(rows.map((row) => [row.id, Number(/\/feed\/(\d+)\.xml$/.exec(row.fetchUrl)![1])]));
    await prisma.subscription.createMany({ data: rows.map((row) => ({ userId, sourceId: row.id })) });

    const worker = spawn(process.execPath, [path.join(root, 'apps/worker/dist/main.js')], {
      cwd: os.tmpdir(),
      env: {
        ...common,
        FETCH_ALLOW_PRIVATE_HOSTS: allow,
        SCHEDULER_TICK_MS: TICK_MS,
        FETCH_MIN_INTERVAL: String(POLL_S),
        FETCH_MAX_INTERVAL: String(PUSHED_POLL_S),
        RATE_LIMIT_NEW_SOURCES: '100000/60',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(worker);
    const setupStarted = Date.now();
    await waitFor('every source fetched', 180_000, async () => (await prisma.source.count({ where: { lastFetchedAt: { not: null } } })) >= SOURCES);
    log(`all ${SOURCES} sources fetched once (${((Date.now() - setupStarted) / 1000).toFixed(1)} s)`);
    const hubSources = SOURCES / 2;
    await waitFor('hub subscriptions ACTIVE', 180_000, async () => (await prisma.webSubSubscription.count({ where: { state: 'ACTIVE' } })) >= hubSources);
    log(`${hubSources} hub subscriptions ACTIVE (${((Date.now() - setupStarted) / 1000).toFixed(1)} s)`);
    // What the schedule says now: the polled feeds every POLL_S (their posting rate); the feeds with a hub
    // posted 3 times in the last hour, so their first fetch put their next poll ~10 min ahead, after the
    // run (once pushed, every FETCH_MAX_INTERVAL).
    const runEnd = new Date(Date.now() + (WINDOW_S + POLL_S + 70) * 1000);
    const hubUrls = urls.filter((_, index) => feeds[index]!.pushed);
    const pushedPolledInRun = await prisma.source.count({ where: { fetchUrl: { in: hubUrls }, nextFetchAt: { lt: runEnd } } });
    const intervals = await prisma.source.groupBy({ by: ['fetchIntervalSeconds'], where: { fetchUrl: { notIn: hubUrls } }, _count: true });
    log(`polled feeds' intervals (s: count): ${intervals.map((row) => `${row.fetchIntervalSeconds}: ${row._count}`).join(', ')}; feeds with a hub due for a poll before the run ends: ${pushedPolledInRun}`);

    // ── publish and watch ──
    const published = new Map<string, { at: number; pushed: boolean; index: number }>();
    const seen = new Map<string, number>();
    stream = openStream(cookie, (data, at) => {
      const entries = (data as { data?: { timelineUpdates?: { entries: { title: string }[] } } }).data?.timelineUpdates?.entries ?? [];
      for (const entry of entries) if (published.has(entry.title) && !seen.has(entry.title)) seen.set(entry.title, at);
    });
    await sleep(2_000); // the stream is open and has read the member's sources
    const hubIndexes = Array.from({ length: SOURCES }, (_, index) => index).filter((index) => feeds[index]!.pushed);
    const polledIndexes = Array.from({ length: SOURCES }, (_, index) => index).filter((index) => !feeds[index]!.pushed);
    const moments = Array.from({ length: POSTS }, () => Math.random() * WINDOW_S * 1000).sort((a, b) => a - b);
    const publishStart = performance.now();
    const deliveries: Promise<unknown>[] = [];
    log(`publishing ${POSTS} posts over ${WINDOW_S} s`);
    for (let n = 0; n < POSTS; n++) {
      const wait = publishStart + moments[n]! - performance.now();
      if (wait > 0) await sleep(wait);
      const pushed = n % 2 === 0;
      const list = pushed ? hubIndexes : polledIndexes;
      const index = list[Math.floor(Math.random() * list.length)]!;
      const title = `Fresh ${n} of ${index}`;
      const feed = feeds[index]!;
      feed.posts.push({ guid: `f${index}-fresh-${n}`, title, at: new Date() });
      feed.version += 1;
      published.set(title, { at: performance.now(), pushed, index });
      // The publisher pings its hub, which distributes the new feed to its subscribers (signed).
      if (pushed) deliveries.push(hub.publish(feedUrl(index), feedXml(index), { contentType: 'application/rss+xml; charset=utf-8' }));
    }
    await Promise.all(deliveries);
    await waitFor('every post in the live stream', (POLL_S + 60) * 1000, async () => seen.size >= POSTS).catch((error: Error) => log(error.message));
    stream.abort();

    // Where the time went: publish → stored (Entry.createdAt) and stored → in the stream.
    const stored = await prisma.entry.findMany({ where: { title: { startsWith: 'Fresh ' } }, select: { title: true, createdAt: true, sourceId: true } });
    const storedAt = new Map(stored.map((entry) => [entry.title, entry.createdAt.getTime()]));
    const wallOffset = Date.now() - performance.now();
    const report: string[] = [];
    for (const pushed of [true, false]) {
      const latencies: number[] = [];
      const toStore: number[] = [];
      let missing = 0;
      for (const [title, post] of published) {
        if (post.pushed !== pushed) continue;
        const at = seen.get(title);
        if (at === undefined) {
          missing += 1;
          continue;
        }
        latencies.push((at - post.at) / 1000);
        const storedWall = storedAt.get(title);
        if (storedWall !== undefined) toStore.push((storedWall - (post.at + wallOffset)) / 1000);
      }
      latencies.sort((a, b) => a - b);
      toStore.sort((a, b) => a - b);
      const fmt = (list: number[], q: number) => (list.length ? percentile(list, q).toFixed(2) : '–');
      report.push(
        `| ${pushed ? 'pushed (WebSub)' : `polled (every ${POLL_S} s)`} | ${latencies.length}/${latencies.length + missing} | ${fmt(latencies, 0.5)} | ${fmt(latencies, 0.95)} | ${fmt(latencies, 0.99)} | ${fmt(latencies, 1)} | ${fmt(toStore, 0.5)} / ${fmt(toStore, 0.95)} |`,
      );
    }
    void indexOfSource;
    const subscriptions = await prisma.webSubSubscription.count({ where: { state: 'ACTIVE' } });
    process.stdout.write(
      [
        `${SOURCES} sources (${hubSources} with a hub, ACTIVE ${subscriptions}), ${POSTS} posts over ${WINDOW_S} s, tick ${TICK_MS} ms, FETCH_MIN_INTERVAL ${POLL_S} s, FETCH_MAX_INTERVAL ${PUSHED_POLL_S} s, ${os.cpus().length} CPUs, node ${process.version}, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`,
        '| path | seen | p50 s | p95 s | p99 s | max s | publish → stored p50 / p95 s |',
        '|---|---|---|---|---|---|---|',
        ...report,
      ].join('\n') + '\n',
    );
  } finally {
    stream?.abort();
    for (const child of children.reverse()) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    }
    await prisma.$disconnect();
    await database.drop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`*${prefix}*`);
    for (let index = 0; index < keys.length; index += 500) await redis.del(...keys.slice(index, index + 500));
    redis.disconnect();
    for (const server of origin) server.closeAllConnections(), server.close();
    await hub.close();
  }
}

await main();
