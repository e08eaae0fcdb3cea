'use client';

import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { subscribeLive } from '@/lib/graphql/live';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { countNew, fetchPage, prependFresh, type TimelineSource } from './timeline-entries';
import { TimelineUpdatesSubscription } from './timeline.graphql';

/** How often the top of the timeline is checked anyway, for arrivals the live stream missed. */
const POLL_MS = 20_000;
/** A check that has not answered by then is dropped, so one stuck request cannot stall later checks. */
const CHECK_TIMEOUT_MS = 15_000;
/** How many of the newest are fetched per check; more new than that reads "30+". */
export const FRESH_PAGE_SIZE = 30;

/**
 * Live arrivals, held back: the live stream (and a slow poll, and coming back to the tab) prompts a
 * check of the first page; what is new is counted for a banner, and shown only when asked (`showNew`),
 * so the reading position never moves by itself.
 */
export function useLiveArrivals({
  source,
  isLive,
  entriesRef,
  setEntries,
  onShow,
}: {
  source: TimelineSource;
  isLive: boolean;
  entriesRef: RefObject<EntryCard[]>;
  setEntries: Dispatch<SetStateAction<EntryCard[]>>;
  /** After the new entries were put on top. */
  onShow: () => void;
}): { freshCount: number; showNew: () => void } {
  const [fresh, setFresh] = useState<{ count: number; entries: EntryCard[] }>({ count: 0, entries: [] });
  const checking = useRef(false);
  // An arrival announced while a check is in flight may be newer than that check's page: check again.
  const checkAgain = useRef(false);

  const checkNew = useCallback(async () => {
    if (checking.current) {
      checkAgain.current = true;
      return;
    }
    checking.current = true;
    try {
      do {
        checkAgain.current = false;
        try {
          const page = await fetchPage(source, null, FRESH_PAGE_SIZE, AbortSignal.timeout(CHECK_TIMEOUT_MS));
          const count = countNew(entriesRef.current, page.entries);
          setFresh({ count, entries: page.entries });
        } catch {
          // the next check will try again
        }
      } while (checkAgain.current);
    } finally {
      checking.current = false;
    }
  }, [source, entriesRef]);

  useEffect(() => {
    if (!isLive) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void checkNew(), 400);
    };
    // After every (re)connection, catch up on what arrived while the stream was not there.
    const stop = subscribeLive(TimelineUpdatesSubscription, { onData: soon, onConnected: soon });
    const poll = setInterval(() => {
      if (document.visibilityState === 'visible') void checkNew();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') soon();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      clearTimeout(timer);
      clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [isLive, checkNew]);

  const showNew = useCallback(() => {
    setEntries((list) => prependFresh(list, fresh.entries));
    setFresh({ count: 0, entries: [] });
    onShow();
    window.scrollTo({ top: 0 });
  }, [fresh, setEntries, onShow]);

  return { freshCount: fresh.count, showNew };
}
