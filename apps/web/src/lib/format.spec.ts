import { describe, expect, it } from 'vitest';
import { formatDuration, initialsOf, mediaKind, plural, postedAgo, timeAgo } from './format';

describe('format', () => {
  it('says how long ago', () => {
    const now = Date.parse('2026-01-10T12:00:00Z');
    expect(timeAgo('2026-01-10T11:59:30Z', now)).toBe('just now');
    expect(timeAgo('2026-01-10T11:55:00Z', now)).toBe('5m ago');
    expect(timeAgo('2026-01-09T12:00:00Z', now)).toBe('yesterday');
    expect(timeAgo(null, now)).toBe('');
  });

  it('makes initials, plurals, media kinds and durations', () => {
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('ada')).toBe('AD');
    expect(plural(1, 'post')).toBe('1 post');
    expect(plural(3, 'reply', 'replies')).toBe('3 replies');
    expect(mediaKind('image/png')).toBe('image');
    expect(mediaKind('audio/mpeg')).toBe('audio');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(65)).toBe('1:05');
  });
});

describe('postedAgo', () => {
  const now = Date.parse('2026-01-10T12:00:00Z');
  it('reads a post dated ahead of now as just now, and a past one as timeAgo does', () => {
    expect(postedAgo('2026-01-10T12:06:00Z', now)).toBe('just now');
    expect(postedAgo('2026-01-10T11:55:00Z', now)).toBe('5m ago');
    expect(postedAgo(null, now)).toBe('');
  });
});
