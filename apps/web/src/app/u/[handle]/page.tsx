import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Avatar } from '@/components/avatar';
import { FollowButton } from '@/features/people/follow-button';
import { Icon, VerifiedBadge } from '@/components/icons';
import { EntryList } from '@/components/entry-list';
import { getFragmentData } from '@/gql';
import { queryServer } from '@/lib/graphql/server';
import { KIND_LABEL, fullDate, plural } from '@/lib/format';
import { unmaskEntryCard } from '@/features/entries/entries.graphql';
import {
  CreatorEntriesQuery,
  FollowersQuery,
  FollowingQuery,
  ProfileQuery,
  unmaskPeoplePage,
} from '@/features/people/people.graphql';
import { ViewerQuery, ViewerFields } from '@/features/shell/shell.graphql';

type Params = Promise<{ handle: string }>;
type SearchParams = Promise<{ tab?: string }>;

async function load(handle: string) {
  const [profile, viewer] = await Promise.all([
    queryServer(ProfileQuery, { variables: { handle } }),
    queryServer(ViewerQuery).catch(() => null),
  ]);
  if (!profile.user) notFound();
  return { user: profile.user, viewer: getFragmentData(ViewerFields, viewer?.me) ?? null };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params;
  const profile = await queryServer(ProfileQuery, { variables: { handle } });
  const user = profile.user;
  if (!user) return { title: 'Not found' };
  return {
    title: `${user.displayName} (@${user.handle})`,
    description: user.bio || undefined,
    alternates: {
      types: Object.fromEntries(
        user.feeds.map((feed) => [feed.type, [{ url: feed.href, title: feed.title }]]),
      ),
    },
  };
}

async function PeopleList({ handle, tab }: { handle: string; tab: 'followers' | 'following' }) {
  const people = unmaskPeoplePage(
    tab === 'followers'
      ? (await queryServer(FollowersQuery, { variables: { handle, after: null } })).followers
      : (await queryServer(FollowingQuery, { variables: { handle, after: null } })).following,
  );
  if (people.length === 0) {
    return <p className="muted">{tab === 'followers' ? 'No followers yet.' : 'Not following anyone yet.'}</p>;
  }
  return (
    <ul className="people">
      {people.map((person) => (
        <li key={person.id} className="person">
          <Avatar name={person.displayName} src={person.avatarUrl} size="md" />
          <div className="person__text">
            <Link href={`/u/${person.handle}`} className="person__name">
              {person.displayName}
            </Link>
            <span className="muted"> @{person.handle}</span>
            {person.bio ? <p className="person__bio">{person.bio}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { handle } = await params;
  const { tab: rawTab } = await searchParams;
  const { user, viewer } = await load(handle);
  const tab = rawTab === 'followers' || rawTab === 'following' ? rawTab : 'posts';
  const isSelf = viewer?.id === user.id;
  const posts =
    tab === 'posts' && user.isVerifiedCreator
      ? (
          await queryServer(CreatorEntriesQuery, { variables: { handle: user.handle } })
        ).creatorEntries.edges.map((edge) => unmaskEntryCard(edge.node))
      : [];
  const base = `/u/${user.handle}`;

  return (
    <div className="page page--narrow profile">
      <header className="profile__header card">
        <Avatar name={user.displayName} src={user.avatarUrl} size="xl" />
        <div className="profile__identity">
          <h1 className="profile__name">
            {user.displayName}
            {user.isVerifiedCreator ? <VerifiedBadge label="Verified creator" /> : null}
          </h1>
          <p className="muted">
            @{user.handle}
            {user.followsViewer && !isSelf ? <span className="badge">Follows you</span> : null}
          </p>
          {user.bio ? <p className="profile__bio">{user.bio}</p> : null}
          <p className="profile__stats">
            <Link href={`${base}?tab=followers`}>
              <strong>{user.followersCount}</strong> {user.followersCount === 1 ? 'follower' : 'followers'}
            </Link>
            <Link href={`${base}?tab=following`}>
              <strong>{user.followingCount}</strong> following
            </Link>
            <span className="muted">Joined {fullDate(user.createdAt).split(',')[0]}</span>
          </p>
        </div>
        <div className="profile__actions">
          {viewer && !isSelf ? (
            <FollowButton handle={user.handle} name={user.displayName} isFollowing={user.viewerIsFollowing} />
          ) : null}
          {isSelf ? (
            <Link href="/settings" className="button button--quiet">
              Edit profile
            </Link>
          ) : null}
        </div>
      </header>

      {user.verifiedSources.length > 0 ? (
        <section className="profile__section" aria-labelledby="sources-title">
          <h2 id="sources-title" className="section-title">
            Verified sources
          </h2>
          <ul className="source-chips">
            {user.verifiedSources.map((source) => (
              <li key={source.id}>
                <a
                  href={source.siteUrl ?? source.url}
                  className="source-chip"
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  <Avatar name={source.title} src={source.imageUrl} size="sm" square />
                  <span>
                    {source.title}
                    <span className="source-chip__kind">{KIND_LABEL[source.kind]}</span>
                  </span>
                  <VerifiedBadge label="Verified source" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav className="tabs" aria-label="Profile">
        <Link href={base} className="tabs__tab" aria-current={tab === 'posts' ? 'page' : undefined}>
          {user.isVerifiedCreator ? 'Posts' : 'Shares'}
        </Link>
        <Link
          href={`${base}?tab=followers`}
          className="tabs__tab"
          aria-current={tab === 'followers' ? 'page' : undefined}
        >
          Followers
        </Link>
        <Link
          href={`${base}?tab=following`}
          className="tabs__tab"
          aria-current={tab === 'following' ? 'page' : undefined}
        >
          Following
        </Link>
      </nav>

      {tab === 'posts' ? (
        <section aria-label={user.isVerifiedCreator ? 'Posts' : 'Shares'} className="profile__section">
          {posts.length > 0 ? <EntryList entries={posts} /> : null}
          <div className="feed-links">
            <p className="muted">
              {user.isVerifiedCreator
                ? 'Follow their posts and shares in any feed reader:'
                : `What ${user.displayName} shares, as a feed:`}
            </p>
            <ul className="chip-list">
              {user.feeds.map((feed) => (
                <li key={feed.href}>
                  <a href={feed.href} className="chip">
                    <Icon name="external" size={14} /> {feed.title}
                  </a>
                </li>
              ))}
            </ul>
            {!isSelf && viewer && !user.viewerIsFollowing ? (
              <p className="muted">
                Follow {user.displayName} to see what they share in your timeline, as it happens.
              </p>
            ) : null}
          </div>
        </section>
      ) : (
        <section aria-label={tab === 'followers' ? 'Followers' : 'Following'} className="profile__section">
          <h2 className="visually-hidden">
            {tab === 'followers' ? plural(user.followersCount, 'follower') : 'Following'}
          </h2>
          <PeopleList handle={user.handle} tab={tab} />
        </section>
      )}
    </div>
  );
}
