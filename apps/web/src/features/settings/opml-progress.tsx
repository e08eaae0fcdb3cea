'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ImportItemStatus, OpmlImportQuery } from '@/gql/graphql';
import { plural } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { FormError } from '@/components/form-error';
import { Icon } from '@/components/icons';
import { OpmlImportQuery as ImportQuery } from './settings.graphql';
import './settings.css';

type Import = OpmlImportQuery['opmlImport'];
type Item = Import['items']['edges'][number]['node'];

const POLL_MS = 1000;

const STATUS_LABEL: Record<ImportItemStatus, string> = {
  SUBSCRIBED: 'Subscribed',
  ALREADY_SUBSCRIBED: 'Already there',
  FAILED: 'Failed',
  PENDING: 'Waiting',
  SKIPPED: 'Not added (daily limit)',
};

const STATUS_CLASS: Record<ImportItemStatus, string> = {
  SUBSCRIBED: 'result--ok',
  ALREADY_SUBSCRIBED: 'result--same',
  FAILED: 'result--failed',
  PENDING: 'result--pending',
  SKIPPED: 'result--pending',
};

function isImportFinished(status: Import['status']): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}

/** Every item of an import (the API pages them 100 at a time). */
async function loadAll(id: string): Promise<{ run: Import; items: Item[] }> {
  const first = (await queryBrowser(ImportQuery, { variables: { id, after: null } })).opmlImport;
  const items = first.items.edges.map((edge) => edge.node);
  let pageInfo = first.items.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const page = (await queryBrowser(ImportQuery, { variables: { id, after: pageInfo.endCursor } }))
      .opmlImport;
    items.push(...page.items.edges.map((edge) => edge.node));
    pageInfo = page.items.pageInfo;
  }
  return { run: first, items };
}

/** Progress of an OPML import, polled until it finishes: counts, then one line per feed. */
export function OpmlProgress({ initial }: { initial: Import }) {
  const [run, setRun] = useState(initial);
  const [items, setItems] = useState<Item[]>(initial.items.edges.map((edge) => edge.node));
  const [error, setError] = useState<string | null>(null);
  const isFinished = isImportFinished(run.status);

  useEffect(() => {
    if (isFinished) {
      if (!initial.items.pageInfo.hasNextPage) return;
    }
    let isCancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const next = await loadAll(run.id);
        if (isCancelled) return;
        setRun(next.run);
        setItems(next.items);
        setError(null);
        if (!isImportFinished(next.run.status)) timer = setTimeout(() => void tick(), POLL_MS);
      } catch (caught) {
        if (isCancelled) return;
        setError(messageFor(caught));
        timer = setTimeout(() => void tick(), POLL_MS * 3);
      }
    };
    timer = setTimeout(() => void tick(), isFinished ? 0 : POLL_MS);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
    // Poll once per mount; the loop stops by itself when the import finishes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run.id]);

  const summary = isFinished
    ? run.status === 'FAILED'
      ? `The import stopped: ${run.error ?? 'an unexpected error'}.`
      : `Import finished: ${plural(run.subscribed, 'new subscription')}, ${run.alreadySubscribed} already there, ${run.failed} failed.${
          run.skippedForLimit > 0
            ? ` ${run.skippedForLimit} not added: you reached the daily limit of feeds new to Tributary; import the file again tomorrow to add them.`
            : ''
        }`
    : `Importing… ${run.done} of ${run.total} done.`;

  return (
    <section className="card" aria-labelledby="import-progress-title">
      <div className="section-head">
        <h2 id="import-progress-title" className="section-title">
          OPML import
        </h2>
        <Link href="/settings/opml" className="button button--quiet button--small">
          Import another file
        </Link>
      </div>
      <p className="import-summary" role="status" aria-live="polite">
        {isFinished ? (
          <Icon name={run.status === 'FAILED' ? 'alert' : 'check'} size={18} />
        ) : (
          <span className="spinner" aria-hidden="true" />
        )}
        {summary}
      </p>
      <progress
        className="meter"
        max={Math.max(run.total, 1)}
        value={isFinished ? Math.max(run.total, 1) : run.done}
        aria-label="Import progress"
      >
        {run.done} of {run.total}
      </progress>
      <dl className="counts">
        <div className="counts__item">
          <dt>Feeds in the file</dt>
          <dd>{run.total}</dd>
        </div>
        <div className="counts__item counts__item--ok">
          <dt>Subscribed</dt>
          <dd>{run.subscribed}</dd>
        </div>
        <div className="counts__item">
          <dt>Already there</dt>
          <dd>{run.alreadySubscribed}</dd>
        </div>
        <div className="counts__item counts__item--failed">
          <dt>Failed</dt>
          <dd>{run.failed}</dd>
        </div>
        {run.duplicates > 0 ? (
          <div className="counts__item">
            <dt>Duplicates in the file</dt>
            <dd>{run.duplicates}</dd>
          </div>
        ) : null}
      </dl>
      <FormError message={error} />
      {items.length > 0 ? (
        <ol className="results" aria-label="Feeds in the file">
          {items.map((item) => (
            <li key={item.id} className={`result ${STATUS_CLASS[item.status]}`}>
              <span className="result__status">{STATUS_LABEL[item.status]}</span>
              <span className="result__what">
                <span className="result__title">
                  {item.sourceId && item.status !== 'FAILED' ? (
                    <Link href={`/timeline?source=${item.sourceId}`}>{item.title || item.url}</Link>
                  ) : (
                    item.title || item.url
                  )}
                  {item.folder ? <span className="badge">{item.folder}</span> : null}
                </span>
                <span className="result__url muted">{item.url}</span>
                {item.error ? <span className="result__why">{item.error}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {run.skipped.length > 0 ? (
        <details className="skipped">
          <summary>{plural(run.skipped.length, 'outline')} not imported</summary>
          <ul>
            {run.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
