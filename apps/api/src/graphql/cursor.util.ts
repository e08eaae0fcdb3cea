import { isUuid } from '@tributary/db';
import { AppError } from '../common/errors.js';

/**
 * Keyset cursors: an opaque base64url of `[time, id]`, the (sort key, tie-breaker) of the last row a
 * client saw. Lists continue strictly after it, so rows inserted meanwhile never shift a page.
 */
export interface Keyset {
  at: Date;
  id: string;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Keyset | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const date = new Date(String(at));
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(date.getTime()) && isUuid(id)) {
      return { at: date, id };
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
export function toPage<R, T>(rows: R[], first: number, keyOf: (row: R) => Keyset, nodeOf: (row: R) => T): Page<T> {
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
