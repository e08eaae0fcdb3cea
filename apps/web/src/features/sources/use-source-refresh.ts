'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { getFragmentData } from '@/gql';
import type { SourceHealthFieldsFragment } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { describeFetchResult } from './fetch-result';
import { RefreshSourceMutation, SourceFetchStatusQuery, SourceHealthFields } from './sources.graphql';

/** How often the result is asked for while a refresh runs, and for how long at most. */
const POLL_MS = 800;
const GIVE_UP_MS = 45_000;

export type RefreshState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; tone: 'ok' | 'error'; message: string; health: SourceHealthFieldsFragment }
  | { phase: 'failed'; message: string };

/**
 * "Refresh" of a source: asks the API for a fetch now, then follows it (polling the source's health
 * until its last fetch time moves) and says what it found. `onDone` runs once with the fresh health.
 */
export function useSourceRefresh(sourceId: string, onDone?: (state: RefreshState) => void) {
  const [state, setState] = useState<RefreshState>({ phase: 'idle' });
  const cancelled = useRef(false);
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);

  const refresh = useCallback(async () => {
    setState({ phase: 'running' });
    const finish = (next: RefreshState) => {
      if (cancelled.current) return;
      setState(next);
      onDone?.(next);
    };
    try {
      const { refreshSource } = await queryBrowser(RefreshSourceMutation, { variables: { sourceId } });
      const before = getFragmentData(SourceHealthFields, refreshSource.health).lastFetchedAt;
      const deadline = Date.now() + GIVE_UP_MS;
      while (!cancelled.current && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const { source } = await queryBrowser(SourceFetchStatusQuery, { variables: { id: sourceId } });
        const health = getFragmentData(SourceHealthFields, source.health);
        if (health.lastFetchedAt && health.lastFetchedAt !== before) {
          finish({ phase: 'done', health, ...describeFetchResult(health) });
          return;
        }
      }
      finish({ phase: 'failed', message: 'The fetch is taking long; its result will show here later.' });
    } catch (error) {
      finish({
        phase: 'failed',
        message: messageFor(error, {
          RATE_LIMITED: 'This source was refreshed moments ago. Try again in a minute.',
        }),
      });
    }
  }, [sourceId, onDone]);

  return { state, refresh };
}
