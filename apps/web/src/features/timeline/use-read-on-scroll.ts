'use client';

import { useCallback, useEffect, useRef } from 'react';
import { setRead } from '@/features/entries/entry-actions';

/** How often the entries scrolled past are marked read, in one batch. */
const FLUSH_MS = 1_500;

/**
 * Mark-as-read on scroll: an unread entry whose bottom went above the viewport is queued, and the queue
 * is sent in batches. Each entry's element is registered here (`registerItem`), which also lets the
 * keyboard find it (`elementOf`).
 */
export function useReadOnScroll({
  isEnabled,
  onRead,
}: {
  isEnabled: boolean;
  /** The ids about to be marked read, before the request (optimistic). */
  onRead: (ids: string[]) => void;
}) {
  const items = useRef(new Map<string, HTMLElement>());
  const readQueue = useRef(new Set<string>());
  const observerRef = useRef<IntersectionObserver | null>(null);

  const flushRead = useCallback(async () => {
    const ids = [...readQueue.current];
    readQueue.current.clear();
    if (ids.length === 0) return;
    onRead(ids);
    try {
      await setRead(ids, true);
    } catch {
      // Read state is a convenience: a failed batch is simply not kept.
    }
  }, [onRead]);

  useEffect(() => {
    if (!isEnabled) return;
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
    for (const element of items.current.values()) observer.observe(element);
    const timer = setInterval(() => void flushRead(), FLUSH_MS);
    return () => {
      observer.disconnect();
      observerRef.current = null;
      clearInterval(timer);
      void flushRead();
    };
  }, [isEnabled, flushRead]);

  const registerItem = useCallback((key: string, element: HTMLElement | null) => {
    const previous = items.current.get(key);
    if (previous && previous !== element) observerRef.current?.unobserve(previous);
    if (element) {
      items.current.set(key, element);
      observerRef.current?.observe(element);
    } else {
      items.current.delete(key);
    }
  }, []);

  const elementOf = useCallback((key: string) => items.current.get(key), []);
  /** Forgets a queued entry (its read state was just set by hand). */
  const unqueue = useCallback((id: string) => {
    readQueue.current.delete(id);
  }, []);

  return { registerItem, elementOf, unqueue };
}
