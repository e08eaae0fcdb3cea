import { describe, expect, it } from 'vitest';
import {
  decodeContinuation,
  encodeContinuation,
  longItemId,
  parseEpoch,
  parseItemId,
  parseStreamId,
} from './sync-streams.util.js';

describe('Google Reader item ids', () => {
  it('read the long, hex and decimal forms of one id alike', () => {
    const seq = 1234567890123n;
    const long = longItemId(seq);
    expect(long).toBe('tag:google.com,2005:reader/item/0000011f71fb04cb');
    expect(parseItemId(long)).toBe(seq);
    expect(parseItemId('0000011f71fb04cb')).toBe(seq);
    expect(parseItemId('1234567890123')).toBe(seq);
  });

  it('read a short id written as a signed 64-bit integer', () => {
    expect(parseItemId('-1')).toBeNull(); // 2^64 - 1 is past the largest sequence value
    expect(parseItemId(String(-(2n ** 64n) + 5n))).toBe(5n);
  });

  it('refuse what is not an id', () => {
    for (const bad of ['', 'abc', '0', 'tag:google.com,2005:reader/item/xyz', '99999999999999999999999']) {
      expect(parseItemId(bad)).toBeNull();
    }
  });
});

describe('stream ids', () => {
  it('name states, feeds, folders and people', () => {
    expect(parseStreamId('user/-/state/com.google/reading-list')).toEqual({ kind: 'reading-list' });
    expect(parseStreamId('user/1234/state/com.google/starred')).toEqual({ kind: 'starred' });
    expect(parseStreamId('feed/https://example.org/feed?x=1')).toEqual({ kind: 'feed', url: 'https://example.org/feed?x=1' });
    expect(parseStreamId('user/-/label/Tech news')).toEqual({ kind: 'label', name: 'Tech news' });
    expect(parseStreamId('user/-/label/@maria_k')).toEqual({ kind: 'person', handle: 'maria_k' });
    expect(parseStreamId('user/-/state/com.google/like')).toBeNull();
    expect(parseStreamId('nonsense')).toBeNull();
  });
});

describe('continuations', () => {
  it('round-trip and refuse anything else', () => {
    const cursor = { atMs: 1_764_000_000_123, id: '0192f1c2-3b4a-7d5e-8f60-718293a4b5c6' };
    expect(decodeContinuation(encodeContinuation(cursor))).toEqual(cursor);
    expect(decodeContinuation('garbage')).toBeNull();
  });

  it('times: seconds for ot/nt, microseconds for ts', () => {
    expect(parseEpoch('1700000000', 'seconds')?.getTime()).toBe(1_700_000_000_000);
    expect(parseEpoch('1700000000123456', 'microseconds')?.getTime()).toBe(1_700_000_000_123);
    expect(parseEpoch('x', 'seconds')).toBeNull();
    expect(parseEpoch(undefined, 'seconds')).toBeNull();
  });
});
