import { describe, expect, it } from 'vitest';
import {
  backoffSeconds,
  estimatePostsPerDay,
  MAX_BACKOFF_SECONDS,
  nextIntervalSeconds,
  planInterval,
  planRetry,
} from './schedule.util.js';

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

describe('planInterval and planRetry: FETCH_MAX_INTERVAL is a ceiling for every reason', () => {
  const clamp = { minSeconds: 300, maxSeconds: 14_400, random: noJitter };

  it('says why: posting rate, server hint, or a bound', () => {
    expect(planInterval({ ...clamp, postsPerDay: 12 })).toEqual({ seconds: 3600, reason: 'POSTING_RATE' });
    expect(planInterval({ ...clamp, postsPerDay: 12, ttlSeconds: 7200 })).toEqual({ seconds: 7200, reason: 'SERVER_HINT' });
    expect(planInterval({ ...clamp, postsPerDay: 10_000 })).toEqual({ seconds: 300, reason: 'MIN_INTERVAL' });
    expect(planInterval({ ...clamp, postsPerDay: 0.01 })).toEqual({ seconds: 14_400, reason: 'MAX_INTERVAL' });
    expect(planInterval({ ...clamp, postsPerDay: 12, ttlSeconds: 7 * 86_400 })).toEqual({ seconds: 14_400, reason: 'MAX_INTERVAL' });
  });

  it('never leaves a failing source longer than the maximum, backoff or Retry-After', () => {
    const now = Date.UTC(2026, 0, 1);
    const backoff = planRetry({ ...clamp, consecutiveFailures: 20, now });
    expect(backoff).toEqual({ at: new Date(now + 14_400_000), reason: 'BACKOFF' });
    const early = planRetry({ ...clamp, consecutiveFailures: 1, now });
    expect(early).toEqual({ at: new Date(now + 300_000), reason: 'BACKOFF' });
    const hinted = planRetry({ ...clamp, consecutiveFailures: 1, now, retryAfter: new Date(now + 3_600_000) });
    expect(hinted).toEqual({ at: new Date(now + 3_600_000), reason: 'RETRY_AFTER' });
    const far = planRetry({ ...clamp, consecutiveFailures: 1, now, retryAfter: new Date(now + 30 * 86_400_000) });
    expect(far).toEqual({ at: new Date(now + 14_400_000), reason: 'RETRY_AFTER' });
  });
});
