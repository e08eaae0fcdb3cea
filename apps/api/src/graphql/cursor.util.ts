import { isUuid } from '@tributary/db';
import { isStorableDate } from '../common/date-range.util.js';
import { AppError } from '../common/errors.js';

/**
 * Keyset cursors: an opaque base64url of `[time, id]`, the (sort key, tie-breaker) of the last row a
 * client saw. Lists continue strictly after it, so rows inserted meanwhile never shift a page.
 * Lists grouped before they are sorted by time (e.g. failing sources first) add the group's `rank`,
 * a small whole number: `[time, id, rank]`. A time outside years 0001–9999 (date-range.util.ts) is
 * not one a list gave out: refused like any other forged cursor, before it reaches SQL.
 */
export interface Keyset {
  at: Date;
  id: string;
  rank?: number;
}

export function encodeCursor(key: Keyset): string {
  const parts =
    key.rank === undefined ? [key.at.toISOString(), key.id] : [key.at.toISOString(), key.id, key.rank];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function isRank(value: unknown): value is number | undefined {
  return (
    value === undefined || (Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000)
  );
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Keyset | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const [at, id, rank] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      isStorableDate(date) &&
      isUuid(id) &&
      isRank(rank)
    ) {
      return rank === undefined ? { at: date, id } : { at: date, id, rank };
    }
  } catch {
    // falls through
  }
  throw new AppError('BAD_USER_INPUT', `${field}: is not a cursor this list gave out`, { field });
}

/** `first` bounded to 1…max (BAD_USER_INPUT outside). */
export function pageSize(first: number, max = 100, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new AppError('BAD_USER_INPUT', `${field}: must be between 1 and ${max}`, { field });
  }
  return first;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from `first + 1` rows fetched in order. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  keyOf: (row: R) => Keyset,
  nodeOf: (row: R) => T,
): Page<T> {
  const hasNextPage = rows.length > first;
  const kept = hasNextPage ? rows.slice(0, first) : rows;
  const edges = kept.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: nodeOf(row) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An id argument that must be a UUID; anything else is NOT_FOUND (it cannot name a row). */
export function assertId(id: string, what: string): string {
  if (!isUuid(id)) throw new AppError('NOT_FOUND', `${what} not found.`);
  return id;
}
