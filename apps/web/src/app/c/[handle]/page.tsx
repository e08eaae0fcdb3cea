// First, so that the features' own CSS (imported by their components below) comes after it.
import '@/components/page-pieces.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { Avatar } from '@/components/avatar';
import { CreatorFeedQuery, CreatorQuery } from '@/features/claims/claims.graphql';
import { CreatorSources } from '@/features/claims/creator-sources';
import { PlatformIcon } from '@/features/claims/platform-icon';
import { EntryList } from '@/components/entry-list';
import { FollowButton } from '@/features/people/follow-button';
import { Icon, VerifiedBadge } from '@/components/icons';
import { plural } from '@/lib/format';
import { queryServer } from '@/lib/graphql/server';
import { unmaskEntryPage } from '@/features/entries/entries.graphql';
import '@/features/claims/claims.css';

type Params = Promise<{ handle: string }>;

const loadCreator = cache((handle: string) => queryServer(CreatorQuery, { variables: { handle } }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params;
  const { user } = await loadCreator(handle);
  if (!user) return { title: 'Not found' };
  return {
    title: `${user.displayName} — creator`,
    description: user.bio || `Everything ${user.displayName} publishes, in one place.`,
    // <link rel="alternate"> autodiscovery of their published feeds (feed readers find them from here).
    alternates: {
      types: Object.fromEntries(
        user.feeds.map((feed) => [feed.type, [{ url: feed.href, title: feed.title }]]),
      ),
    },
  };
}

export default async function CreatorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ after?: string }>;
}) {
  const { handle } = await params;
  const { after } = await searchParams;
  const { user, me } = await loadCreator(handle);
  if (!user) notFound();
  if (!user.isVerifiedCreator) redirect(`/u/${user.handle}`);
  const feed = await queryServer(CreatorFeedQuery, {
    variables: { handle: user.handle, after: after ?? null },
  });
  const { entries, pageInfo } = unmaskEntryPage(feed.creatorEntries);
  const kinds = [...new Set(user.verifiedSources.map((source) => source.kind))];
  const isSelf = me?.id === user.id;

  return (
    <div className="page page--narrow creator">
      <header className="creator__header card">
        <Avatar name={user.displayName} src={user.avatarUrl} size="xl" />
        <div className="creator__identity">
          <p className="page__eyebrow">Creator</p>
          <h1 className="creator__name">
            {user.displayName}
            <VerifiedBadge label="Verified creator" />
          </h1>
          <p className="muted">
            <Link href={`/u/${user.handle}`}>@{user.handle}</Link> · {plural(user.followersCount, 'follower')}
          </p>
          {user.bio ? <p className="creator__bio">{user.bio}</p> : null}
          <p className="creator__platforms" aria-label="Publishes on">
            {kinds.map((kind) => (
              <PlatformIcon key={kind} kind={kind} size={16} />
            ))}
          </p>
        </div>
        <div className="creator__actions">
          {me && !isSelf ? (
            <FollowButton handle={user.handle} name={user.displayName} isFollowing={user.viewerIsFollowing} />
          ) : null}
          {!me ? (
            <Link href={`/login?next=/c/${user.handle}`} className="button">
              Sign in to follow
            </Link>
          ) : null}
        </div>
        {me && !isSelf ? (
          <p className="muted creator__follow-hint">
            Following {user.displayName} brings all {plural(user.verifiedSources.length, 'source')} into your
            timeline.
          </p>
        ) : null}
      </header>

      <section className="profile__section" aria-labelledby="creator-sources">
        <h2 id="creator-sources" className="section-title">
          Where {user.displayName} publishes
        </h2>
        <CreatorSources
          isSignedIn={!!me}
          sources={user.verifiedSources.map((source) => ({
            ...source,
            imageUrl: source.imageUrl ?? null,
            siteUrl: source.siteUrl ?? null,
          }))}
        />
      </section>

      <section className="profile__section" aria-labelledby="creator-posts">
        <h2 id="creator-posts" className="section-title">
          Latest posts
        </h2>
        {entries.length > 0 ? <EntryList entries={entries} /> : <p className="muted">No posts yet.</p>}
        <nav className="pager" aria-label="More posts">
          {after ? (
            <Link href={`/c/${user.handle}`} className="button button--quiet button--small">
              Newest posts
            </Link>
          ) : null}
          {pageInfo.hasNextPage && pageInfo.endCursor ? (
            <Link
              href={`/c/${user.handle}?after=${encodeURIComponent(pageInfo.endCursor)}`}
              className="button button--quiet button--small"
            >
              Older posts
            </Link>
          ) : null}
        </nav>
        <div className="feed-links">
          <p className="muted">Read {user.displayName} in any feed reader:</p>
          <ul className="chip-list">
            {user.feeds.map((feed) => (
              <li key={feed.href}>
                <a href={feed.href} className="chip">
                  <Icon name="external" size={14} /> {feed.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
