'use client';

import { useEffect, useRef, useState } from 'react';
import { setRead, setStarred } from '@/features/entries/entry-actions';
import { useToast } from '@/components/toast';
import type { EntryReader } from '@/features/entries/entries.graphql';
import { messageFor } from '@/lib/ui-errors';

/**
 * An open entry's state: a copy of it that actions change at once (and report through `onChange`),
 * reading it on open, star, mark unread, and the outcome of sharing it.
 */
export function useEntryReader(initial: EntryReader, onChange?: (change: Partial<EntryReader>) => void) {
  const toast = useToast();
  const [entry, setEntry] = useState(initial);
  const [isSharing, setSharing] = useState(false);
  const [lastInitial, setLastInitial] = useState(initial);
  if (initial !== lastInitial) {
    setLastInitial(initial);
    setEntry(initial);
  }

  const update = (change: Partial<EntryReader>) => {
    setEntry((current) => ({ ...current, ...change }));
    onChange?.(change);
  };

  // Opening an entry reads it.
  const id = initial.id;
  const wasRead = initial.viewerHasRead;
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => {
    if (wasRead) return;
    setRead([id], true).then(
      () => latestOnChange.current?.({ viewerHasRead: true }),
      () => undefined,
    );
  }, [id, wasRead]);

  const toggleStar = async () => {
    const next = !entry.viewerHasStarred;
    update({ viewerHasStarred: next });
    try {
      await setStarred(entry.id, next);
      toast(next ? 'Starred' : 'Removed from starred');
    } catch (error) {
      update({ viewerHasStarred: !next });
      toast(messageFor(error), 'error');
    }
  };

  const markUnread = async () => {
    update({ viewerHasRead: false });
    try {
      await setRead([entry.id], false);
      toast('Marked unread');
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  const onShared = (shared: boolean) => {
    update({
      viewerHasShared: shared,
      sharesCount: entry.sharesCount + (shared && !entry.viewerHasShared ? 1 : !shared ? -1 : 0),
    });
    toast(shared ? 'Shared with your followers' : 'Share removed');
  };

  return { entry, isSharing, setSharing, toggleStar, markUnread, onShared };
}
