'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { EntryPanel } from '@/features/reader/entry-panel';
import { ShareDialog } from '@/features/entries/share-dialog';
import { useToast } from '@/components/toast';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { type CardHandlers } from './entry-card';
import { HelpDialog } from './help-dialog';
import { Lightbox, picturesOf } from './lightbox';
import { FeedList, NewBanner, ShortcutsButton, TimelineEnd, type TimelineLayout } from './timeline-parts';
import { type PageInfo, type TimelineSource } from './timeline-entries';
import { useEntryToggles } from './use-entry-toggles';
import { useKeyboardNav, type KeyboardActions } from './use-keyboard-nav';
import { useLiveArrivals } from './use-live-arrivals';
import { useReadOnScroll } from './use-read-on-scroll';
import { useTimelinePages } from './use-timeline-pages';

export type { TimelineLayout } from './timeline-parts';
export type { TimelineSource } from './timeline-entries';

/** Wide enough to read in a panel beside the list. */
const PANEL_QUERY = '(min-width: 80rem)';

/**
 * The reading surface: a keyset-paged, infinitely scrolling list (useTimelinePages) with keyboard
 * navigation (useKeyboardNav), live arrivals held in a banner so the reading position never moves by
 * itself (useLiveArrivals), mark-as-read on scroll (useReadOnScroll), a picture lightbox and, on wide
 * screens, a reader panel beside the list.
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
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [shareTarget, setShareTarget] = useState<EntryCard | null>(null);
  const [lightbox, setLightbox] = useState<number | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);

  // The same filter in a new object (a server re-render) is the same source: no refetch, no new stream.
  const sourceKey = JSON.stringify(source);
  const stableSource = useMemo(() => JSON.parse(sourceKey) as TimelineSource, [sourceKey]);

  const pages = useTimelinePages({ initialEntries, initialPageInfo, source: stableSource });
  const { entries, setEntries, entriesRef, patch, loadMore } = pages;

  const focusFirst = useCallback(() => setFocusIndex(0), []);
  const arrivals = useLiveArrivals({ source: stableSource, isLive, entriesRef, setEntries, onShow: focusFirst });

  const markListedRead = useCallback(
    (ids: string[]) =>
      setEntries((list) => list.map((entry) => (ids.includes(entry.id) ? { ...entry, viewerHasRead: true } : entry))),
    [setEntries],
  );
  const scrollRead = useReadOnScroll({ isEnabled: marksReadOnScroll, onRead: markListedRead });
  const { toggleStar, toggleRead } = useEntryToggles({ patch, onReadSet: scrollRead.unqueue });

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

  const keyActions: KeyboardActions = useMemo(
    () => ({
      open: (entry) => open(entry),
      toggleRead: (entry) => void toggleRead(entry),
      toggleStar: (entry) => void toggleStar(entry),
      share: setShareTarget,
      showNew: arrivals.showNew,
      showHelp: () => setHelpOpen(true),
      loadMore: () => void loadMore(),
    }),
    [open, toggleRead, toggleStar, arrivals.showNew, loadMore],
  );
  useKeyboardNav({
    entriesRef,
    elementOf: scrollRead.elementOf,
    focusIndex,
    setFocusIndex,
    panelId,
    setPanelId,
    hasFresh: arrivals.freshCount > 0,
    actions: keyActions,
  });

  return (
    <div className={`timeline${panelId ? ' timeline--with-panel' : ''}`}>
      <div className="timeline__list">
        <NewBanner count={arrivals.freshCount} onShow={arrivals.showNew} />
        <ShortcutsButton onClick={() => setHelpOpen(true)} />
        {entries.length === 0 ? (
          empty
        ) : (
          <FeedList
            entries={entries}
            layout={layout}
            label={label}
            focusIndex={focusIndex}
            openId={panelId}
            handlers={handlers}
            registerItem={scrollRead.registerItem}
            onFocusItem={setFocusIndex}
          />
        )}
        <TimelineEnd
          sentinelRef={pages.sentinelRef}
          isLoadingMore={pages.isLoadingMore}
          loadError={pages.loadError}
          isCaughtUp={entries.length > 0 && !pages.pageInfo.hasNextPage}
          onRetry={() => void loadMore()}
        />
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
