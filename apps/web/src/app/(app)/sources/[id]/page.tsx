import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Avatar } from '@/components/avatar';
import { PlatformIcon } from '@/features/claims/platform-icon';
import { EntryList } from '@/components/entry-list';
import { VerifiedBadge } from '@/components/icons';
import { describeFetchResult } from '@/features/sources/fetch-result';
import { SourceHealthFields, SourcePageQuery, SourceScheduleFields } from '@/features/sources/sources.graphql';
import { SourceRefresh } from '@/features/sources/source-refresh';
import { SubscribeToggle } from '@/components/subscribe-toggle';
import { getFragmentData } from '@/gql';
import type { SourceStatus } from '@/gql/graphql';
import { fullDate, KIND_LABEL, plural, timeAgo } from '@/lib/format';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import { isUuid } from '@/lib/ids';
import { searchHref } from '@/lib/search-params';
import { timelineHref } from '@/lib/timeline-params';
import '@/features/sources/sources.css';

type Params = Promise<{ id: string }>;

const STATUS_TEXT: Record<SourceStatus, string> = {
  OK: 'Fetching fine',
  FAILING: 'Failing',
  GONE: 'Gone',
  PENDING: 'Not fetched yet',
};

const loadSource = cache(async (id: string, after: string | null) => {
  if (!isUuid(id)) notFound();
  try {
    return (await queryServer(SourcePageQuery, { variables: { id, after } })).source;
  } catch (error) {
    if (isGraphQLRequestError(error) && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')) {
      notFound();
    }
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await loadSource((await params).id, null);
  return { title: source.title || 'Source', description: source.description || undefined };
}

/** A source: what it is, how fetching it goes, its latest posts; subscribe, or claim it as its creator. */
export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ after?: string }>;
}) {
  const { id } = await params;
  const { after } = await searchParams;
  const source = await loadSource(id, after ?? null);
  const entries = source.entries.edges.map((edge) => edge.node);
  const health = getFragmentData(SourceHealthFields, source.health);
  const schedule = getFragmentData(SourceScheduleFields, source.schedule);
  const lastResult = health.lastFetchResult ? describeFetchResult(health) : null;
  const owner = source.claimedBy;
  const title = source.title || source.url;

  return (
    <div className="page page--narrow source-page">
      <header className="creator__header card">
        <Avatar name={title} src={source.imageUrl} size="xl" square />
        <div className="creator__identity">
          <p className="page__eyebrow">
            <PlatformIcon kind={source.kind} isDecorative size={14} /> {KIND_LABEL[source.kind]}
          </p>
          <h1 className="creator__name">
            {title}
            {source.isVerified ? <VerifiedBadge label="Verified source" /> : null}
          </h1>
          <p className="muted">
            {plural(source.subscribersCount, 'subscriber')}
            {source.siteUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={source.siteUrl} target="_blank" rel="noopener noreferrer">
                  Website<span className="visually-hidden"> of {title} (opens in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
          {source.description ? <p className="creator__bio">{source.description}</p> : null}
        </div>
        <div className="creator__actions source-page__actions">
          <SubscribeToggle source={{ ...source, title }} isSubscribed={source.viewerIsSubscribed} />
          {source.viewerIsSubscribed ? (
            <Link href={timelineHref({ source: source.id })} className="button button--quiet button--small">
              Open in timeline
            </Link>
          ) : null}
        </div>
        <p className="creator__follow-hint muted source-page__owner">
          {owner ? (
            <>
              Verified: published by{' '}
              <Link href={owner.isVerifiedCreator ? `/c/${owner.handle}` : `/u/${owner.handle}`}>
                {owner.displayName}
              </Link>
              .
            </>
          ) : (
            <>
              Is this yours?{' '}
              <Link href={`/settings/claims/new?source=${source.id}`}>
                Claim it<span className="visually-hidden"> ({title})</span>
              </Link>{' '}
              to get a verified badge beside everything it publishes.
            </>
          )}
        </p>
      </header>

      <section className="profile__section card source-health" aria-labelledby="source-health-title">
        <h2 id="source-health-title" className="section-title">
          Fetching{' '}
          <span className={`status status--${health.status.toLowerCase()}`}>
            {STATUS_TEXT[health.status]}
          </span>
        </h2>
        <dl className="source-health__facts">
          <div>
            <dt>Last fetched</dt>
            <dd>
              {health.lastFetchedAt ? (
                <time dateTime={health.lastFetchedAt} title={fullDate(health.lastFetchedAt)}>
                  {timeAgo(health.lastFetchedAt)}
                </time>
              ) : (
                'never'
              )}
            </dd>
          </div>
          <div>
            <dt>Newest post</dt>
            <dd>
              {source.lastEntryAt ? (
                <time dateTime={source.lastEntryAt} title={fullDate(source.lastEntryAt)}>
                  {timeAgo(source.lastEntryAt)}
                </time>
              ) : (
                'none yet'
              )}
            </dd>
          </div>
          {health.failingSince ? (
            <div>
              <dt>Failing since</dt>
              <dd>{fullDate(health.failingSince)}</dd>
            </div>
          ) : null}
          {lastResult ? (
            <div>
              <dt>Last result</dt>
              <dd className={lastResult.tone === 'error' ? 'row__detail--error' : undefined}>
                {lastResult.message}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Next fetch</dt>
            <dd>
              {schedule.nextFetchAt ? (
                <time dateTime={schedule.nextFetchAt} title={fullDate(schedule.nextFetchAt)}>
                  {timeAgo(schedule.nextFetchAt)}
                </time>
              ) : (
                'not scheduled'
              )}
            </dd>
          </div>
        </dl>
        <p className="row__detail source-health__why">{schedule.explanation}</p>
        {source.viewerIsSubscribed ? <SourceRefresh sourceId={source.id} title={title} /> : null}
        {health.lastError && health.lastFetchResult !== 'FAILED' ? (
          <p className="row__detail row__detail--error">{health.lastError}</p>
        ) : null}
        <p className="row__detail muted source-page__url">{source.url}</p>
      </section>

      <section className="profile__section" aria-labelledby="source-posts">
        <div className="section-head">
          <h2 id="source-posts" className="section-title">
            Latest posts
          </h2>
          <Link href={searchHref({ sourceId: source.id })} className="button button--quiet button--small">
            Search this source
          </Link>
        </div>
        {entries.length > 0 ? <EntryList entries={entries} /> : <p className="muted">No posts yet.</p>}
        <nav className="pager" aria-label="More posts">
          {after ? (
            <Link href={`/sources/${source.id}`} className="button button--quiet button--small">
              Newest posts
            </Link>
          ) : null}
          {source.entries.pageInfo.hasNextPage && source.entries.pageInfo.endCursor ? (
            <Link
              href={`/sources/${source.id}?after=${encodeURIComponent(source.entries.pageInfo.endCursor)}`}
              className="button button--quiet button--small"
            >
              Older posts
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
