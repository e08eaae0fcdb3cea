/**
 * Google Reader vocabulary: item ids, stream ids, continuations. Pure functions (unit-tested beside).
 * docs/sync-api.md explains each choice.
 */

export const STATE_PREFIX = 'user/-/state/com.google/';
export const LABEL_PREFIX = 'user/-/label/';
export const READ = `${STATE_PREFIX}read`;
export const STARRED = `${STATE_PREFIX}starred`;
export const KEPT_UNREAD = `${STATE_PREFIX}kept-unread`;
export const READING_LIST = `${STATE_PREFIX}reading-list`;
export const BROADCAST_FRIENDS = `${STATE_PREFIX}broadcast-friends`;
/** The folder that holds the verified sources of the creators one follows (a label of its own). */
export const CREATORS_LABEL = 'Followed creators';
const ITEM_PREFIX = 'tag:google.com,2005:reader/item/';
const MAX_SEQ = 2n ** 63n - 1n;

/** The long form of an item id: `tag:google.com,2005:reader/item/` and 16 hex digits. */
export function longItemId(seq: bigint): string {
  return ITEM_PREFIX + seq.toString(16).padStart(16, '0');
}

/**
 * An item id in any form clients send: the long form, its bare 16 hex digits, or the decimal short form
 * (stream/items/ids answers decimal; some clients sign it as a 64-bit integer). Null when it is none.
 */
export function parseItemId(raw: string): bigint | null {
  const text = raw.trim();
  let value: bigint;
  if (text.startsWith(ITEM_PREFIX)) {
    const hex = text.slice(ITEM_PREFIX.length);
    if (!/^[0-9a-fA-F]{1,16}$/.test(hex)) return null;
    value = BigInt(`0x${hex}`);
  } else if (/^-?\d{1,20}$/.test(text)) {
    value = BigInt(text);
    if (value < 0n) value += 2n ** 64n;
  } else if (/^[0-9a-fA-F]{16}$/.test(text)) {
    value = BigInt(`0x${text}`);
  } else {
    return null;
  }
  return value > 0n && value <= MAX_SEQ ? value : null;
}

export type StreamRef =
  | { kind: 'reading-list' }
  | { kind: 'read' }
  | { kind: 'starred' }
  | { kind: 'kept-unread' }
  | { kind: 'broadcast-friends' }
  | { kind: 'feed'; url: string }
  | { kind: 'label'; name: string }
  | { kind: 'person'; handle: string };

/** A stream id (`user/<anything>/state/com.google/…`, `feed/<url>`, `user/-/label/<name>`), or null. */
export function parseStreamId(raw: string): StreamRef | null {
  const text = raw.trim();
  if (text.startsWith('feed/')) {
    const url = text.slice('feed/'.length);
    return url ? { kind: 'feed', url } : null;
  }
  // Clients write the user as `-` or as the id user-info gave them.
  const match = /^user\/[^/]+\/(state\/com\.google|label)\/(.+)$/.exec(text);
  if (!match) return null;
  const [, space, name = ''] = match;
  if (space === 'label') {
    if (/^@[A-Za-z0-9_]{1,30}$/.test(name)) return { kind: 'person', handle: name.slice(1) };
    return { kind: 'label', name };
  }
  switch (name) {
    case 'reading-list':
    case 'read':
    case 'starred':
    case 'kept-unread':
    case 'broadcast-friends':
      return { kind: name };
    default:
      return null;
  }
}

export function feedStreamId(url: string): string {
  return `feed/${url}`;
}

export function labelStreamId(name: string): string {
  return LABEL_PREFIX + name;
}

/** Where a page ends: the sort time (ms) and id of its last item. */
export interface StreamCursor {
  atMs: number;
  id: string;
}

export function encodeContinuation(cursor: StreamCursor): string {
  return `${cursor.atMs.toString(36)}-${cursor.id.replaceAll('-', '')}`;
}

export function decodeContinuation(raw: string): StreamCursor | null {
  const match = /^([0-9a-z]{1,12})-([0-9a-f]{32})$/.exec(raw.trim());
  if (!match) return null;
  const atMs = parseInt(match[1]!, 36);
  const hex = match[2]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return Number.isSafeInteger(atMs) ? { atMs, id } : null;
}

/** A Google Reader time parameter (`ot`, `nt`, `ts`): seconds, or microseconds for `ts`; null when absent or bad. */
export function parseEpoch(raw: string | undefined, unit: 'seconds' | 'microseconds'): Date | null {
  if (raw === undefined || !/^\d{1,20}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  const ms = unit === 'seconds' ? value * 1000 : Math.floor(value / 1000);
  return Number.isFinite(ms) && ms <= 8.64e15 ? new Date(ms) : null;
}
