'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { TimelineFilter } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { subscribeLive } from '@/lib/graphql/live';
import { plural } from '@/lib/format';
import {
  StarredQuery,
  TimelineQuery,
  TimelineUpdatesSubscription,
  unmaskEntryPage,
  type EntryCard,
} from '@/lib/queries';
import { messageFor } from '@/lib/ui-errors';
import { ShareDialog } from '../entry/share-dialog';
import { setRead, setStarred } from '../entry/entry-actions';
import { EntryPanel } from '../entry/entry-panel';
import { Icon } from '../icons';
import { useToast } from '../toast';
import { EntryCardView, type CardHandlers, type CardVariant } from './entry-card';
import { HelpDialog } from './help-dialog';
import { Lightbox, picturesOf } from './lightbox';

export type TimelineLayout = 'mixed' | 'articles' | 'social' | 'grid' | 'media';
export type TimelineSource = { kind: 'timeline'; filter: TimelineFilter } | { kind: 'starred' };

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

const PAGE_SIZE = 20;
/** How often the top of the timeline is checked anyway, for arrivals the live stream missed. */
const POLL_MS = 20_000;
/** A check that has not answered by then is dropped, so one stuck request cannot stall later checks. */
const CHECK_TIMEOUT_MS = 15_000;
/** Wide enough to read in a panel beside the list. */
const PANEL_QUERY = '(min-width: 80rem)';

export function keyOf(entry: EntryCard): string {
  return `${entry.id}:${entry.sharedBy?.id ?? ''}`;
}

/** Appends a page, dropping anything already shown (keyset pages never overlap, but shares may repeat). */
export function mergeEntries(current: EntryCard[], page: EntryCard[]): EntryCard[] {
  const seen = new Set(current.map(keyOf));
  return [...current, ...page.filter((entry) => !seen.has(keyOf(entry)))];
}

/** New items at the top of a fresh first page: those before the first one already shown. */
export function countNew(current: EntryCard[], fresh: EntryCard[]): number {
  const seen = new Set(current.map(keyOf));
  let count = 0;
  for (const entry of fresh) {
    if (seen.has(keyOf(entry))) break;
    count += 1;
  }
  return current.length === 0 ? fresh.length : count;
}

function variantOf(layout: TimelineLayout, entry: EntryCard): CardVariant {
  switch (layout) {
    case 'grid':
      return 'tile';
    case 'articles':
      return 'article';
    case 'social':
      return 'social';
    case 'media':
      return 'media';
    case 'mixed':
      return entry.kind === 'ARTICLE' ? 'article' : 'social';
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('dialog[open]')
  );
}

async function fetchPage(source: TimelineSource, after: string | null | undefined, first = PAGE_SIZE, signal?: AbortSignal) {
  if (source.kind === 'starred') {
    const data = await queryBrowser(StarredQuery, { variables: { first, after: after ?? null }, signal });
    return unmaskEntryPage(data.starred);
  }
  const data = await queryBrowser(TimelineQuery, {
    variables: { first, after: after ?? null, filter: source.filter },
    signal,
  });
  return unmaskEntryPage(data.timeline);
}

/**
 * The reading surface: a keyset-paged, infinitely scrolling list with keyboard navigation, live
 * arrivals held in a banner (the reading position never moves by itself), mark-as-read on scroll,
 * a picture lightbox and, on wide screens, a reader panel beside the list.
 */
