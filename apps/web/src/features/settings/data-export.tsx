'use client';

import { useEffect, useState } from 'react';
import { getFragmentData } from '@/gql';
import type { DataExportFieldsFragment } from '@/gql/graphql';
import { fullDate } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { FormError } from '@/components/form-error';
import { Icon } from '@/components/icons';
import { DataExportFields, DataExportQuery, RequestDataExportMutation } from './settings.graphql';
import { TimeAgo } from '@/components/time-ago';

type Export = DataExportFieldsFragment;

const POLL_MS = 1500;

function isRunning(item: Export): boolean {
  return item.status === 'PENDING' || item.status === 'RUNNING';
}

function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Request a full JSON archive, watch it being produced, download it (same-origin /exports/… route). */
export function DataExportPanel({ initial }: { initial: Export[] }) {
  const [exports, setExports] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [isRequesting, setRequesting] = useState(false);
  const runningIds = exports.filter(isRunning).map((item) => item.id);
  const runningKey = runningIds.join(',');

  useEffect(() => {
    if (!runningKey) return;
    let isCancelled = false;
    const timer = setInterval(() => {
      void Promise.all(
        runningKey.split(',').map(async (id) => {
          const data = await queryBrowser(DataExportQuery, { variables: { id } });
          return getFragmentData(DataExportFields, data.dataExport);
        }),
      )
        .then((fresh) => {
          if (isCancelled) return;
          setExports((list) => list.map((item) => fresh.find((next) => next.id === item.id) ?? item));
        })
        .catch((caught: unknown) => {
          if (!isCancelled) setError(messageFor(caught));
        });
    }, POLL_MS);
    return () => {
      isCancelled = true;
      clearInterval(timer);
    };
  }, [runningKey]);

  const request = async () => {
    setRequesting(true);
    setError(null);
    try {
      const data = await queryBrowser(RequestDataExportMutation);
      const created = getFragmentData(DataExportFields, data.requestDataExport);
      setExports((list) => [created, ...list.filter((item) => item.id !== created.id)]);
    } catch (caught) {
      setError(
        messageFor(caught, {
          RATE_LIMITED: 'You asked for an export a moment ago. Wait a little and try again.',
        }),
      );
    } finally {
      setRequesting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title" className="section-title">
        Download your data
      </h2>
      <p className="muted">
        One JSON file with everything you made or chose here: your profile, subscriptions and folders,
        follows, comments, shares, stars, read state, claims and invites. It is yours to keep or take
        elsewhere.
      </p>
      <FormError message={error} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={isRequesting || runningIds.length > 0}
          onClick={() => void request()}
        >
          {isRequesting ? 'Starting…' : 'Prepare a new export'}
        </button>
      </div>
      <h3 className="subsection-title">Your exports</h3>
      {exports.length === 0 ? (
        <p className="muted">You have not exported your data yet.</p>
      ) : (
        <ul className="rows" aria-live="polite">
          {exports.map((item) => (
            <li key={item.id} className="row">
              <div className="row__main">
                <p className="row__title">
                  Export of <time dateTime={item.createdAt}>{fullDate(item.createdAt)}</time>
                </p>
                <p className="row__meta muted">
                  {item.status === 'COMPLETED' ? (
                    <>
                      Ready{item.sizeBytes ? <> · {formatBytes(item.sizeBytes)}</> : null}
                      {item.expiresAt ? <> · available until {fullDate(item.expiresAt)}</> : null}
                    </>
                  ) : item.status === 'FAILED' ? (
                    <>Failed: {item.error ?? 'an unexpected error'}. Prepare a new one.</>
                  ) : (
                    <>
                      <span className="spinner spinner--inline" aria-hidden="true" /> Being prepared (started{' '}
                      <TimeAgo iso={item.createdAt} />)…
                    </>
                  )}
                </p>
              </div>
              {item.status === 'COMPLETED' && item.downloadUrl ? (
                <a href={item.downloadUrl} className="button button--quiet button--small" download>
                  <Icon name="download" size={16} />
                  Download<span className="visually-hidden"> the export of {fullDate(item.createdAt)}</span>
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
