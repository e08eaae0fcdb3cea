import { type ConnectionOptions, type JobsOptions, Queue } from 'bullmq';
import { type JobPayload, QUEUE, type QueueName, queuePrefix } from './index.js';

/** Retry and retention per queue: finished jobs are removed so deterministic ids can be reused. */
export const JOB_OPTIONS = {
  [QUEUE.fetchSource]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: true,
    removeOnFail: { age: 24 * 3600, count: 1_000 },
  },
  [QUEUE.resolveSource]: {
    attempts: 1,
    removeOnComplete: { age: 300 },
    removeOnFail: { age: 300 },
  },
  [QUEUE.housekeeping]: {
    attempts: 1,
    removeOnComplete: true,
    removeOnFail: { count: 100 },
  },
  // Transient failures (timeouts, 5xx, 429) retry; the claim records each outcome itself, so
  // finished jobs are removed at once and the next check of the same claim gets a fresh job.
  [QUEUE.verifyClaim]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: true,
    removeOnFail: true,
  },
  // Imports and exports record their progress in their rows and resume where they stopped.
  [QUEUE.userData]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  // Pushes are stored like fetches (idempotent upserts): a failed one retries; a hub's content is never
  // lost to a worker restart. Finished jobs go at once: a push body can be large.
  [QUEUE.websub]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: true,
    removeOnFail: { age: 24 * 3600, count: 1_000 },
  },
} as const satisfies Record<QueueName, JobsOptions>;

export type TypedQueue<Q extends QueueName> = Queue<JobPayload<Q>, unknown, string>;

/** A producer for one queue with Tributary's prefix and default job options. */
export function openQueue<Q extends QueueName>(
  name: Q,
  options: { connection: ConnectionOptions; prefix: string },
): TypedQueue<Q> {
  return new Queue<JobPayload<Q>, unknown, string>(name, {
    connection: options.connection,
    prefix: queuePrefix(options.prefix),
    defaultJobOptions: JOB_OPTIONS[name],
  });
}
