import { type ParsedJobPayload, type QueueName } from '@tributary/jobs';
import { type Job } from 'bullmq';

/**
 * One processor per queue, one file each; it validates the payload (done by the host) and hands the
 * work to a service. Returning normally completes the job; throwing retries it; throwing
 * `UnrecoverableError` fails it for good.
 */
export interface JobProcessor<Q extends QueueName = QueueName> {
  readonly queue: Q;
  /** Jobs of this queue one worker process runs at once. */
  readonly concurrency: number;
  process(payload: ParsedJobPayload<Q>, job: Job): Promise<unknown>;
}

export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');
