import { type ConnectionOptions, type Job, type JobsOptions, type Queue, QueueEvents } from 'bullmq';
import { type JobPayload, parsePayload, queuePrefix, type QueueName } from './index.js';
import { openQueue } from './queues.js';

/** How long a gateway waits for a queue-events listener before it calls the queue down. */
export const EVENTS_READY_MS = 3_000;

/** How a job the caller waited for ended: its return value, still running at the deadline, or failed. */
export type WaitOutcome =
  { status: 'finished'; value: unknown } | { status: 'timed-out' } | { status: 'failed'; message: string };

/**
 * The queue could not take the job (Redis away: producers fail fast), or its events listener did not
 * become ready in time. `stage` says which; each app maps this one error to its own (the API: INTERNAL).
 */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  constructor(
    readonly queue: QueueName,
    readonly stage: 'enqueue' | 'listen',
    options?: { cause?: unknown },
  ) {
    super(`queue ${queue} is unavailable (${stage})`, options);
  }
}

export interface EnqueueOptions {
  /** A job of this id already queued absorbs this one (see `jobId` in the contract). */
  jobId?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

export interface JobGatewayOptions {
  /** The command connection every queue shares (in request paths: `enableOfflineQueue: false`). */
  connection: ConnectionOptions;
  /** QUEUE_PREFIX (the hash tag is added here). */
  prefix: string;
  /** A connection of its own for one queue's events listener (its blocking reads need one). */
  openEventsConnection: (queue: QueueName) => { connection: ConnectionOptions; close: () => void };
  warn: (message: string) => void;
}

interface Listener {
  queueEvents: QueueEvents;
  close: () => void;
  ready: Promise<unknown>;
}

/**
 * The one way either app reaches a queue (issue #16): `enqueue` validates the payload against the
 * contract and adds the job; `enqueueAndWait` also waits for its answer up to a deadline and maps how it
 * ended onto a WaitOutcome; `enqueueMany` and `upsertScheduler` serve the worker's own schedule. Every
 * failure to reach Redis surfaces as one QueueUnavailableError. Framework-free: each app wraps it in
 * its Nest provider (apps/api/src/common/job-gateway.service.ts, apps/worker/src/queue/job-gateway.service.ts).
 */
export class QueueGateway {
  /** Untyped inside: every payload is validated against its queue's schema first. */
  private readonly queues = new Map<QueueName, Queue>();
  private readonly listeners = new Map<QueueName, Listener>();

  constructor(private readonly options: JobGatewayOptions) {}

  async enqueue<Q extends QueueName>(queue: Q, payload: JobPayload<Q>, options: EnqueueOptions = {}): Promise<Job> {
    const data = parsePayload(queue, payload);
    try {
      return await this.queueFor(queue).add(queue, data, toJobOptions(options));
    } catch (error) {
      this.options.warn(`could not enqueue ${queue}: ${(error as Error).message}`);
      throw new QueueUnavailableError(queue, 'enqueue', { cause: error });
    }
  }

  /** Adds many jobs in one round trip (deterministic ids collapse duplicates). */
  async enqueueMany<Q extends QueueName>(
    queue: Q,
    jobs: readonly { payload: JobPayload<Q>; options?: EnqueueOptions }[],
  ): Promise<Job[]> {
    if (jobs.length === 0) return [];
    const bulk = jobs.map((job) => ({
      name: queue,
      data: parsePayload(queue, job.payload),
      opts: toJobOptions(job.options ?? {}),
    }));
    try {
      return await this.queueFor(queue).addBulk(bulk);
    } catch (error) {
      this.options.warn(`could not enqueue ${jobs.length} ${queue} jobs: ${(error as Error).message}`);
      throw new QueueUnavailableError(queue, 'enqueue', { cause: error });
    }
  }

  /**
   * Adds a job and waits for it up to `timeoutMs`. A job removed on completion before the wait began
   * counts as finished (its value is then undefined: callers that need it keep results a while).
   * A job that fails and will be retried is still running; only its last failure is `failed`.
   */
  async enqueueAndWait<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    options: EnqueueOptions & { timeoutMs: number },
  ): Promise<WaitOutcome> {
    const listener = this.listenerFor(queue);
    await this.readyWithin(queue, listener.ready);
    const job = await this.enqueue(queue, payload, options);
    try {
      return { status: 'finished', value: await job.waitUntilFinished(listener.queueEvents, options.timeoutMs) };
    } catch (error) {
      return this.outcomeOf(queue, job, error);
    }
  }

  /**
   * Creates or updates a recurring job (idempotent: every worker process upserts the same one). Its jobs
   * are named `schedulerId`, so the queue dashboard tells them apart.
   */
  async upsertScheduler<Q extends QueueName>(
    queue: Q,
    schedulerId: string,
    everyMs: number,
    payload: JobPayload<Q>,
  ): Promise<void> {
    const data = parsePayload(queue, payload);
    await this.queueFor(queue).upsertJobScheduler(schedulerId, { every: everyMs }, { name: schedulerId, data });
  }

  /** How many jobs of `queue` are in each of `states` (a state with none may be missing). */
  jobCounts(queue: QueueName, ...states: string[]): Promise<Record<string, number>> {
    return this.queueFor(queue).getJobCounts(...(states as Parameters<Queue['getJobCounts']>));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    for (const listener of this.listeners.values()) {
      await listener.queueEvents.close().catch(() => undefined);
      listener.close();
    }
    this.queues.clear();
    this.listeners.clear();
  }

  /** The one failure mapping of a wait: BullMQ's errors → timed-out, finished-and-gone, or failed. */
  private outcomeOf(queue: QueueName, job: Job, error: unknown): WaitOutcome {
    const message = (error as Error).message;
    if (/timed out|timeout/i.test(message)) return { status: 'timed-out' };
    if (/missing/i.test(message)) return { status: 'finished', value: undefined };
    this.options.warn(`${queue} job ${job.id} failed: ${message}`);
    return { status: 'failed', message };
  }

  private queueFor(queue: QueueName): Queue {
    let opened = this.queues.get(queue);
    if (!opened) {
      opened = openQueue(queue, { connection: this.options.connection, prefix: this.options.prefix }) as Queue;
      opened.on('error', (error: Error) => this.options.warn(`queue ${queue}: ${error.message}`));
      this.queues.set(queue, opened);
    }
    return opened;
  }

  private listenerFor(queue: QueueName): Listener {
    let listener = this.listeners.get(queue);
    if (!listener) {
      const { connection, close } = this.options.openEventsConnection(queue);
      const queueEvents = new QueueEvents(queue, { connection, prefix: queuePrefix(this.options.prefix) });
      queueEvents.on('error', (error: Error) => this.options.warn(`queue events ${queue}: ${error.message}`));
      const ready = queueEvents.waitUntilReady();
      ready.catch(() => undefined);
      listener = { queueEvents, close, ready };
      this.listeners.set(queue, listener);
    }
    return listener;
  }

  private async readyWithin(queue: QueueName, promise: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError(queue, 'listen')), EVENTS_READY_MS);
    });
    try {
      await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toJobOptions(options: EnqueueOptions): JobsOptions {
  return {
    ...(options.jobId && { jobId: options.jobId }),
    ...(options.delayMs && options.delayMs > 0 && { delay: options.delayMs }),
  };
}
