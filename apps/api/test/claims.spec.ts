/**
 * Creators and claims end to end: the real API and the real worker. startClaim → publish the code on
 * the source (test inputs rewritten by a local origin) → checkClaim runs the verify-claim job and
 * answers the outcome. Badges, ownership transfer, admin revocation with notifications, and the creator
 * follow that brings every verified source into the follower's timeline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { errorCode, PLATFORMS, PUBLIC_WEB_URL, startClaimsWorld } from './support/claims-world.js';

const CLAIM_FIELDS = `id code status method failureReason expiresAt checkedAt verifiedAt revokedAt
  instructions { method title text hint } source { id kind isVerified claimedBy { handle } }`;
const START = `mutation($sourceId: ID!) { startClaim(sourceId: $sourceId) { ${CLAIM_FIELDS} } }`;
const CHECK = `mutation($claimId: ID!) { checkClaim(claimId: $claimId) { ${CLAIM_FIELDS} } }`;
const REVOKE = `mutation($claimId: ID!) { revokeClaim(claimId: $claimId) { id status revokedAt } }`;
const MY_CLAIMS = `{ myClaims { id status failureReason source { id } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { type source { id } actor { handle } claim { status } } } } }`;

interface Claim {
  id: string;
  code: string;
  status: string;
  method: string | null;
  failureReason: string | null;
  expiresAt: string;
  checkedAt: string | null;
  verifiedAt: string | null;
  instructions: { method: string; title: string; text: string; hint: string }[];
  source: { id: string; kind: string; isVerified: boolean; claimedBy: { handle: string } | null };
}

const world = useWorld(() => startClaimsWorld({ CLAIM_TTL_HOURS: '48' }));
afterEach(() => {
  expect(world.origin.unexpected).toEqual([]);
});

const start = async (user: TestUser, sourceId: string) =>
  (await world.as<{ startClaim: Claim }>(user, START, { sourceId })).startClaim;
const check = async (user: TestUser, claimId: string) =>
  (await world.as<{ checkClaim: Claim }>(user, CHECK, { claimId })).checkClaim;
const notificationsOf = async (user: TestUser) =>
  (
    await world.as<{
      notifications: {
        edges: {
          node: {
            type: string;
            source: { id: string } | null;
            actor: { handle: string } | null;
            claim: { status: string } | null;
          };
        }[];
      };
    }>(user, NOTIFICATIONS)
  ).notifications.edges.map((edge) => edge.node);

describe('startClaim', () => {
  it('issues a 128-bit code bound to the member and the source, with copyable instructions per platform', async () => {
    const user = await world.member();
    const feed = await world.source('RSS', 'rss:start-feed', '/feeds/start.xml', 'https://blog.example/');
    const claim = await start(user, feed.id);
    expect(claim.code).toMatch(/^tributary-verify=[A-Za-z0-9_-]{22}$/);
    expect(claim.status).toBe('PENDING');
    expect(new Date(claim.expiresAt).getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
    expect(claim.instructions.map((i) => `${i.method}:${i.title}`)).toEqual([
      'DESCRIPTION:Feed description',
      'FEED_ELEMENT:RSS/Atom element',
      'FEED_ELEMENT:JSON Feed member',
      'POST:A post',
      'REL_ME:A rel="me" link on your site',
    ]);
    expect(claim.instructions[1]!.text).toBe(
      `<tributary:verify xmlns:tributary="https://tributary.dev/ns/verify">${claim.code}</tributary:verify>`,
    );
    expect(claim.instructions[2]!.text).toBe(`"_tributary": { "verify": "${claim.code}" }`);
    expect(claim.instructions[4]!.text).toBe(
      `<a rel="me" href="${PUBLIC_WEB_URL}/u/${user.handle}">Tributary</a>`,
    );

    const channel = await world.source(
      'TELEGRAM',
      'telegram:start-channel',
      '/tg/s/start-channel',
      'https://t.me/start-channel',
    );
    expect((await start(user, channel.id)).instructions.map((i) => i.title)).toEqual([
      'Channel description',
      'A post in the channel',
    ]);
    const x = await world.source('X', 'x:startx', '/xapi/2/users/1/tweets', 'https://x.com/startx');
    expect((await start(user, x.id)).instructions.map((i) => i.title)).toEqual(['Profile bio', 'A post']);
    const pub = await world.source('SUBSTACK', 'substack:startpub', '/pub/startpub/feed', null);
    expect((await start(user, pub.id)).instructions.map((i) => i.title)).toEqual([
      'Publication description',
      'Author bio',
      'A post',
    ]);
  });

  it('asking again answers the same pending claim; once expired, a new code', async () => {
    const user = await world.member();
    const feed = await world.source('RSS', 'rss:again', '/feeds/again.xml');
    const [first, second] = await Promise.all([start(user, feed.id), start(user, feed.id)]);
    expect(second.id).toBe(first.id);
    await world.db.claim.update({
      where: { id: first.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    const rotated = await start(user, feed.id);
    expect(rotated.id).not.toBe(first.id);
    expect(rotated.code).not.toBe(first.code);
    expect((await world.db.claim.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('EXPIRED');
  });

  it('refuses unknown sources and anonymous callers', async () => {
    const user = await world.member();
    expect(
      errorCode(await world.raw(user, START, { sourceId: '0192f1b0-0000-7000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await world.raw(null, START, { sourceId: '0192f1b0-0000-7000-8000-000000000000' })),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('checkClaim through the worker, one platform each', () => {
  const cases = [
    ['RSS (description)', 'rss', 'rss:e2e-rss', 'DESCRIPTION'],
    ['Atom (<tributary:verify>)', 'atom', 'rss:e2e-atom', 'FEED_ELEMENT'],
    ['JSON Feed (_tributary.verify)', 'jsonfeed', 'rss:e2e-json', 'FEED_ELEMENT'],
    ['Substack (author bio)', 'substack', 'substack:claimpub', 'DESCRIPTION'],
    ['Telegram (channel description)', 'telegram', 'telegram:claimchannel', 'DESCRIPTION'],
    ['X (profile bio)', 'x', 'x:quaydevs', 'DESCRIPTION'],
  ] as const;
  it.each(cases)(
    '%s → VERIFIED, badges on the source and the creator',
    async (_label, platformName, key, method) => {
      const platform = PLATFORMS[platformName];
      const user = await world.member();
      const source = await world.source(platform.kind, key, platform.fetchPath);
      const claim = await start(user, source.id);
      platform.publish(world.origin, claim.code);
      const checked = await check(user, claim.id);
      expect(checked).toMatchObject({
        id: claim.id,
        status: 'VERIFIED',
        method,
        failureReason: null,
        source: { isVerified: true, claimedBy: { handle: user.handle } },
      });
      expect(checked.verifiedAt).not.toBeNull();
      const profile = await world.as<{
        user: { isVerifiedCreator: boolean; verifiedSources: { id: string }[] };
      }>(null, `query($h: String!) { user(handle: $h) { isVerifiedCreator verifiedSources { id } } }`, {
        h: user.handle,
      });
      expect(profile.user).toEqual({ isVerifiedCreator: true, verifiedSources: [{ id: source.id }] });
      // The creator may now remove the code: the claim stays verified, and is not checked again.
      platform.publish(world.origin, '');
      expect((await check(user, claim.id)).status).toBe('VERIFIED');
      await world.db.claim.deleteMany({ where: { sourceId: source.id } });
    },
  );

  it('code absent → FAILED with a reason a person understands; publishing it and checking again → VERIFIED', async () => {
    const user = await world.member();
    const source = await world.source('TELEGRAM', 'telegram:claimchannel', PLATFORMS.telegram.fetchPath);
    const claim = await start(user, source.id);
    PLATFORMS.telegram.publish(world.origin, 'tributary-verify=not-mine');
    const failed = await check(user, claim.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toBe(
      'The channel description and its 4 most recent posts do not contain the code yet.',
    );
    expect(failed.checkedAt).not.toBeNull();
    PLATFORMS.telegram.publish(world.origin, claim.code);
    expect((await check(user, claim.id)).status).toBe('VERIFIED');
    await world.db.claim.deleteMany({ where: { sourceId: source.id } });
  });

  it("someone else's code → FAILED; someone else's claim → NOT_FOUND", async () => {
    const [me, other] = [await world.member(), await world.member()];
    const source = await world.source('RSS', 'rss:e2e-rss', PLATFORMS.rss.fetchPath);
    const mine = await start(me, source.id);
    const theirs = await start(other, source.id);
    PLATFORMS.rss.publish(world.origin, theirs.code);
    expect((await check(me, mine.id)).status).toBe('FAILED');
    expect(errorCode(await world.raw(me, CHECK, { claimId: theirs.id }))).toBe('NOT_FOUND');
    await world.db.claim.deleteMany({ where: { sourceId: source.id } });
  });

  it('an expired code → EXPIRED (and listed so in myClaims)', async () => {
    const user = await world.member();
    const source = await world.source('RSS', 'rss:e2e-expired', '/feeds/expired.xml');
    const claim = await start(user, source.id);
    await world.db.claim.update({
      where: { id: claim.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await check(user, claim.id)).status).toBe('EXPIRED');
    const list = await world.as<{ myClaims: { id: string; status: string }[] }>(user, MY_CLAIMS);
    expect(list.myClaims).toMatchObject([{ id: claim.id, status: 'EXPIRED' }]);
  });

  it('checks are rate-limited per member (RATE_LIMITED with retryAfterSeconds)', async () => {
    const user = await world.member();
    const source = await world.source('TELEGRAM', 'telegram:ratelimited', '/tg/s/ratelimited');
    world.origin.route('/tg/s/ratelimited', (_q, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><body><div class="tgme_channel_info"><div class="tgme_channel_info_header_title">x</div></div></body></html>',
        );
    });
    const claim = await start(user, source.id);
    for (let i = 0; i < 10; i++) await check(user, claim.id);
    const limited = await world.raw(user, CHECK, { claimId: claim.id });
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('ownership', () => {
  it('a later successful claim by another member moves ownership and notifies both', async () => {
    const [first, second] = [await world.member(), await world.member()];
    const source = await world.source('RSS', 'rss:transfer', '/feeds/transfer.xml');
    const serveWith = (text: string) =>
      world.origin.feed(
        '/feeds/transfer.xml',
        () =>
          `<rss version="2.0"><channel><title>T</title><link>${world.origin.url('/site')}</link><description>${text}</description></channel></rss>`,
      );
    world.origin.route(
      '/site',
      (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
    );
    const old = await start(first, source.id);
    serveWith(old.code);
    expect((await check(first, old.id)).status).toBe('VERIFIED');
    const next = await start(second, source.id);
    serveWith(next.code);
    expect(await check(second, next.id)).toMatchObject({
      status: 'VERIFIED',
      source: { claimedBy: { handle: second.handle } },
    });

    const firstClaims = await world.as<{ myClaims: { id: string; status: string; failureReason: string }[] }>(
      first,
      MY_CLAIMS,
    );
    expect(firstClaims.myClaims).toMatchObject([
      { id: old.id, status: 'REVOKED', failureReason: expect.stringMatching(/ownership moved/) as unknown },
    ]);
    expect(await notificationsOf(first)).toEqual(
      expect.arrayContaining([
        {
          type: 'CLAIM_LOST',
          source: { id: source.id },
          actor: { handle: second.handle },
          claim: { status: 'REVOKED' },
        },
        { type: 'CLAIM_VERIFIED', source: { id: source.id }, actor: null, claim: { status: 'REVOKED' } },
      ]),
    );
    expect(await notificationsOf(second)).toEqual([
      { type: 'CLAIM_VERIFIED', source: { id: source.id }, actor: null, claim: { status: 'VERIFIED' } },
    ]);
    const profile = await world.as<{ user: { isVerifiedCreator: boolean } }>(
      null,
      `query($h: String!) { user(handle: $h) { isVerifiedCreator } }`,
      { h: first.handle },
    );
    expect(profile.user.isVerifiedCreator).toBe(false);
  });

  it('an administrator revokes a claim; the owner is notified and the badge goes', async () => {
    const [owner, admin, other] = [await world.member(), await world.member('ADMIN'), await world.member()];
    const source = await world.source('TELEGRAM', 'telegram:claimchannel', PLATFORMS.telegram.fetchPath);
    const claim = await start(owner, source.id);
    PLATFORMS.telegram.publish(world.origin, claim.code);
    expect((await check(owner, claim.id)).status).toBe('VERIFIED');

    expect(errorCode(await world.raw(other, REVOKE, { claimId: claim.id }))).toBe('FORBIDDEN');
    const revoked = await world.as<{ revokeClaim: { status: string; revokedAt: string } }>(admin, REVOKE, {
      claimId: claim.id,
    });
    expect(revoked.revokeClaim.status).toBe('REVOKED');
    expect(await notificationsOf(owner)).toContainEqual({
      type: 'CLAIM_REVOKED',
      source: { id: source.id },
      actor: { handle: admin.handle },
      claim: { status: 'REVOKED' },
    });
    const after = await world.as<{ source: { isVerified: boolean; claimedBy: null } }>(
      owner,
      `query($id: ID!) { source(id: $id) { isVerified claimedBy { id } } }`,
      { id: source.id },
    );
    expect(after.source).toEqual({ isVerified: false, claimedBy: null });
    // Revoking again changes nothing.
    expect(
      (await world.as<{ revokeClaim: { status: string } }>(admin, REVOKE, { claimId: claim.id })).revokeClaim
        .status,
    ).toBe('REVOKED');
    expect((await notificationsOf(owner)).filter((n) => n.type === 'CLAIM_REVOKED')).toHaveLength(1);
    await world.db.claim.deleteMany({ where: { sourceId: source.id } });
  });
});

describe('the creator profile', () => {
  it('following a creator brings all their verified sources into the timeline, and a source verified later joins', async () => {
    const [creator, follower] = [await world.member(), await world.member()];
    const feed = await world.source('RSS', 'rss:creator-blog', PLATFORMS.rss.fetchPath);
    const channel = await world.source('TELEGRAM', 'telegram:claimchannel', PLATFORMS.telegram.fetchPath);
    const x = await world.source('X', 'x:quaydevs', PLATFORMS.x.fetchPath);
    const pub = await world.source('SUBSTACK', 'substack:claimpub', PLATFORMS.substack.fetchPath);
    await world.entries(feed.id, ['blog post']);
    await world.entries(channel.id, ['channel post']);
    await world.entries(x.id, ['x post']);
    await world.entries(pub.id, ['newsletter issue']);
    const verify = async (sourceId: string, publish: (text: string) => void) => {
      const claim = await start(creator, sourceId);
      publish(claim.code);
      expect((await check(creator, claim.id)).status).toBe('VERIFIED');
    };
    world.origin.route(
      '/site',
      (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
    );
    await verify(feed.id, (code) => PLATFORMS.rss.publish(world.origin, code));
    await verify(channel.id, (code) => PLATFORMS.telegram.publish(world.origin, code));
    await verify(x.id, (code) => PLATFORMS.x.publish(world.origin, code));

    await world.as(follower, `mutation($h: String!) { follow(handle: $h) { id } }`, { h: creator.handle });
    const TIMELINE = `{ timeline(first: 50) { edges { node { title isVerified source { id isVerified claimedBy { handle } } } } } }`;
    const titles = async () =>
      (
        await world.as<{ timeline: { edges: { node: { title: string; isVerified: boolean } }[] } }>(
          follower,
          TIMELINE,
        )
      ).timeline.edges.map((e) => e.node);
    expect((await titles()).map((n) => n.title).sort()).toEqual(['blog post', 'channel post', 'x post']);
    expect((await titles()).every((n) => n.isVerified)).toBe(true);

    await verify(pub.id, (code) => PLATFORMS.substack.publish(world.origin, code));
    expect((await titles()).map((n) => n.title).sort()).toEqual([
      'blog post',
      'channel post',
      'newsletter issue',
      'x post',
    ]);

    // The creator's page: every verified source, and one combined feed of their posts.
    const page = await world.as<{
      user: { isVerifiedCreator: boolean; verifiedSources: { kind: string }[] };
      creatorEntries: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      null,
      `query($h: String!) { user(handle: $h) { isVerifiedCreator verifiedSources { kind } } creatorEntries(handle: $h, first: 3) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
      { h: creator.handle },
    );
    expect(page.user.isVerifiedCreator).toBe(true);
    expect(page.user.verifiedSources.map((s) => s.kind).sort()).toEqual(['RSS', 'SUBSTACK', 'TELEGRAM', 'X']);
    expect(page.creatorEntries.edges).toHaveLength(3);
    expect(page.creatorEntries.pageInfo.hasNextPage).toBe(true);
    const rest = await world.as<{
      creatorEntries: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      null,
      `query($h: String!, $after: String) { creatorEntries(handle: $h, first: 3, after: $after) { edges { node { title } } pageInfo { hasNextPage } } }`,
      { h: creator.handle, after: page.creatorEntries.pageInfo.endCursor },
    );
    expect(
      [...page.creatorEntries.edges, ...rest.creatorEntries.edges].map((e) => e.node.title).sort(),
    ).toEqual(['blog post', 'channel post', 'newsletter issue', 'x post']);
    expect(rest.creatorEntries.pageInfo.hasNextPage).toBe(false);
  });
});
