import type { SourceHealthFieldsFragment } from '@/gql/graphql';
import { plural } from '@/lib/format';

type FetchFacts = Pick<SourceHealthFieldsFragment, 'lastFetchResult' | 'lastFetchNewEntries' | 'lastError'>;

/** What a finished fetch found, in words: new posts, nothing new, not modified, or the error. */
export function describeFetchResult(health: FetchFacts): { tone: 'ok' | 'error'; message: string } {
  switch (health.lastFetchResult) {
    case 'NEW_ENTRIES':
      return { tone: 'ok', message: `${plural(health.lastFetchNewEntries, 'new post')}.` };
    case 'NO_NEW_ENTRIES':
      return { tone: 'ok', message: 'No new posts.' };
    case 'NOT_MODIFIED':
      return { tone: 'ok', message: 'Not modified since the last fetch: no new posts.' };
    case 'FAILED':
      return { tone: 'error', message: `The fetch failed: ${health.lastError ?? 'unknown error'}` };
    case null:
    case undefined:
      return { tone: 'ok', message: 'Not fetched yet.' };
  }
}