export function Timeline({
  initialEntries,
  initialPageInfo,
  source,
  layout,
  label,
  empty,
  isLive = true,
  marksReadOnScroll = true,
}: {
  initialEntries: EntryCard[];
  initialPageInfo: PageInfo;
  source: TimelineSource;
  layout: TimelineLayout;
  label: string;
  empty: ReactNode;
  isLive?: boolean;
  marksReadOnScroll?: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [entries, setEntries] = useState(initialEntries);
  const [pageInfo, setPageInfo] = useState(initialPageInfo);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [fresh, setFresh] = useState<{ count: number; entries: EntryCard[] }>({ count: 0, entries: [] });
  const [panelId, setPanelId] = useState<string | null>(null);
  const [shareTarget, setShareTarget] = useState<EntryCard | null>(null);
  const [lightbox, setLightbox] = useState<number | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);

  const entriesRef = useRef(entries);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  const sentinel = useRef<HTMLDivElement>(null);
  const sourceKey = JSON.stringify(source);
  const stableSource = useMemo(() => JSON.parse(sourceKey) as TimelineSource, [sourceKey]);
  useEffect(() => {
    entriesRef.current = entries;
  }, [entries]);

  const patch = useCallback((id: string, change: Partial<EntryCard>) => {
    setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
  }, []);

  // ---- paging -------------------------------------------------------------------------------
  const loadMore = useCallback(async () => {
    if (isLoadingMore || !pageInfo.hasNextPage) return;
    setLoadingMore(true);
    setLoadError(null);
    try {
      const page = await fetchPage(stableSource, pageInfo.endCursor);
      setEntries((list) => mergeEntries(list, page.entries));
      setPageInfo(page.pageInfo);
    } catch (error) {
      setLoadError(messageFor(error));
    } finally {
      setLoadingMore(false);
    }
  }, [isLoadingMore, pageInfo, stableSource]);

  useEffect(() => {
    const element = sentinel.current;
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

  // ---- live arrivals --------------------------------------------------------------------------
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
          const page = await fetchPage(stableSource, null, 30, AbortSignal.timeout(CHECK_TIMEOUT_MS));
          const count = countNew(entriesRef.current, page.entries);
          setFresh({ count, entries: page.entries });
        } catch {
          // the next check will try again
        }
      } while (checkAgain.current);
    } finally {
      checking.current = false;
    }
  }, [stableSource]);

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
    setEntries((list) => {
      const keep = new Set(fresh.entries.map(keyOf));
      return [...fresh.entries, ...list.filter((entry) => !keep.has(keyOf(entry)))];
    });
    setFresh({ count: 0, entries: [] });
    setFocusIndex(0);
    window.scrollTo({ top: 0 });
  }, [fresh]);

  // ---- mark as read on scroll -------------------------------------------------------------------
  const readQueue = useRef(new Set<string>());
  const flushRead = useCallback(async () => {
    const ids = [...readQueue.current];
    readQueue.current.clear();
    if (ids.length === 0) return;
    setEntries((list) =>
      list.map((entry) => (ids.includes(entry.id) ? { ...entry, viewerHasRead: true } : entry)),
    );
    try {
      await setRead(ids, true);
    } catch {
      // Read state is a convenience: a failed batch is simply not kept.
    }
  }, []);

  const observerRef = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (!marksReadOnScroll) return;
    const observer = new IntersectionObserver(
      (records) => {
        for (const record of records) {
          const element = record.target as HTMLElement;
          const id = element.dataset.entryId;
          const isUnread = element.dataset.read === 'false';
          // Scrolled past the top: its bottom went above the viewport.
          if (
            id &&
            isUnread &&
            !record.isIntersecting &&
            record.boundingClientRect.bottom < (record.rootBounds?.top ?? 0) + 80
          ) {
            readQueue.current.add(id);
          }
        }
      },
      { rootMargin: '-64px 0px 0px 0px' },
    );
    observerRef.current = observer;
    for (const element of itemRefs.current.values()) observer.observe(element);
    const timer = setInterval(() => void flushRead(), 1500);
    return () => {
      observer.disconnect();
      observerRef.current = null;
      clearInterval(timer);
      void flushRead();
    };
  }, [marksReadOnScroll, flushRead]);

  const registerItem = useCallback((key: string, element: HTMLElement | null) => {
    const previous = itemRefs.current.get(key);
    if (previous && previous !== element) observerRef.current?.unobserve(previous);
    if (element) {
      itemRefs.current.set(key, element);
      observerRef.current?.observe(element);
    } else {
      itemRefs.current.delete(key);
    }
  }, []);

  // ---- actions ------------------------------------------------------------------------------
  const toggleStar = useCallback(
    async (entry: EntryCard) => {
      const next = !entry.viewerHasStarred;
      patch(entry.id, { viewerHasStarred: next });
      try {
        await setStarred(entry.id, next);
        toast(next ? 'Starred' : 'Removed from starred');
      } catch (error) {
        patch(entry.id, { viewerHasStarred: !next });
        toast(messageFor(error), 'error');
      }
    },
    [patch, toast],
  );

  const toggleRead = useCallback(
    async (entry: EntryCard) => {
      const next = !entry.viewerHasRead;
      readQueue.current.delete(entry.id);
      patch(entry.id, { viewerHasRead: next });
      try {
        await setRead([entry.id], next);
        toast(next ? 'Marked read' : 'Marked unread');
      } catch (error) {
        patch(entry.id, { viewerHasRead: !next });
        toast(messageFor(error), 'error');
      }
    },
    [patch, toast],
  );

  const open = useCallback(
    (entry: EntryCard, event?: MouseEvent) => {
      if (event && (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)) return;
      if (window.matchMedia(PANEL_QUERY).matches) {
        event?.preventDefault();
        setPanelId(entry.id);
        if (!entry.viewerHasRead) patch(entry.id, { viewerHasRead: true });
      } else if (!event) {
        router.push(`/entries/${entry.id}`);
      }
    },
    [patch, router],
  );

  const pictures = useMemo(
    () => (layout === 'grid' || layout === 'social' || layout === 'mixed' ? picturesOf(entries) : []),
    [entries, layout],
  );
  const showImage = useCallback(
    (entry: EntryCard, index: number) => {
      const position = pictures.findIndex((picture) => picture.entry === entry && picture.index === index);
      if (position >= 0) setLightbox(position);
    },
    [pictures],
  );

  const handlers: CardHandlers = useMemo(
    () => ({
      onOpen: (entry, event) => open(entry, event),
      onToggleStar: (entry) => void toggleStar(entry),
      onToggleRead: (entry) => void toggleRead(entry),
      onShare: (entry) => setShareTarget(entry),
      onShowImage: showImage,
    }),
    [open, toggleStar, toggleRead, showImage],
  );

  // ---- keyboard -----------------------------------------------------------------------------
  const focusItem = useCallback((index: number) => {
    const entry = entriesRef.current[index];
    if (!entry) return;
    setFocusIndex(index);
    const element = itemRefs.current.get(keyOf(entry));
    if (element) {
      element.focus({ preventScroll: true });
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const list = entriesRef.current;
      const current = focusIndex === null ? undefined : list[focusIndex];
      switch (event.key) {
        case 'j': {
          event.preventDefault();
          const next = focusIndex === null ? 0 : Math.min(focusIndex + 1, list.length - 1);
          focusItem(next);
          if (panelId && list[next]) setPanelId(list[next].id);
          if (next >= list.length - 3) void loadMore();
          break;
        }
        case 'k': {
          event.preventDefault();
          const previous = focusIndex === null ? 0 : Math.max(focusIndex - 1, 0);
          focusItem(previous);
          if (panelId && list[previous]) setPanelId(list[previous].id);
          break;
        }
        case 'o':
        case 'Enter':
          if (current && (event.key === 'o' || (event.target as HTMLElement).dataset.entryId)) {
            event.preventDefault();
            open(current);
          }
          break;
        case 'm':
          if (current) void toggleRead(current);
          break;
        case 's':
          if (current) void toggleStar(current);
          break;
        case 'S':
          if (current) setShareTarget(current);
          break;
        case 'n':
          if (fresh.count > 0) showNew();
          break;
        case '?':
          event.preventDefault();
          setHelpOpen(true);
          break;
        case 'Escape':
          if (panelId) {
            setPanelId(null);
            if (focusIndex !== null) focusItem(focusIndex);
          }
          break;
        default:
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusIndex, panelId, fresh.count, focusItem, open, toggleRead, toggleStar, showNew, loadMore]);

  const isGrid = layout === 'grid';
  return (
    <div className={`timeline${panelId ? ' timeline--with-panel' : ''}`}>
      <div className="timeline__list">
        <div className="new-banner" role="status" aria-live="polite">
          {fresh.count > 0 ? (
            <button type="button" className="new-banner__button" onClick={showNew}>
              <Icon name="up" size={16} />
              {fresh.count >= 30 ? '30+ new posts' : plural(fresh.count, 'new post')}
              <span className="visually-hidden"> — show them (n)</span>
            </button>
          ) : null}
        </div>
        <div className="timeline__tools">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setHelpOpen(true)}
          >
            <Icon name="keyboard" size={16} />
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
        {entries.length === 0 ? (
          empty
        ) : (
          <ol className={`feed feed--${layout}`} aria-label={label}>
            {entries.map((entry, index) => {
              const key = keyOf(entry);
              const variant = variantOf(layout, entry);
              const titleId = `entry-${index}-title`;
              return (
                <li key={key} className={isGrid ? 'feed__cell' : 'feed__item'}>
                  <article
                    ref={(element) => registerItem(key, element)}
                    tabIndex={-1}
                    data-entry-id={entry.id}
                    data-read={entry.viewerHasRead}
                    aria-labelledby={titleId}
                    aria-current={focusIndex === index ? 'true' : undefined}
                    className={`entry entry--${variant}${entry.viewerHasRead ? ' entry--read' : ''}${panelId === entry.id ? ' entry--open' : ''}`}
                    onFocus={(event) => {
                      if (event.target === event.currentTarget || focusIndex !== index) setFocusIndex(index);
                    }}
                  >
                    <EntryCardView entry={entry} variant={variant} handlers={handlers} titleId={titleId} />
                  </article>
                </li>
              );
            })}
          </ol>
        )}
        <div ref={sentinel} className="timeline__end">
          {isLoadingMore ? (
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" /> Loading more…
            </p>
          ) : loadError ? (
            <p className="form__error" role="alert">
              {loadError}{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => void loadMore()}
              >
                Try again
              </button>
            </p>
          ) : entries.length > 0 && !pageInfo.hasNextPage ? (
            <p className="muted">You are all caught up.</p>
          ) : null}
        </div>
      </div>
      {panelId ? (
        <EntryPanel
          id={panelId}
          onClose={() => setPanelId(null)}
          onChange={(change) => patch(panelId, change)}
        />
      ) : null}
      <ShareDialog
        entry={shareTarget}
        onClose={() => setShareTarget(null)}
        onChange={(id, shared) => {
          patch(id, { viewerHasShared: shared });
          toast(shared ? 'Shared with your followers' : 'Share removed');
        }}
      />
      <Lightbox
        pictures={pictures}
        position={lightbox}
        onMove={setLightbox}
        onClose={() => setLightbox(null)}
      />
      <HelpDialog open={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
