import { isUuid } from '@tributary/db';
import { isStorableDate } from '../../common/date-range.util.js';
import { AppError } from '../../common/errors.js';

/**
 * A search result's position: (score, sortAt, id), the order results come in. A forged cursor (not
 * JSON, a time outside years 0001–9999, an infinite score, an id that is not a UUID) is BAD_USER_INPUT.
 */
export interface SearchKeyset {
  score: number;
  at: Date;
  id: string;
}

export function encodeSearchCursor(key: SearchKeyset): string {
  return Buffer.from(JSON.stringify(['s', key.score, key.at.toISOString(), key.id])).toString('base64url');
}

export function decodeSearchCursor(cursor: string | null | undefined): SearchKeyset | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const [tag, score, at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (
      tag === 's' &&
      typeof score === 'number' &&
      Number.isFinite(score) &&
      typeof at === 'string' &&
      isStorableDate(date) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { score, at: date, id };
    }
  } catch {
    // falls through
  }
  throw new AppError('BAD_USER_INPUT', 'after: is not a cursor this search gave out', { field: 'after' });
}
