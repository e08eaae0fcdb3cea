import { describe, expect, it } from 'vitest';
import { describeSchedule, formatDuration } from './source-schedule.util.js';

const now = new Date('2026-01-01T12:00:00Z');
const base = {
  status: 'OK' as const,
  subscribersCount: 2,
  nextFetchAt: new Date(now.getTime() + 2 * 3600_000),
  fetchIntervalSeconds: 7200,
  scheduleReason: 'POSTING_RATE' as const,
  postsPerDay: 6,
  consecutiveFailures: 0,
};

describe('describeSchedule', () => {
  it('says when and why', () => {
    const schedule = describeSchedule(base, now);
    expect(schedule.isPolled).toBe(true);
    expect(schedule.nextFetchAt).toEqual(base.nextFetchAt);
    expect(schedule.explanation).toBe(
      'Next fetch in about 2 hours: it posts about 6 times a day, so it is checked every 2 hours.',
    );
    expect(
      describeSchedule(
        { ...base, scheduleReason: 'MAX_INTERVAL', postsPerDay: 0.1, fetchIntervalSeconds: 14_400 },
        now,
      ).explanation,
    ).toContain('a source with subscribers is checked at least every 4 hours');
    expect(
      describeSchedule({ ...base, scheduleReason: 'BACKOFF', consecutiveFailures: 3 }, now).explanation,
    ).toContain('the last 3 fetches failed');
    expect(describeSchedule({ ...base, scheduleReason: 'PUSH' }, now).explanation).toContain('WebSub');
  });

  it('says a source nobody subscribes to is not polled', () => {
    const schedule = describeSchedule({ ...base, subscribersCount: 0 }, now);
    expect(schedule).toMatchObject({ isPolled: false, nextFetchAt: null });
    expect(schedule.explanation).toBe('Not fetched on a schedule: nobody subscribes to it.');
  });

  it('formats durations', () => {
    expect(formatDuration(30)).toBe('a minute');
    expect(formatDuration(300)).toBe('5 minutes');
    expect(formatDuration(3 * 3600)).toBe('3 hours');
    expect(formatDuration(86_400 * 2)).toBe('2 days');
  });
});
