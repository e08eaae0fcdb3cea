/**
 * Ownership claims through the real worker job (verify-claim): for every platform, the test inputs
 * rewritten on the fly by a local origin to carry the claim's code in each supported place → VERIFIED;
 * without it → FAILED with the reason the bridge gives; someone else's code → FAILED; an expired code
 * → EXPIRED. Also: fresh fetches, ownership transfer with notifications, transient failures retried.
 */
import { randomBytes } from 'node:crypto';
import { type ClaimStatus, type SourceKind } from '@tributary/db';
import { jobId, QUEUE, queuePrefix } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TRIBUTARY_NAMESPACE } from '@tributary/bridges/feed/xml';
import { inputText, Origin, platformSettings } from '@tributary/test-support';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

const PUBLIC_WEB_URL = 'https://tributary.example';
const newCode = () => `tributary-verify=${randomBytes(16).toString('base64url')}`;

let origin: Origin;
let worker: WorkerHarness;
let queue: TypedQueue<typeof QUEUE.verifyClaim>;
let events: QueueEvents;
let connection: Redis;

beforeAll(async () => {
  origin = await new Origin().start();
  worker = await startWorker({
    FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
    PUBLIC_WEB_URL,
    PARSE_THREADS: '0',
    ...platformSettings(origin),
  });
  connection = new Redis(worker.config.REDIS_URL, { maxRetriesPerRequest: null });
  queue = openQueue(QUEUE.verifyClaim, { connection, prefix: worker.config.QUEUE_PREFIX });
  events = new QueueEvents(QUEUE.verifyClaim, {
    connection: connection.duplicate(),
    prefix: queuePrefix(worker.config.QUEUE_PREFIX),
  });
  await events.waitUntilReady();
});

afterAll(async () => {
  await events?.close();
  await queue?.close();
  connection?.disconnect();
  await worker?.close();
  await origin?.close();
});

afterEach(() => {
  expect(origin.unexpected).toEqual([]);
});

/** Runs the verify job as the API does (deterministic job id) and waits for it. */
async function runCheck(claimId: string): Promise<unknown> {
  const job = await queue.add(QUEUE.verifyClaim, { claimId }, { jobId: jobId.verifyClaim(claimId) });
  return job.waitUntilFinished(events, 30_000);
}

const serve = (pathname: string, body: () => string | Buffer, contentType: string) =>
  origin.route(pathname, (_request, response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body());
  });

async function makeUser() {
  const handle = `c_${randomBytes(4).toString('hex')}`;
  return worker.prisma.user.create({
    data: {
      handle,
      handleLower: handle.toLowerCase(),
      email: `${handle}@example.test`,
      passwordHash: 'x',
      displayName: handle,
    },
  });
}

async function makeSource(kind: SourceKind, key: string, fetchUrl: string, siteUrl: string | null) {
  return worker.prisma.source.upsert({
    where: { kind_key: { kind, key } },
    create: { kind, key, fetchUrl, siteUrl, etag: '"cached"', lastModified: 'Tue, 10 Jun 2003 09:41:01 GMT' },
    update: { fetchUrl, siteUrl },
  });
}

async function makeClaim(
  userId: string,
  sourceId: string,
  overrides: { code?: string; expiresAt?: Date } = {},
) {
  return worker.prisma.claim.create({
    data: {
      userId,
      sourceId,
      code: overrides.code ?? newCode(),
      expiresAt: overrides.expiresAt ?? new Date(Date.now() + 3_600_000),
    },
  });
}

const claimOf = (id: string) => worker.prisma.claim.findUniqueOrThrow({ where: { id } });

/** A platform: its source, and how to serve its test inputs with `text` in one place. */
interface Platform {
  name: string;
  kind: SourceKind;
  key: string;
  fetchPath: string;
  siteUrl: () => string | null;
  /** place → serve the inputs with `text` there; '' / 'none' → unchanged inputs. */
  places: Record<string, (text: string) => void>;
  none: () => void;
  reason: RegExp;
}

const rssLike = (
  name: string,
  key: string,
  file: string,
  contentType: string,
  places: Record<string, (t: string, text: string) => string>,
  reason: RegExp,
): Platform => {
  const path = `/feeds/${key}`;
  const route = (transform: (t: string) => string) =>
    serve(path, () => transform(inputText(file)), contentType);
  return {
    name,
    kind: 'RSS',
    key: `rss:${key}`,
    fetchPath: path,
    siteUrl: () => origin.url('/site/'),
    places: Object.fromEntries(
      Object.entries(places).map(([place, put]) => [place, (text: string) => route((t) => put(t, text))]),
    ),
    none: () => route((t) => t),
    reason,
  };
};

