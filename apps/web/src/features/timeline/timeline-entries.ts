// Pure helpers over the timeline's list of entries (no React).
import type { TimelineFilter } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { unmaskEntryPage, type EntryCard, type EntryPage } from '@/features/entries/entries.graphql';
import { StarredQuery, TimelineQuery } from './timeline.graphql';

export type TimelineSource = { kind: 'timeline'; filter: TimelineFilter } | { kind: 'starred' };

export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export const PAGE_SIZE = 20;

/** An entry's place in the list: the same post shared by two people appears twice. */
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

/** Puts a fresh first page on top, dropping the copies of it further down. */
export function prependFresh(current: EntryCard[], fresh: EntryCard[]): EntryCard[] {
  const keep = new Set(fresh.map(keyOf));
  return [...fresh, ...current.filter((entry) => !keep.has(keyOf(entry)))];
}

/** One page of the timeline or of the starred list, from the browser. */
export async function fetchPage(
  source: TimelineSource,
  after: string | null | undefined,
  first = PAGE_SIZE,
  signal?: AbortSignal,
): Promise<EntryPage> {
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
