import { describe, expect, it } from 'vitest';
import { searchWindows } from './search.repository.js';

const WEEK_MS = 7 * 24 * 3_600_000;
const weeksOf = (tags: string) => [...tags.matchAll(/'~w(\d+)'/g)].map((match) => Number(match[1]));

describe('searchWindows', () => {
  it('covers every week exactly once, newest window first', () => {
    const now = new Date('2026-11-25T20:00:00Z');
    const week = Math.floor(now.getTime() / WEEK_MS);
    const windows = searchWindows(now);
    const tagged = windows.flatMap((window) => (window.tags ? weeksOf(window.tags) : []));
    expect(new Set(tagged).size).toBe(tagged.length);
    const last = windows.at(-1)!;
    expect(last.tags).toBeNull();
    // The untagged last window takes every week before and after the tagged ones, so nothing is missed.
    expect(last.before!.getTime()).toBe(Math.min(...tagged) * WEEK_MS);
    expect(last.since!.getTime()).toBe((Math.max(...tagged) + 1) * WEEK_MS);
    expect([...tagged].sort((a, b) => a - b)).toEqual(Array.from({ length: week + 2 - Math.min(...tagged) }, (_, index) => Math.min(...tagged) + index));
    expect(Math.max(...weeksOf(windows[0]!.tags!))).toBe(week + 1);
    // Newest first: every week of a window is older than every week of the one before.
    for (let index = 1; index < windows.length - 1; index += 1) {
      expect(Math.max(...weeksOf(windows[index]!.tags!))).toBeLessThan(Math.min(...weeksOf(windows[index - 1]!.tags!)));
    }
  });

  it('numbers weeks as tributary_search_week does (whole weeks since 1970-01-01 UTC)', () => {
    const windows = searchWindows(new Date(WEEK_MS * 100 + 1));
    expect(weeksOf(windows[0]!.tags!)).toEqual([99, 100, 101]);
  });
});
