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

export const PAYLOAD = {
  [QUEUE.fetchSource]: fetchSourcePayload,
  [QUEUE.resolveSource]: resolveSourcePayload,
  [QUEUE.housekeeping]: housekeepingPayload,
  [QUEUE.userData]: userDataPayload,
  [QUEUE.verifyClaim]: verifyClaimPayload,
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
};

/** Published on CHANNEL.sourceEntries after new entries are stored. */
export const sourceEntriesEvent = z.object({
  sourceId: id,
  entryIds: z.array(id).max(1000),
});
export type SourceEntriesEvent = z.infer<typeof sourceEntriesEvent>;

/** Published on CHANNEL.shares when someone shares an entry: their followers' timelines gain it live. */
export const shareEvent = z.object({
  shareId: id,
  userId: id,
  entryId: id,
  note: z.string().max(10_000),
  sharedAt: z.iso.datetime(),
});
export type ShareEvent = z.infer<typeof shareEvent>;

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
