// How often to poll a source: from how often it posts, bounded, adjusted by what the server asked for,
// with jitter so sources added together do not stay in lockstep; failures back off exponentially.

const DAY = 86_400;
export const MAX_BACKOFF_SECONDS = 7 * DAY;

export interface IntervalInput {
  /** Estimated posts per day (null: unknown). */
  postsPerDay: number | null;
  /** Server hint: do not come back sooner (RSS <ttl>, Cache-Control max-age, Expires). */
  ttlSeconds?: number | undefined;
  minSeconds: number;
  maxSeconds: number;
  /** Random number in [0, 1) for jitter; injectable for tests. */
  random?: () => number;
}

/** ±10 % jitter. */
function jitter(seconds: number, random: () => number): number {
  return Math.round(seconds * (0.9 + 0.2 * random()));
}

/** Why a source's next fetch is when it is (Source.scheduleReason, shown on the source page). */
export type ScheduleReason =
  | 'POSTING_RATE'
  | 'SERVER_HINT'
  | 'MIN_INTERVAL'
  | 'MAX_INTERVAL'
  | 'BACKOFF'
  | 'RETRY_AFTER'
  | 'HOST_BUSY'
  | 'PUSH';

export interface PlannedInterval {
  seconds: number;
  reason: ScheduleReason;
}

/**
 * Poll about twice per average gap between posts, clamped to [min, max]; a server hint can only
 * lengthen the interval (up to max), never shorten it below min. `max` is FETCH_MAX_INTERVAL: a source
 * with subscribers is never polled less often, whatever its rate or hints say.
 */
export function planInterval(input: IntervalInput): PlannedInterval {
  const random = input.random ?? Math.random;
  const min = input.minSeconds;
  const max = Math.max(input.maxSeconds, min);
  let seconds = input.postsPerDay && input.postsPerDay > 0 ? DAY / input.postsPerDay / 2 : 3600;
  let reason: ScheduleReason = 'POSTING_RATE';
  if (input.ttlSeconds && input.ttlSeconds > seconds) {
    seconds = input.ttlSeconds;
    reason = 'SERVER_HINT';
  }
  if (seconds < min) reason = 'MIN_INTERVAL';
  if (seconds > max) reason = 'MAX_INTERVAL';
  seconds = Math.min(Math.max(seconds, min), max);
  return { seconds: Math.min(Math.max(jitter(seconds, random), min), max), reason };
}

export function nextIntervalSeconds(input: IntervalInput): number {
  return planInterval(input).seconds;
}

/**
 * When to try a failing source again: exponential backoff, or the server's Retry-After when later; at
 * most `maxSeconds` (FETCH_MAX_INTERVAL) away, so a source with subscribers is never left longer.
 */
export function planRetry(input: {
  consecutiveFailures: number;
  minSeconds: number;
  maxSeconds: number;
  retryAfter?: Date | undefined;
  now?: number;
  random?: () => number;
}): { at: Date; reason: ScheduleReason } {
  const now = input.now ?? Date.now();
  const max = Math.max(input.maxSeconds, input.minSeconds);
  const backoff = Math.min(backoffSeconds(input.consecutiveFailures, input.minSeconds, input.random), max);
  const retryAfterMs = input.retryAfter ? input.retryAfter.getTime() - now : 0;
  if (retryAfterMs > backoff * 1000) {
    return { at: new Date(now + Math.min(retryAfterMs, max * 1000)), reason: 'RETRY_AFTER' };
  }
  return { at: new Date(now + backoff * 1000), reason: 'BACKOFF' };
}

/** Delay before retrying after the n-th consecutive failure (n ≥ 1): min·2^(n-1), at most a week. */
export function backoffSeconds(consecutiveFailures: number, minSeconds: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(consecutiveFailures - 1, 0), 30);
  const seconds = Math.min(minSeconds * 2 ** exponent, MAX_BACKOFF_SECONDS);
  return Math.min(jitter(seconds, random), MAX_BACKOFF_SECONDS);
}

/**
 * Posts per day from the publication dates in one fetch, blended with the previous estimate so one
 * quiet or busy page does not swing the schedule.
 */
export function estimatePostsPerDay(dates: readonly Date[], previous: number | null, now: Date = new Date()): number | null {
  const times = dates
    .map((date) => date.getTime())
    .filter((time) => Number.isFinite(time) && time <= now.getTime())
    .sort((a, b) => b - a);
  let estimate: number | null = null;
  if (times.length >= 2) {
    const newest = times[0]!;
    const oldest = times[times.length - 1]!;
    // The span up to now, so a feed whose last post is a month old counts as slow.
    const spanDays = Math.max((now.getTime() - oldest) / (DAY * 1000), (newest - oldest) / (DAY * 1000), 1 / 24);
    estimate = times.length / spanDays;
  } else if (times.length === 1) {
    const ageDays = Math.max((now.getTime() - times[0]!) / (DAY * 1000), 1);
    estimate = 1 / ageDays;
  }
  if (estimate === null) return previous;
  return previous === null ? estimate : 0.5 * previous + 0.5 * estimate;
}
