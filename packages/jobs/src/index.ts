// The only contract between the API and the worker: queue names, job names and payload schemas.
// Producers validate before enqueueing; processors validate again before working.
import { z } from 'zod';
import { sourceKind } from './contract.js';

export * from './contract.js';

/** Every queue Tributary uses. The worker refuses to boot unless each has exactly one processor. */
export const QUEUE = {
  /** Fetch one source: jobId = source id, so a source is never fetched twice at once. */
  fetchSource: 'fetch-source',
  /** Resolve a pasted URL/handle to a source (the API awaits the result). */
  resolveSource: 'resolve-source',
  /** Periodic work: the due-source tick, expiring sessions. */
  housekeeping: 'housekeeping',
  /** A person's data in and out: OPML imports and full exports (jobId = `<task>-<row id>`). */
  userData: 'user-data',
  /** Check a creator's ownership claim against the source, fetched fresh (jobId = claim id). */
  verifyClaim: 'verify-claim',
  /** WebSub: pushed content from hubs (API → worker), hub (un)subscriptions and lease upkeep (worker). */
  websub: 'websub',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QUEUE);

const id = z.string().min(1).max(64);

export const fetchSourcePayload = z.object({
  sourceId: id,
  /** Why the fetch was enqueued: the schedule, a user asking for it, or a new subscription's backfill. */
  reason: z.enum(['schedule', 'manual', 'backfill']).default('schedule'),
});

/**
 * Resolve pasted input: the worker downloads and parses the document once (in a parse thread), stores
 * the source and the items it parsed, and answers a ResolveResult with the source's id.
 */
export const resolveSourcePayload = z.object({
  input: z.string().min(1).max(2048),
  kindHint: sourceKind.optional(),
  /** The account bringing the source in: a source new to Tributary counts against its daily budget. */
  userId: id.optional(),
});

export const housekeepingPayload = z.object({
  task: z.enum(['tick', 'purge-sessions']),
});

export const verifyClaimPayload = z.object({
  claimId: id,
});

export const userDataPayload = z.discriminatedUnion('task', [
  /** Resolve and subscribe the ImportItem rows of one OpmlImport that are still PENDING. */
  z.object({ task: z.literal('import-opml'), importId: id }),
  /** Write the archive of one DataExport row. */
  z.object({ task: z.literal('export-data'), exportId: id }),
]);

// --- WebSub (W3C WebSub subscriber) -------------------------------------------------------------------

/** Largest pushed body a job may carry, in bytes (the API's request limit is lower; this bounds the contract). */
export const WEBSUB_MAX_PUSH_BYTES = 16 * 1024 * 1024;

export const websubPayload = z.discriminatedUnion('task', [
  /**
   * A hub delivered content to a subscription's callback; the API checked its signature. The worker
   * parses it with the source's bridge and stores it like a fetch — always into `sourceId`, the source of
   * the subscription whose callback received it.
   */
  z.object({
    task: z.literal('push'),
    subscriptionId: id,
    sourceId: id,
    contentType: z.string().max(200).nullable(),
    /** The raw body, base64. */
    body: z.string().max(Math.ceil(WEBSUB_MAX_PUSH_BYTES / 3) * 4),
  }),
  /** Subscribe (or renew) the source at a hub the feed advertises (jobId = websub-subscribe-<sourceId>). */
  z.object({
    task: z.literal('subscribe'),
    sourceId: id,
    hubUrl: z.url().max(2048),
    topicUrl: z.url().max(2048),
  }),
  /** Unsubscribe the source from its hub: nobody reads it any more (jobId = websub-unsubscribe-<sourceId>). */
  z.object({ task: z.literal('unsubscribe'), sourceId: id }),
  /** Periodic: renew leases before they expire, retry stalled requests, unsubscribe unread sources. */
  z.object({ task: z.literal('maintain') }),
]);

export const websubJobId = {
  subscribe: (sourceId: string) => `websub-subscribe-${sourceId}`,
  unsubscribe: (sourceId: string) => `websub-unsubscribe-${sourceId}`,
};

// -------------------------------------------------------------------------------------------------------

