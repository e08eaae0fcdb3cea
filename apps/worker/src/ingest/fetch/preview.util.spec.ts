import { describe, expect, it } from 'vitest';
import { newestFirst } from './preview.util.js';

const item = (title: string, date: string | null) => ({ title, publishedAt: date ? new Date(date) : null });

describe('newestFirst', () => {
  it('puts a feed listed oldest first newest first', () => {
    const items = [item('a', '2026-01-01'), item('b', '2026-01-02'), item('c', '2026-01-03')];
    expect(newestFirst(items).map((entry) => entry.title)).toEqual(['c', 'b', 'a']);
  });

  it('keeps undated items after the dated ones, in document order, and leaves the input alone', () => {
    const items = [item('x', null), item('a', '2026-01-01'), item('y', null), item('b', '2026-01-02')];
    expect(newestFirst(items).map((entry) => entry.title)).toEqual(['b', 'a', 'x', 'y']);
    expect(items.map((entry) => entry.title)).toEqual(['x', 'a', 'y', 'b']);
  });
});
