import { describe, expect, it } from 'vitest';
import { backoffSeconds, estimatePostsPerDay, MAX_BACKOFF_SECONDS, nextIntervalSeconds } from './schedule.util.js';

const noJitter = () => 0.5;
const bounds = { minSeconds: 300, maxSeconds: 86_400, random: noJitter };

describe('nextIntervalSeconds', () => {
  it('polls busy sources often, never below the minimum', () => {
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48 })).toBe(900);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 10_000 })).toBe(300);
  });

  it('polls quiet sources at most daily', () => {
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 0.01 })).toBe(86_400);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: null })).toBe(3600);
  });

  it('honours a longer server hint but caps it at the maximum', () => {
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48, ttlSeconds: 7200 })).toBe(7200);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48, ttlSeconds: 60 })).toBe(900);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48, ttlSeconds: 10 * 86_400 })).toBe(86_400);
  });

  it('jitters within ±10 % and stays inside the bounds', () => {
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48, random: () => 0 })).toBe(810);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: 48, random: () => 0.999_999 })).toBe(990);
    expect(nextIntervalSeconds({ ...bounds, postsPerDay: null, ttlSeconds: 86_400, random: () => 0.999 })).toBe(86_400);
  });
});

describe('backoffSeconds', () => {
  it('doubles per failure and stops at a week', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, 300, noJitter))).toEqual([300, 600, 1200, 2400]);
    expect(backoffSeconds(40, 300, noJitter)).toBe(MAX_BACKOFF_SECONDS);
    expect(backoffSeconds(40, 300, () => 0.999)).toBe(MAX_BACKOFF_SECONDS);
  });
});

describe('estimatePostsPerDay', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);

  it('measures the rate over the span up to now', () => {
    expect(estimatePostsPerDay([hoursAgo(1), hoursAgo(13), hoursAgo(24)], null, now)).toBeCloseTo(3);
  });

  it('blends with the previous estimate and keeps it when dates are missing', () => {
    expect(estimatePostsPerDay([hoursAgo(1), hoursAgo(13), hoursAgo(24)], 1, now)).toBeCloseTo(2);
    expect(estimatePostsPerDay([], 4, now)).toBe(4);
  });

  it('ignores future dates', () => {
    expect(estimatePostsPerDay([new Date(now.getTime() + 86_400_000)], null, now)).toBeNull();
  });
});