export const PAYLOAD = {
  [QUEUE.fetchSource]: fetchSourcePayload,
  [QUEUE.resolveSource]: resolveSourcePayload,
  [QUEUE.housekeeping]: housekeepingPayload,
  [QUEUE.userData]: userDataPayload,
  [QUEUE.verifyClaim]: verifyClaimPayload,
  [QUEUE.websub]: websubPayload,
} as const satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Q extends QueueName> = z.input<(typeof PAYLOAD)[Q]>;
export type ParsedJobPayload<Q extends QueueName> = z.output<(typeof PAYLOAD)[Q]>;

export function parsePayload<Q extends QueueName>(queue: Q, data: unknown): ParsedJobPayload<Q> {
  return PAYLOAD[queue].parse(data) as ParsedJobPayload<Q>;
}

/**
 * Deterministic job ids make duplicate enqueues collapse into one job: a fetch job's id is its source's
 * id, so a source is never fetched twice at once. (BullMQ forbids ':' in custom ids.)
 */
export const jobId = {
  fetchSource: (sourceId: string) => sourceId,
  /** One job per import or export row: enqueueing it again while it runs changes nothing. */
  userData: (payload: z.input<typeof userDataPayload>) =>
    payload.task === 'import-opml' ? `import-opml-${payload.importId}` : `export-data-${payload.exportId}`,
  /** One check of a claim at a time; checks asked for while one runs join it. */
  verifyClaim: (claimId: string) => `claim-${claimId}`,
};

/**
 * BullMQ key prefix. The hash tag keeps all keys of the app on one Redis Cluster slot, which BullMQ's
 * multi-key Lua scripts require.
 */
export function queuePrefix(prefix: string): string {
  return `{${prefix}}`;
}

/** Redis pub/sub channels for live updates (worker → API processes → SSE clients). */
export const CHANNEL = {
  sourceEntries: (prefix: string) => `${prefix}:live:source-entries`,
  notifications: (prefix: string) => `${prefix}:live:notifications`,
  shares: (prefix: string) => `${prefix}:live:shares`,
  /** Sessions that ended (sign-out, revocation, password change, suspension…): their live streams end. */
  sessionsEnded: (prefix: string) => `${prefix}:live:sessions-ended`,
};

/** Published on CHANNEL.sourceEntries after new entries are stored. */
export const sourceEntriesEvent = z.object({
  sourceId: id,
  entryIds: z.array(id).max(1000),
});
export type SourceEntriesEvent = z.infer<typeof sourceEntriesEvent>;

/**
 * Published on CHANNEL.notifications after a notification row is stored (by either app, through the one
 * NotificationWriter of @tributary/domain): the recipient's open streams re-read it and show it live.
 */
export const notificationEvent = z.object({
  userId: id,
  notificationId: id,
});
export type NotificationEvent = z.infer<typeof notificationEvent>;

/** Published on CHANNEL.shares when someone shares an entry: their followers' timelines gain it live. */
export const shareEvent = z.object({
  shareId: id,
  userId: id,
  entryId: id,
  note: z.string().max(10_000),
  sharedAt: z.iso.datetime(),
});
export type ShareEvent = z.infer<typeof shareEvent>;

/** The most ids one sessions-ended message carries; publishers split longer lists. */
export const SESSIONS_ENDED_MAX_IDS = 1000;

/**
 * Published on CHANNEL.sessionsEnded after the session rows are gone: every API process ends the open
 * live streams of `sessionIds`, and of every session of `userIds` (suspension, account deletion).
 */
export const sessionsEndedEvent = z.object({
  sessionIds: z.array(id).max(SESSIONS_ENDED_MAX_IDS).default([]),
  userIds: z.array(id).max(SESSIONS_ENDED_MAX_IDS).default([]),
});
export type SessionsEndedEvent = z.infer<typeof sessionsEndedEvent>;

/**
 * Checks that every queue has exactly one handler: a worker that boots without a processor for some
 * queue would let jobs pile up silently, and two would race.
 */
export function assertQueueRegistry(handled: readonly string[]): void {
  const problems: string[] = [];
  for (const queue of QUEUE_NAMES) {
    const count = handled.filter((name) => name === queue).length;
    if (count === 0) problems.push(`queue "${queue}" has no processor`);
    if (count > 1) problems.push(`queue "${queue}" has ${count} processors`);
  }
  for (const name of handled) {
    if (!QUEUE_NAMES.includes(name as QueueName)) problems.push(`processor for unknown queue "${name}"`);
  }
  if (problems.length > 0) throw new Error(`Queue registry mismatch: ${problems.join('; ')}`);
}
