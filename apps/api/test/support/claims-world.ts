import { hashGuid, type SourceKind } from '@tributary/db';
import { inputText, type Origin, platformSettings } from '@tributary/test-support';
import { startSocialWorld, type SocialWorld } from './social-world.js';

export { errorCode } from './api-world.js';

export const PUBLIC_WEB_URL = 'https://tributary.example';
/** The namespace of `<tributary:verify>` (packages/bridges TRIBUTARY_NAMESPACE). */
export const TRIBUTARY_NAMESPACE = 'https://tributary.dev/ns/verify';

export interface ClaimsWorld extends SocialWorld {
  /** A Source row as the worker's resolve would store it, fetched from the local origin. */
  source(kind: SourceKind, key: string, fetchPath: string, siteUrl?: string | null): Promise<{ id: string }>;
  /** Entries of a source with these titles, as if fetched (a minute apart, newest first). */
  entries(sourceId: string, titles: string[]): Promise<void>;
}

/**
 * The social world (the real API and worker, one queue prefix) with the worker's verify-claim
 * processor pointed at the local origin standing in for feeds, t.me, the X API and Substack.
 */
export async function startClaimsWorld(apiOverrides: Record<string, string> = {}): Promise<ClaimsWorld> {
  const world = await startSocialWorld({ PUBLIC_WEB_URL, ...apiOverrides }, (origin) => ({
    PUBLIC_WEB_URL,
    PARSE_THREADS: '0',
    ...platformSettings(origin),
  }));
  const { db, origin } = world;
  return {
    ...world,
    async source(kind, key, fetchPath, siteUrl = null) {
      return db.source.upsert({
        where: { kind_key: { kind, key } },
        create: {
          kind,
          key,
          fetchUrl: origin.url(fetchPath),
          siteUrl,
          title: key,
          status: 'OK',
          nextFetchAt: new Date(Date.now() + 86_400_000),
        },
        update: {},
        select: { id: true },
      });
    },
    async entries(sourceId, titles) {
      const now = Date.now();
      await db.entry.createMany({
        data: titles.map((title, index) => ({
          sourceId,
          guid: `${sourceId}-${title}`,
          guidHash: hashGuid(`${sourceId}-${title}`),
          title,
          sortAt: new Date(now - (index + 1) * 60_000),
          publishedAt: new Date(now - (index + 1) * 60_000),
        })),
        skipDuplicates: true,
      });
    },
  };
}

/** Serves `body()` (read on every request) at `pathname` with a content type. */
export function serve(origin: Origin, pathname: string, contentType: string, body: () => string): void {
  origin.route(pathname, (_request, response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body());
  });
}

/** Where each platform's test inputs are served, and how to publish text in one place. */
export const PLATFORMS = {
  rss: {
    kind: 'RSS' as const,
    fetchPath: '/feeds/rss.xml',
    publish: (origin: Origin, text: string) =>
      serve(origin, '/feeds/rss.xml', 'application/rss+xml', () =>
        inputText('rss/harbour-lights.xml').replace(
          'Notes from the lighthouse keepers.',
          `Notes from the lighthouse keepers. ${text}`,
        ),
      ),
  },
  atom: {
    kind: 'RSS' as const,
    fetchPath: '/feeds/atom.xml',
    publish: (origin: Origin, text: string) =>
      serve(origin, '/feeds/atom.xml', 'application/atom+xml', () =>
        inputText('atom/orchard-log.xml').replace(
          '<title>Orchard Log</title>',
          `<title>Orchard Log</title><tributary:verify xmlns:tributary="${TRIBUTARY_NAMESPACE}">${text}</tributary:verify>`,
        ),
      ),
  },
  jsonfeed: {
    kind: 'RSS' as const,
    fetchPath: '/feeds/feed.json',
    publish: (origin: Origin, text: string) =>
      serve(origin, '/feeds/feed.json', 'application/feed+json', () =>
        inputText('jsonfeed/garden-notes.json').replace(
          '"title":',
          `"_tributary": { "verify": "${text}" }, "title":`,
        ),
      ),
  },
  substack: {
    kind: 'SUBSTACK' as const,
    fetchPath: '/pub/claimpub/feed',
    publish: (origin: Origin, text: string) => {
      serve(origin, '/pub/claimpub/feed', 'application/rss+xml', () =>
        inputText('substack/quillmere-feed.xml'),
      );
      serve(origin, '/pub/claimpub/api/v1/archive', 'application/json', () => {
        const posts = JSON.parse(inputText('substack/quillmere-archive.json')) as {
          publishedBylines: { bio: string }[];
        }[];
        for (const post of posts) for (const byline of post.publishedBylines) byline.bio = `Writer. ${text}`;
        return JSON.stringify(posts.slice(0, 12));
      });
    },
  },
  telegram: {
    kind: 'TELEGRAM' as const,
    fetchPath: '/tg/s/claimchannel',
    publish: (origin: Origin, text: string) =>
      serve(origin, '/tg/s/claimchannel', 'text/html; charset=utf-8', () =>
        inputText('telegram/channel.html').replace(
          '<div class="tgme_channel_info_description">',
          `<div class="tgme_channel_info_description">${text}<br/>`,
        ),
      ),
  },
  x: {
    kind: 'X' as const,
    fetchPath: '/xapi/2/users/3141592653/tweets',
    publish: (origin: Origin, text: string) => {
      serve(origin, '/xapi/2/users/by/username/quaydevs', 'application/json', () =>
        inputText('x/user-by-username.json').replace('#OpenHarbour', `#OpenHarbour ${text}`),
      );
      serve(origin, '/xapi/2/users/3141592653/tweets', 'application/json', () =>
        inputText('x/search-users.json'),
      );
    },
  },
};
