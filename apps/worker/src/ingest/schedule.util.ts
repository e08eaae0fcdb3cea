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

/**
 * Poll about twice per average gap between posts, clamped to [min, max]; a server hint can only
 * lengthen the interval (up to max), never shorten it below min.
 */
export function nextIntervalSeconds(input: IntervalInput): number {
  const random = input.random ?? Math.random;
  const min = input.minSeconds;
  const max = Math.max(input.maxSeconds, min);
  let seconds = input.postsPerDay && input.postsPerDay > 0 ? DAY / input.postsPerDay / 2 : 3600;
  if (input.ttlSeconds && input.ttlSeconds > seconds) seconds = input.ttlSeconds;
  seconds = Math.min(Math.max(seconds, min), max);
  return Math.min(Math.max(jitter(seconds, random), min), max);
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
