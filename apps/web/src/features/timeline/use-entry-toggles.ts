'use client';

import { useCallback } from 'react';
import { setRead, setStarred } from '@/features/entries/entry-actions';
import { useToast } from '@/components/toast';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { messageFor } from '@/lib/ui-errors';

/** Star and read toggles on a listed entry: shown at once, reverted (with a toast) when refused. */
export function useEntryToggles({
  patch,
  onReadSet,
}: {
  patch: (id: string, change: Partial<EntryCard>) => void;
  /** Before read state is set by hand (e.g. to drop it from the scroll-read queue). */
  onReadSet: (id: string) => void;
}) {
  const toast = useToast();

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
      onReadSet(entry.id);
      patch(entry.id, { viewerHasRead: next });
      try {
        await setRead([entry.id], next);
        toast(next ? 'Marked read' : 'Marked unread');
      } catch (error) {
        patch(entry.id, { viewerHasRead: !next });
        toast(messageFor(error), 'error');
      }
    },
    [patch, toast, onReadSet],
  );

  return { toggleStar, toggleRead };
}
