'use client';

import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { messageFor } from '@/lib/ui-errors';
import { fetchPage, mergeEntries, type PageInfo, type TimelineSource } from './timeline-entries';

export interface TimelinePages {
  entries: EntryCard[];
  setEntries: Dispatch<SetStateAction<EntryCard[]>>;
  /** The entries as of the last render, for event handlers that must not re-subscribe on every change. */
  entriesRef: RefObject<EntryCard[]>;
  pageInfo: PageInfo;
  isLoadingMore: boolean;
  loadError: string | null;
  loadMore: () => Promise<void>;
  /** Changes one entry everywhere it is shown (optimistic updates). */
  patch: (id: string, change: Partial<EntryCard>) => void;
  /** Put on the element below the list: reaching it loads the next page. */
  sentinelRef: RefObject<HTMLDivElement | null>;
}

/** The keyset-paged list: the server's first page, then the next ones as the reader nears the end. */
export function useTimelinePages({
  initialEntries,
  initialPageInfo,
  source,
}: {
  initialEntries: EntryCard[];
  initialPageInfo: PageInfo;
  source: TimelineSource;
}): TimelinePages {
  const [entries, setEntries] = useState(initialEntries);
  const [pageInfo, setPageInfo] = useState(initialPageInfo);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const entriesRef = useRef(entries);
  const sentinelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    entriesRef.current = entries;
  }, [entries]);

  const patch = useCallback((id: string, change: Partial<EntryCard>) => {
    setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  }, []);

  const loadMore = useCallback(async () => {
    if (isLoadingMore || !pageInfo.hasNextPage) return;
    setLoadingMore(true);
    setLoadError(null);
    try {
      const page = await fetchPage(source, pageInfo.endCursor);
      setEntries((list) => mergeEntries(list, page.entries));
      setPageInfo(page.pageInfo);
    } catch (error) {
      setLoadError(messageFor(error));
    } finally {
      setLoadingMore(false);
    }
  }, [isLoadingMore, pageInfo, source]);

  useEffect(() => {
    const element = sentinelRef.current;
    if (!element || !pageInfo.hasNextPage || loadError) return;
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) void loadMore();
      },
      { rootMargin: '1200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [loadMore, pageInfo.hasNextPage, loadError]);

  return { entries, setEntries, entriesRef, pageInfo, isLoadingMore, loadError, loadMore, patch, sentinelRef };
}
