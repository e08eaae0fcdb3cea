'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { SourceHealthQuery, SourceStatus } from '@/gql/graphql';
import { fullDate, KIND_LABEL, timeAgo } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '../avatar';
import { useToast } from '../toast';
import { AdminRefreshSourceMutation } from './operations';

type Source = SourceHealthQuery['subscriptions'][number]['source'];

const STATUS_LABEL: Record<SourceStatus, string> = {
  OK: 'OK',
  FAILING: 'Failing',
  GONE: 'Gone',
  PENDING: 'Not fetched yet',
};
const ORDER: Record<SourceStatus, number> = { GONE: 0, FAILING: 1, PENDING: 2, OK: 3 };

/** Sources, failing first: status, last error, last fetch and success, next fetch; fetch one now. */
export function SourceHealthTable({ initial }: { initial: Source[] }) {
  const toast = useToast();
  const [sources, setSources] = useState(() =>
    [...initial].sort(
      (a, b) => ORDER[a.health.status] - ORDER[b.health.status] || a.title.localeCompare(b.title),
    ),
  );
  const [busyId, setBusyId] = useState<string | null>(null);
  const failing = sources.filter(
    (source) => source.health.status === 'FAILING' || source.health.status === 'GONE',
  );

  const refresh = async (source: Source) => {
    setBusyId(source.id);
    try {
      const { refreshSource } = await queryBrowser(AdminRefreshSourceMutation, {
        variables: { sourceId: source.id },
      });
      setSources((list) =>
        list.map((item) => (item.id === source.id ? { ...item, health: refreshSource.health } : item)),
      );
      toast(`Fetched ${source.title}: ${STATUS_LABEL[refreshSource.health.status]}`);
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
      <p className="notice">
        The API has no administrators’ list of every source yet; this shows the sources you subscribe to. The
        queue dashboard lists every fetch job, including failed ones.
      </p>
      <p className="muted">
        {failing.length === 0
          ? 'Every source is fetching fine.'
          : `${failing.length} of ${sources.length} failing.`}
      </p>
      <ul className="rows">
        {sources.map((source) => (
          <li key={source.id} className="row row--top">
            <Avatar name={source.title} src={source.imageUrl} size="sm" square />
            <div className="row__main">
              <p className="row__title">
                <Link href={`/timeline?source=${source.id}`}>{source.title}</Link>
                <span className={`status status--${source.health.status.toLowerCase()}`}>
                  {STATUS_LABEL[source.health.status]}
                </span>
              </p>
              <p className="row__meta muted">
                {KIND_LABEL[source.kind]} · {source.subscribersCount} subscribed · last fetched{' '}
                {source.health.lastFetchedAt ? (
                  <time dateTime={source.health.lastFetchedAt} title={fullDate(source.health.lastFetchedAt)}>
                    {timeAgo(source.health.lastFetchedAt)}
                  </time>
                ) : (
                  'never'
                )}
                {source.health.lastSuccessAt && source.health.status !== 'OK' ? (
                  <> · last success {timeAgo(source.health.lastSuccessAt)}</>
                ) : null}
                {source.health.failingSince ? (
                  <> · failing since {fullDate(source.health.failingSince)}</>
                ) : null}{' '}
                · next fetch {timeAgo(source.health.nextFetchAt)}
              </p>
              {source.health.lastError ? (
                <p className="row__detail row__detail--error">{source.health.lastError}</p>
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
        ))}
      </ul>
    </section>
  );
}
