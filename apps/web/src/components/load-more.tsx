'use client';

import { useState } from 'react';
import { messageFor } from '@/lib/ui-errors';
import { useToast } from './toast';

export interface MorePage<T> {
  nodes: T[];
  /** The cursor of the next page, or null at the end. */
  nextCursor: string | null;
}

/**
 * A list read a page at a time: the first page comes from the server, later ones from `fetchPage`,
 * appended in order (keyset cursors: nothing repeats, nothing is skipped).
 */
export function useLoadMore<T>(initial: MorePage<T>, fetchPage: (after: string) => Promise<MorePage<T>>) {
  const toast = useToast();
  const [items, setItems] = useState(initial.nodes);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [isLoading, setLoading] = useState(false);

  const loadMore = async () => {
    if (!nextCursor || isLoading) return;
    setLoading(true);
    try {
      const page = await fetchPage(nextCursor);
      setItems((list) => [...list, ...page.nodes]);
      setNextCursor(page.nextCursor);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setLoading(false);
    }
  };

  return { items, setItems, hasMore: nextCursor !== null, isLoading, loadMore };
}

/** The "Load more" button under such a list; `what` names the items for screen readers. */
export function LoadMoreButton({
  isLoading,
  onClick,
  what,
}: {
  isLoading: boolean;
  onClick: () => void;
  what: string;
}) {
  return (
    <div className="pager">
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onClick}
        disabled={isLoading}
        aria-busy={isLoading}
      >
        {isLoading ? 'Loading…' : 'Load more'}
        <span className="visually-hidden"> {what}</span>
      </button>
    </div>
  );
}
