'use client';

import { useCallback, useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { keyOf } from './timeline-entries';

/** What the keys do to the focused entry (or the list). */
export interface KeyboardActions {
  open: (entry: EntryCard) => void;
  toggleRead: (entry: EntryCard) => void;
  toggleStar: (entry: EntryCard) => void;
  share: (entry: EntryCard) => void;
  showNew: () => void;
  showHelp: () => void;
  loadMore: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('dialog[open]')
  );
}

/**
 * j/k move the focus through the entries (the reader panel follows when open), o/Enter open, m read,
 * s star, S share, n show new arrivals, ? the shortcuts, Escape closes the panel. Keys typed into a
 * field or a dialog are left alone.
 */
export function useKeyboardNav({
  entriesRef,
  elementOf,
  focusIndex,
  setFocusIndex,
  panelId,
  setPanelId,
  hasFresh,
  actions,
}: {
  entriesRef: RefObject<EntryCard[]>;
  elementOf: (key: string) => HTMLElement | undefined;
  focusIndex: number | null;
  setFocusIndex: Dispatch<SetStateAction<number | null>>;
  panelId: string | null;
  setPanelId: (id: string | null) => void;
  hasFresh: boolean;
  actions: KeyboardActions;
}): { focusItem: (index: number) => void } {
  const focusItem = useCallback(
    (index: number) => {
      const entry = entriesRef.current[index];
      if (!entry) return;
      setFocusIndex(index);
      const element = elementOf(keyOf(entry));
      if (element) {
        element.focus({ preventScroll: true });
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        element.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      }
    },
    [entriesRef, elementOf, setFocusIndex],
  );

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
          if (next >= list.length - 3) actions.loadMore();
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
            actions.open(current);
          }
          break;
        case 'm':
          if (current) actions.toggleRead(current);
          break;
        case 's':
          if (current) actions.toggleStar(current);
          break;
        case 'S':
          if (current) actions.share(current);
          break;
        case 'n':
          if (hasFresh) actions.showNew();
          break;
        case '?':
          event.preventDefault();
          actions.showHelp();
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
  }, [entriesRef, focusIndex, panelId, setPanelId, hasFresh, focusItem, actions]);

  return { focusItem };
}
