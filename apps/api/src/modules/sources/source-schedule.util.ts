import { type SourceSchedule } from './dto/source.object.js';
import { type SourceRow } from './sources.repository.js';

type ScheduleFacts = Pick<
  SourceRow,
  | 'status'
  | 'subscribersCount'
  | 'nextFetchAt'
  | 'fetchIntervalSeconds'
  | 'scheduleReason'
  | 'postsPerDay'
  | 'consecutiveFailures'
>;

/** Rounded: "5 minutes", "2 hours", "a day". */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 90) return minutes === 1 ? 'a minute' : `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return hours === 1 ? 'an hour' : `${hours} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'a day' : `${days} days`;
}

function rateInWords(postsPerDay: number | null): string {
  if (postsPerDay === null || postsPerDay <= 0) return 'how often it posts is not known yet';
  if (postsPerDay >= 1.5) return `it posts about ${Math.round(postsPerDay)} times a day`;
  if (postsPerDay >= 0.75) return 'it posts about once a day';
  const days = Math.round(1 / postsPerDay);
  return days >= 14
    ? `it posts about every ${Math.round(days / 7)} weeks`
    : `it posts about every ${days} days`;
}

/** The source page's "next fetch and why", from what the worker recorded (Source.scheduleReason). */
export function describeSchedule(source: ScheduleFacts, now: Date = new Date()): SourceSchedule {
  const isPolled = source.subscribersCount > 0 && source.status !== 'GONE';
  const base = {
    isPolled,
    intervalSeconds: source.fetchIntervalSeconds,
    reason: source.scheduleReason,
    postsPerDay: source.postsPerDay,
  };
  if (!isPolled) {
    const why =
      source.status === 'GONE' ? 'the source is gone (it answered 410 Gone)' : 'nobody subscribes to it';
    return { ...base, nextFetchAt: null, explanation: `Not fetched on a schedule: ${why}.` };
  }
  const wait = Math.max(0, (source.nextFetchAt.getTime() - now.getTime()) / 1000);
  const when = wait < 60 ? 'Next fetch within a minute' : `Next fetch in about ${formatDuration(wait)}`;
  const every = formatDuration(source.fetchIntervalSeconds);
  const reasons: Record<NonNullable<ScheduleFacts['scheduleReason']>, string> = {
    POSTING_RATE: `${rateInWords(source.postsPerDay)}, so it is checked every ${every}`,
    SERVER_HINT: `its server asks not to be checked more often than every ${every}`,
    MIN_INTERVAL: `${rateInWords(source.postsPerDay)}; ${every} is the shortest interval any source gets`,
    MAX_INTERVAL: `${rateInWords(source.postsPerDay)}; a source with subscribers is checked at least every ${every}`,
    BACKOFF: `${source.consecutiveFailures > 1 ? `the last ${source.consecutiveFailures} fetches` : 'the last fetch'} failed, so it is retried less often`,
    RETRY_AFTER: 'its server said when to come back',
    HOST_BUSY: 'its site was busy with other fetches of ours',
    PUSH: `new posts are pushed to Tributary (WebSub); polling every ${every} is a safety net`,
  };
  const why = source.scheduleReason ? reasons[source.scheduleReason] : 'it has not been fetched yet';
  return { ...base, nextFetchAt: source.nextFetchAt, explanation: `${when}: ${why}.` };
}
