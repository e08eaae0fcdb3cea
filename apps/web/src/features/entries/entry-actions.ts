'use client';

// Read / star / share mutations, shared by the timeline and the reader (optimistic callers revert on error).
import { queryBrowser } from '@/lib/graphql/browser';
import {
  MarkReadMutation,
  MarkUnreadMutation,
  ShareMutation,
  StarMutation,
  UnshareMutation,
  UnstarMutation,
} from './entries.graphql';

export async function setStarred(id: string, starred: boolean): Promise<void> {
  if (starred) await queryBrowser(StarMutation, { variables: { id } });
  else await queryBrowser(UnstarMutation, { variables: { id } });
}

/** Told on `window` whenever read state changed, so unread counts elsewhere (the sidebar) refresh. */
export const READ_CHANGED_EVENT = 'tributary:read-changed';

export function announceReadChange(): void {
  window.dispatchEvent(new Event(READ_CHANGED_EVENT));
}

export async function setRead(ids: string[], read: boolean): Promise<void> {
  if (ids.length === 0) return;
  if (read) await queryBrowser(MarkReadMutation, { variables: { ids } });
  else await queryBrowser(MarkUnreadMutation, { variables: { ids } });
  announceReadChange();
}

export async function shareEntry(id: string, note: string): Promise<void> {
  await queryBrowser(ShareMutation, { variables: { input: { entryId: id, note } } });
}

export async function unshareEntry(id: string): Promise<void> {
  await queryBrowser(UnshareMutation, { variables: { id } });
}
