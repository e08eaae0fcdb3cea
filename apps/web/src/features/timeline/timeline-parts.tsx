'use client';

// The timeline's presentational parts: no state of their own, everything through props.
import type { RefObject } from 'react';
import { Icon } from '@/components/icons';
import { plural } from '@/lib/format';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { EntryCardView, type CardHandlers, type CardVariant } from './entry-card';
import { keyOf } from './timeline-entries';
import { FRESH_PAGE_SIZE } from './use-live-arrivals';

export type TimelineLayout = 'mixed' | 'articles' | 'social' | 'grid' | 'media';

export function variantOf(layout: TimelineLayout, entry: EntryCard): CardVariant {
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

/** "3 new posts", announced politely; empty (but present, for screen readers) when there are none. */
export function NewBanner({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="new-banner" role="status" aria-live="polite">
      {count > 0 ? (
        <button type="button" className="new-banner__button" onClick={onShow}>
          <Icon name="up" size={16} />
          {count >= FRESH_PAGE_SIZE ? `${FRESH_PAGE_SIZE}+ new posts` : plural(count, 'new post')}
          <span className="visually-hidden"> — show them (n)</span>
        </button>
      ) : null}
    </div>
  );
}

export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    <div className="timeline__tools">
      <button type="button" className="button button--quiet button--small" onClick={onClick}>
        <Icon name="keyboard" size={16} />
        Shortcuts <kbd>?</kbd>
      </button>
    </div>
  );
}

export function FeedList({
  entries,
  layout,
  label,
  focusIndex,
  openId,
  handlers,
  registerItem,
  onFocusItem,
}: {
  entries: EntryCard[];
  layout: TimelineLayout;
  label: string;
  focusIndex: number | null;
  /** The entry open in the reader panel. */
  openId: string | null;
  handlers: CardHandlers;
  registerItem: (key: string, element: HTMLElement | null) => void;
  onFocusItem: (index: number) => void;
}) {
  const isGrid = layout === 'grid';
  return (
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
              className={`entry entry--${variant}${entry.viewerHasRead ? ' entry--read' : ''}${openId === entry.id ? ' entry--open' : ''}`}
              onFocus={(event) => {
                if (event.target === event.currentTarget || focusIndex !== index) onFocusItem(index);
              }}
            >
              <EntryCardView entry={entry} variant={variant} handlers={handlers} titleId={titleId} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}

/** Below the list: the sentinel that loads the next page, and what paging has to say. */
export function TimelineEnd({
  sentinelRef,
  isLoadingMore,
  loadError,
  isCaughtUp,
  onRetry,
}: {
  sentinelRef: RefObject<HTMLDivElement | null>;
  isLoadingMore: boolean;
  loadError: string | null;
  isCaughtUp: boolean;
  onRetry: () => void;
}) {
  return (
    <div ref={sentinelRef} className="timeline__end">
      {isLoadingMore ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading more…
        </p>
      ) : loadError ? (
        <p className="form__error" role="alert">
          {loadError}{' '}
          <button type="button" className="button button--quiet button--small" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : isCaughtUp ? (
        <p className="muted">You are all caught up.</p>
      ) : null}
    </div>
  );
}
