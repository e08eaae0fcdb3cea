import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobPayload, parsePayload, queuePrefix, type QueueName } from '@tributary/jobs';
import { openQueue } from '@tributary/jobs/queues';
import { type Job, type Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { API_CONFIG, type ApiConfig } from './config.js';
import { AppError } from './errors.js';
import { RedisService } from './redis.service.js';

export const QUEUE_DOWN = 'Tributary cannot reach its job queue right now. Please try again in a moment.';
/** How long the API waits for its queue-events listener before it calls the queue down. */
const EVENTS_READY_MS = 3_000;

/** How a job the API waited for ended: its return value, still running at the deadline, or failed. */
export type WaitOutcome =
  { status: 'finished'; value: unknown } | { status: 'timed-out' } | { status: 'failed'; message: string };

interface Listener {
  queueEvents: QueueEvents;
  connection: Redis;
  ready: Promise<unknown>;
}

/**
 * The API's one way to the worker (issue #16, step 1): `enqueue` (validate the payload, add the job,
 * fail fast with INTERNAL while Redis is down) and `enqueueAndWait` (the same, then wait up to a
 * deadline for the job's answer). Queues share the fail-fast command connection; each awaited queue
 * gets one QueueEvents listener, opened on first use (its blocking reads need their own connection).
 */
@Injectable()
export class JobGateway implements OnModuleDestroy {
  private readonly logger = new Logger(JobGateway.name);
  /** Untyped inside: `enqueue` validates each payload against its queue's schema first. */
  private readonly queues = new Map<QueueName, Queue>();
  private readonly listeners = new Map<QueueName, Listener>();

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly redis: RedisService,
  ) {}

  /** Adds a job; with `jobId`, a job of that id already queued absorbs this one. */
  async enqueue<Q extends QueueName>(queue: Q, payload: JobPayload<Q>, jobId?: string): Promise<Job> {
    const data = parsePayload(queue, payload);
    try {
      return await this.queueFor(queue).add(queue, data, jobId ? { jobId } : {});
    } catch (error) {
      this.logger.warn(`could not enqueue ${queue}: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
  }

  /**
   * Adds a job and waits for it up to `timeoutMs`. A job removed on completion before the wait began
   * counts as finished (its value is then undefined: callers that need it keep results a while).
   */
  async enqueueAndWait<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    options: { timeoutMs: number; jobId?: string },
  ): Promise<WaitOutcome> {
    const listener = this.listenerFor(queue);
    await this.withinTimeout(listener.ready);
    const job = await this.enqueue(queue, payload, options.jobId);
    try {
      return {
        status: 'finished',
        value: await job.waitUntilFinished(listener.queueEvents, options.timeoutMs),
      };
    } catch (error) {
      const message = (error as Error).message;
      if (/timed out|timeout/i.test(message)) return { status: 'timed-out' };
      if (/missing/i.test(message)) return { status: 'finished', value: undefined };
      this.logger.warn(`${queue} job ${job.id} failed: ${message}`);
      return { status: 'failed', message };
    }
  }

  private queueFor(queue: QueueName): Queue {
    let opened = this.queues.get(queue);
    if (!opened) {
      opened = openQueue(queue, { connection: this.redis.client, prefix: this.config.QUEUE_PREFIX });
      opened.on('error', (error: Error) => this.logger.warn(`queue ${queue}: ${error.message}`));
      this.queues.set(queue, opened);
    }
    return opened;
  }

  private listenerFor(queue: QueueName): Listener {
    let listener = this.listeners.get(queue);
    if (!listener) {
      const connection = new Redis(this.config.REDIS_URL, {
        connectionName: `tributary-api:${queue}-events`,
        maxRetriesPerRequest: null,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      });
      connection.on('error', () => undefined);
      const queueEvents = new QueueEvents(queue, {
        connection,
        prefix: queuePrefix(this.config.QUEUE_PREFIX),
      });
      queueEvents.on('error', (error: Error) => this.logger.warn(`queue events ${queue}: ${error.message}`));
      const ready = queueEvents.waitUntilReady();
      ready.catch(() => undefined);
      listener = { queueEvents, connection, ready };
      this.listeners.set(queue, listener);
    }
    return listener;
  }

  private async withinTimeout(promise: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('INTERNAL', `The job queue did not answer in time. ${QUEUE_DOWN}`)),
        EVENTS_READY_MS,
      );
    });
    try {
      await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    for (const listener of this.listeners.values()) {
      await listener.queueEvents.close().catch(() => undefined);
      listener.connection.disconnect();
    }
  }
}
