'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { type RefreshState, useSourceRefresh } from './use-source-refresh';
import './sources.css';

/** The source page's "Refresh": fetches now, says "Refreshing…", then what the fetch found. */
export function SourceRefresh({ sourceId, title }: { sourceId: string; title: string }) {
  const router = useRouter();
  // New posts and the new schedule are on the server-rendered page: re-render it.
  const onDone = useCallback((state: RefreshState) => state.phase === 'done' && router.refresh(), [router]);
  const { state, refresh } = useSourceRefresh(sourceId, onDone);
  const isRunning = state.phase === 'running';
  return (
    <div className="source-refresh">
      <button
        type="button"
        className="button button--quiet button--small"
        aria-busy={isRunning}
        disabled={isRunning}
        onClick={() => void refresh()}
      >
        {isRunning ? 'Refreshing…' : 'Refresh'}
        <span className="visually-hidden"> {title}</span>
      </button>
      <p className="source-refresh__status muted" role="status">
        {state.phase === 'running' ? 'Fetching it now…' : null}
        {state.phase === 'done' ? (
          <span className={state.tone === 'error' ? 'row__detail--error' : undefined}>{state.message}</span>
        ) : null}
        {state.phase === 'failed' ? <span className="row__detail--error">{state.message}</span> : null}
      </p>
    </div>
  );
}
