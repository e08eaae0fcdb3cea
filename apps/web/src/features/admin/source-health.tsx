'use client';

import Link from 'next/link';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { SourceHealthQuery as SourceHealthData, SourceStatus } from '@/gql/graphql';
import { fullDate, KIND_LABEL } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { nextCursorOf } from '@/lib/paging';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { LoadMoreButton, useLoadMore } from '@/components/load-more';
import { SourceHealthFields } from '@/features/sources/sources.graphql';
import { useToast } from '@/components/toast';
import { AdminRefreshSourceMutation, SourceHealthQuery } from './admin.graphql';
import { TimeAgo } from '@/components/time-ago';
import './admin.css';

type Source = SourceHealthData['adminSources']['edges'][number]['node'];

const STATUS_LABEL: Record<SourceStatus, string> = {
  OK: 'OK',
  FAILING: 'Failing',
  GONE: 'Gone',
  PENDING: 'Not fetched yet',
};

const FILTERS: { status: SourceStatus | null; label: string }[] = [
  { status: null, label: 'All' },
  { status: 'FAILING', label: 'Failing' },
  { status: 'GONE', label: 'Gone' },
  { status: 'PENDING', label: 'Pending' },
  { status: 'OK', label: 'OK' },
];

const EMPTY_NOTE: Record<SourceStatus | 'ALL', string> = {
  ALL: 'No sources yet.',
  FAILING: 'No source is failing. All clear.',
  GONE: 'No source is gone.',
  PENDING: 'Every source has been fetched.',
  OK: 'No source is fetching fine right now.',
};

/**
 * Every source, the ones needing attention first (failing, gone, not fetched yet, OK): status, last
 * error, last fetch and success, next fetch; filter by status, fetch one now, load more.
 */
export function SourceHealthTable({
  initial,
  nextCursor,
  status,
}: {
  initial: Source[];
  nextCursor: string | null;
  status: SourceStatus | null;
}) {
  const toast = useToast();
  const list = useLoadMore({ nodes: initial, nextCursor }, async (after) => {
    const { adminSources } = await queryBrowser(SourceHealthQuery, { variables: { status, after } });
    return {
      nodes: adminSources.edges.map((edge) => edge.node),
      nextCursor: nextCursorOf(adminSources.pageInfo),
    };
  });
  const sources = list.items;
  const [busyId, setBusyId] = useState<string | null>(null);

  const refresh = async (source: Source) => {
    setBusyId(source.id);
    try {
      const { refreshSource } = await queryBrowser(AdminRefreshSourceMutation, {
        variables: { sourceId: source.id },
      });
      list.setItems((items) =>
        items.map((item) => (item.id === source.id ? { ...item, health: refreshSource.health } : item)),
      );
      const { status: now } = getFragmentData(SourceHealthFields, refreshSource.health);
      toast(`Fetch of ${source.title} queued: ${STATUS_LABEL[now]} for now`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title" className="section-title">
        Source health
      </h2>
      <p className="muted">
        Every source Tributary follows, the ones needing attention first. The queue dashboard lists every
        fetch job, including failed ones.
      </p>
      <nav className="segmented segmented--text" aria-label="Source status">
        {FILTERS.map((filter) => (
          <Link
            key={filter.label}
            href={filter.status ? `/admin/sources?status=${filter.status}` : '/admin/sources'}
            className="segmented__option"
            aria-current={filter.status === status ? 'page' : undefined}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {sources.length === 0 ? <p className="empty-note">{EMPTY_NOTE[status ?? 'ALL']}</p> : null}
      <ul className="rows">
        {sources.map((source) => {
          const health = getFragmentData(SourceHealthFields, source.health);
          return (
            <li key={source.id} className="row row--top">
              <Avatar name={source.title} src={source.imageUrl} size="sm" square />
              <div className="row__main">
                <p className="row__title">
                  <Link href={`/sources/${source.id}`}>{source.title}</Link>
                  <span className={`status status--${health.status.toLowerCase()}`}>
                    {STATUS_LABEL[health.status]}
                  </span>
                </p>
                <p className="row__meta muted">
                  {KIND_LABEL[source.kind]} · {source.subscribersCount} subscribed · last fetched{' '}
                  {health.lastFetchedAt ? (
                    <TimeAgo iso={health.lastFetchedAt} />
                  ) : (
                    'never'
                  )}
                  {health.lastSuccessAt && health.status !== 'OK' ? (
                    <> · last success <TimeAgo iso={health.lastSuccessAt} /></>
                  ) : null}
                  {health.failingSince ? <> · failing since {fullDate(health.failingSince)}</> : null} ·{' '}
                  {health.status === 'GONE' ? (
                    'no longer fetched'
                  ) : (
                    <>
                      next fetch <TimeAgo iso={health.nextFetchAt} />
                    </>
                  )}
                </p>
                {health.lastError ? (
                  <p className="row__detail row__detail--error">{health.lastError}</p>
                ) : null}
                <p className="row__detail muted">{source.url}</p>
              </div>
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={busyId === source.id}
                onClick={() => void refresh(source)}
              >
                {busyId === source.id ? 'Fetching…' : 'Fetch now'}
                <span className="visually-hidden"> {source.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {list.hasMore ? (
        <LoadMoreButton isLoading={list.isLoading} onClick={() => void list.loadMore()} what="sources" />
      ) : null}
    </section>
  );
}