const substackArchive = (bio: string) =>
  serve(
    '/pub/claimpub/api/v1/archive',
    () => {
      const posts = JSON.parse(inputText('substack/quillmere-archive.json')) as {
        publishedBylines: { bio: string }[];
      }[];
      for (const post of posts) for (const byline of post.publishedBylines) byline.bio = bio;
      return JSON.stringify(posts.slice(0, 12));
    },
    'application/json',
  );
const substackFeed = (transform: (t: string) => string) =>
  serve(
    '/pub/claimpub/feed',
    () => transform(inputText('substack/quillmere-feed.xml')),
    'application/rss+xml',
  );

const telegramPage = (transform: (t: string) => string) =>
  serve(
    '/tg/s/claimchannel',
    () => transform(inputText('telegram/channel.html')),
    'text/html; charset=utf-8',
  );

const xResponses = (bio: (t: string) => string, tweets: (t: string) => string = (t) => t) => {
  serve(
    '/xapi/2/users/by/username/quaydevs',
    () =>
      bio(inputText('x/user-by-username.json')),
    'application/json',
  );
  serve(
    '/xapi/2/users/3141592653/tweets',
    () => tweets(inputText('x/search-users.json')),
    'application/json',
  );
};

const PLATFORMS: Platform[] = [
  rssLike(
    'RSS',
    'rss2',
    'rss/harbour-lights.xml',
    'application/rss+xml',
    {
      description: (t, text) =>
        t.replace(
          '<description>Notes from the lighthouse keepers.</description>',
          `<description>Lamps &amp; more. ${text}</description>`,
        ),
      'feed-element': (t, text) =>
        t.replace(
          '<channel>',
          `<channel><tributary:verify xmlns:tributary="${TRIBUTARY_NAMESPACE}">${text}</tributary:verify>`,
        ),
      post: (t, text) => t.replace('<title>Lamp Room</title>', `<title>Lamp Room — ${text}</title>`),
    },
    /description.*tributary:verify.*most recent items do not contain the code yet/,
  ),
  rssLike(
    'Atom',
    'atom',
    'atom/orchard-log.xml',
    'application/atom+xml',
    {
      description: (t, text) =>
        t.replace(
          '<title>Orchard Log</title>',
          `<title>Orchard Log</title><subtitle type="html">&lt;p&gt;Proof: ${text}&lt;/p&gt;</subtitle>`,
        ),
      'feed-element': (t, text) =>
        t.replace(
          '<title>Orchard Log</title>',
          `<title>Orchard Log</title><tv:verify xmlns:tv="${TRIBUTARY_NAMESPACE}">${text}</tv:verify>`,
        ),
      post: (t, text) => t.replace('<summary>A short note from the orchard.</summary>', `<summary>A short note from the orchard. ${text}</summary>`),
    },
    /description.*tributary:verify.*most recent items do not contain the code yet/,
  ),
  rssLike(
    'JSON Feed',
    'jsonfeed',
    'jsonfeed/garden-notes.json',
    'application/feed+json',
    {
      description: (t, text) => t.replace('"title":', `"description": "Owned by me: ${text}", "title":`),
      'feed-element': (t, text) => t.replace('"title":', `"_tributary": { "verify": "${text}" }, "title":`),
      post: (t, text) => t.replace('"Seedlings are up in the cold frame."', `"Seedlings are up in the cold frame. ${text}"`),
    },
    /description.*tributary:verify.*most recent items do not contain the code yet/,
  ),
  {
    name: 'Substack',
    kind: 'SUBSTACK',
    key: 'substack:claimpub',
    fetchPath: '/pub/claimpub/feed',
    siteUrl: () => origin.url('/pub/claimpub'),
    places: {
      description: (text) => {
        substackFeed((t) => t.replace(/<description><!\[CDATA\[/, `<description><![CDATA[${text} `));
        substackArchive('Writer.');
      },
      bio: (text) => {
        substackFeed((t) => t);
        substackArchive(`Product person. ${text}`);
      },
      post: (text) => {
        substackFeed((t) =>
          t.replace('<![CDATA[the paper lantern]]>', `<![CDATA[the paper lantern ${text}]]>`),
        );
        substackArchive('Writer.');
      },
    },
    none: () => {
      substackFeed((t) => t);
      substackArchive('Writer.');
    },
    reason:
      /publication description, the bio of its author and its \d+ most recent posts do not contain the code yet/,
  },
  {
    name: 'Telegram',
    kind: 'TELEGRAM',
    key: 'telegram:claimchannel',
    fetchPath: '/tg/s/claimchannel',
    siteUrl: () => 'https://t.me/claimchannel',
    places: {
      description: (text) =>
        telegramPage((t) =>
          t.replace(
            '<div class="tgme_channel_info_description">',
            `<div class="tgme_channel_info_description">Verify:<br/><a href="#">${text.slice(0, 9)}</a>${text.slice(9)}<br/>`,
          ),
        ),
      post: (text) =>
        telegramPage((t) => t.replace(/(<div class="tgme_widget_message_text[^>]*>)/, `$1${text} `)),
    },
    none: () => telegramPage((t) => t),
    reason: /^The channel description and its \d+ most recent posts do not contain the code yet\.$/,
  },
  {
    name: 'X',
    kind: 'X',
    key: 'x:quaydevs',
    fetchPath: '/xapi/2/users/3141592653/tweets',
    siteUrl: () => 'https://x.com/QuayDevs',
    places: {
      bio: (text) => xResponses((t) => t.replace('#OpenHarbour', `#OpenHarbour ${text}`)),
      post: (text) =>
        xResponses(
          (t) => t,
          (t) => t.replace(/("text":\s*"[^"]*)"/, `$1 ${text}"`),
        ),
    },
    none: () => xResponses((t) => t),
    reason: /^The profile bio of @QuayDevs and its \d+ most recent posts do not contain the code yet\.$/,
  },
];

const PLACE_METHOD: Record<string, string> = {
  description: 'DESCRIPTION',
  bio: 'DESCRIPTION',
  'feed-element': 'FEED_ELEMENT',
  post: 'POST',
};

describe.each(PLATFORMS)('$name', (platform) => {
  let sourceId: string;
  beforeAll(async () => {
    const source = await makeSource(
      platform.kind,
      platform.key,
      origin.url(platform.fetchPath),
      platform.siteUrl(),
    );
    sourceId = source.id;
  });
  afterEach(async () => {
    // Each case starts from an unowned source.
    await worker.prisma.claim.deleteMany({ where: { sourceId } });
  });
  const sitePage = () =>
    serve(
      '/site/',
      () => '<!doctype html><html><head><title>My site</title></head><body>Hello</body></html>',
      'text/html',
    );

  it.each(Object.keys(platform.places))('code in the %s → VERIFIED, with a notification', async (place) => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    platform.places[place]!(claim.code);
    await expect(runCheck(claim.id)).resolves.toMatchObject({
      status: 'VERIFIED',
      method: PLACE_METHOD[place],
    });
    expect(await claimOf(claim.id)).toMatchObject({
      status: 'VERIFIED',
      method: PLACE_METHOD[place],
      failureReason: null,
      checksCount: 1,
    });
    expect((await claimOf(claim.id)).verifiedAt).toBeInstanceOf(Date);
    expect(await worker.prisma.creatorProfile.count({ where: { userId: user.id } })).toBe(1);
    expect(await worker.prisma.notification.findMany({ where: { userId: user.id } })).toMatchObject([
      { type: 'CLAIM_VERIFIED', sourceId, claimId: claim.id },
    ]);
  });

  it('code absent → FAILED with the reason a person understands', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    platform.none();
    if (platform.kind === 'RSS') sitePage();
    const outcome = (await runCheck(claim.id)) as { status: ClaimStatus; reason: string };
    expect(outcome.status).toBe('FAILED');
    const stored = await claimOf(claim.id);
    expect(stored.status).toBe('FAILED');
    expect(stored.failureReason).toMatch(platform.reason);
    expect(stored.checkedAt).toBeInstanceOf(Date);
  });

  it("someone else's code → FAILED", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    const mine = await makeClaim(me.id, sourceId);
    const theirs = await makeClaim(other.id, sourceId);
    platform.places[Object.keys(platform.places)[0]!]!(theirs.code);
    if (platform.kind === 'RSS') sitePage();
    await expect(runCheck(mine.id)).resolves.toMatchObject({ status: 'FAILED' });
    expect((await claimOf(mine.id)).failureReason).toMatch(platform.reason);
  });

  it('expired code → EXPIRED without fetching', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId, { expiresAt: new Date(Date.now() - 1_000) });
    const before = origin.requests.length;
    await expect(runCheck(claim.id)).resolves.toEqual({ status: 'EXPIRED' });
    expect(await claimOf(claim.id)).toMatchObject({ status: 'EXPIRED' });
    expect(origin.requests.length).toBe(before);
  });
});

describe('the check', () => {
  const rss = PLATFORMS[0]!;
  let sourceId: string;
  beforeAll(async () => {
    sourceId = (await makeSource('RSS', 'rss:check', origin.url(rss.fetchPath), origin.url('/site/'))).id;
  });
  afterEach(async () => {
    await worker.prisma.claim.deleteMany({ where: { sourceId } });
  });

  it('fetches fresh: no conditional GET although the source has validators, Cache-Control: no-cache', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    rss.places.description!(claim.code);
    await runCheck(claim.id);
    const request = origin.requestsTo(rss.fetchPath).at(-1)!;
    expect(request.headers['if-none-match']).toBeUndefined();
    expect(request.headers['if-modified-since']).toBeUndefined();
    expect(request.headers['cache-control']).toBe('no-cache');
  });

  it('accepts a rel="me" link from the source’s site to the claimant’s profile', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    rss.none();
    serve(
      '/site/',
      () =>
        `<html><head><link rel="me" href="${PUBLIC_WEB_URL}/u/${user.handle}"></head><body></body></html>`,
      'text/html',
    );
    await expect(runCheck(claim.id)).resolves.toMatchObject({ status: 'VERIFIED', method: 'REL_ME' });
  });

  it('a rel="me" link to someone else’s profile does not count, and the reason names both places', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    rss.none();
    serve(
      '/site/',
      () => `<html><body><a rel="me" href="${PUBLIC_WEB_URL}/u/someone_else">me</a></body></html>`,
      'text/html',
    );
    await expect(runCheck(claim.id)).resolves.toMatchObject({ status: 'FAILED' });
    expect((await claimOf(claim.id)).failureReason).toMatch(
      /most recent items do not contain the code yet\. The page .* has rel="me" links, but none to/,
    );
  });

  it('a later successful claim by another user moves ownership and notifies both', async () => {
    const [first, second] = [await makeUser(), await makeUser()];
    const old = await makeClaim(first.id, sourceId);
    rss.places.description!(old.code);
    await runCheck(old.id);
    const next = await makeClaim(second.id, sourceId);
    rss.places.post!(next.code);
    await expect(runCheck(next.id)).resolves.toMatchObject({ status: 'VERIFIED', previousOwnerId: first.id });

    expect(await claimOf(old.id)).toMatchObject({ status: 'REVOKED', revokedById: null });
    expect((await claimOf(old.id)).failureReason).toMatch(/ownership moved/);
    expect(await claimOf(next.id)).toMatchObject({ status: 'VERIFIED' });
    expect(await worker.prisma.claim.count({ where: { sourceId, status: 'VERIFIED' } })).toBe(1);
    expect(
      await worker.prisma.notification.findMany({
        where: { userId: first.id },
        orderBy: { createdAt: 'asc' },
      }),
    ).toMatchObject([
      { type: 'CLAIM_VERIFIED', claimId: old.id },
      { type: 'CLAIM_LOST', claimId: old.id, sourceId, actorId: second.id },
    ]);
    expect(await worker.prisma.notification.findMany({ where: { userId: second.id } })).toMatchObject([
      { type: 'CLAIM_VERIFIED', claimId: next.id },
    ]);
    // The former owner owns nothing any more: no creator profile.
    expect(await worker.prisma.creatorProfile.count({ where: { userId: first.id } })).toBe(0);
  });

  it('two owners verifying at once: exactly one VERIFIED claim remains', async () => {
    const users = [await makeUser(), await makeUser(), await makeUser()];
    const claims = await Promise.all(users.map((user) => makeClaim(user.id, sourceId)));
    rss.places.description!(claims.map((claim) => claim.code).join(' '));
    const outcomes = await Promise.all(claims.map((claim) => runCheck(claim.id)));
    expect(outcomes.every((outcome) => (outcome as { status: string }).status === 'VERIFIED')).toBe(true);
    expect(await worker.prisma.claim.count({ where: { sourceId, status: 'VERIFIED' } })).toBe(1);
    expect(await worker.prisma.claim.count({ where: { sourceId, status: 'REVOKED' } })).toBe(2);
  });

  it('a verified claim is not checked again (the creator may remove the code)', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    rss.places.description!(claim.code);
    await runCheck(claim.id);
    rss.none();
    await expect(runCheck(claim.id)).resolves.toMatchObject({ status: 'skipped' });
    expect(await claimOf(claim.id)).toMatchObject({ status: 'VERIFIED' });
  });

  it('a transient failure (503) is retried with backoff and then verifies', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    let calls = 0;
    origin.route(rss.fetchPath, (_request, response) => {
      calls += 1;
      if (calls === 1) {
        response.writeHead(503).end('busy');
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          inputText('rss/harbour-lights.xml').replace('Notes from the lighthouse keepers.', claim.code),
        );
    });
    await expect(runCheck(claim.id)).resolves.toMatchObject({ status: 'VERIFIED' });
    expect(calls).toBe(2);
  });

  it('a source that is gone → FAILED at once with the reason', async () => {
    const user = await makeUser();
    const claim = await makeClaim(user.id, sourceId);
    origin.route(rss.fetchPath, (_request, response) => void response.writeHead(404).end());
    await expect(runCheck(claim.id)).resolves.toMatchObject({ status: 'FAILED' });
    expect((await claimOf(claim.id)).failureReason).toMatch(/not found/i);
  });
});
