import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { QUEUE, jobId, queuePrefix, resolveResult, resolveSourcePayload, type JobPayload, type ResolveResult } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';

const QUEUE_DOWN = 'Tributary cannot reach its job queue right now. Please try again in a moment.';

/**
 * The API's producers for source jobs. The API never fetches remote content: it enqueues a resolve job
 * and awaits the worker's answer (bounded by RESOLVE_TIMEOUT_MS), or enqueues a fetch and returns.
 * Producers share the fail-fast command connection, so a request fails at once while Redis is down.
 */
@Injectable()
export class SourceJobsService implements OnModuleDestroy {
  private readonly logger = new Logger(SourceJobsService.name);
  private readonly resolveQueue: TypedQueue<typeof QUEUE.resolveSource>;
  private readonly fetchQueue: TypedQueue<typeof QUEUE.fetchSource>;
  private events?: { queueEvents: QueueEvents; connection: Redis; ready: Promise<unknown> };

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    redis: RedisService,
  ) {
    const options = { connection: redis.client, prefix: config.QUEUE_PREFIX };
    this.resolveQueue = openQueue(QUEUE.resolveSource, options);
    this.fetchQueue = openQueue(QUEUE.fetchSource, options);
    for (const queue of [this.resolveQueue, this.fetchQueue]) {
      queue.on('error', (error: Error) => this.logger.warn(`queue ${queue.name}: ${error.message}`));
    }
  }

  /** Asks the worker to resolve `input`; a successful answer has stored the source and its posts. */
  async resolve(payload: JobPayload<typeof QUEUE.resolveSource>): Promise<ResolveResult> {
    const data = resolveSourcePayload.parse(payload);
    const events = this.queueEvents();
    await this.withinTimeout(events.ready, 'The job queue did not answer in time.');
    let job;
    try {
      job = await this.resolveQueue.add(QUEUE.resolveSource, data);
    } catch (error) {
      this.logger.warn(`could not enqueue resolve: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
    let answer: unknown;
    try {
      answer = await job.waitUntilFinished(events.queueEvents, this.config.RESOLVE_TIMEOUT_MS);
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`resolve job ${job.id} did not finish: ${message}`);
      if (/timed out|timeout/i.test(message)) {
        throw new AppError('SOURCE_UNREACHABLE', 'Looking up that source took too long. Please try again.');
      }
      throw new AppError('SOURCE_UNREACHABLE', 'That source could not be looked up right now. Please try again.');
    }
    const parsed = resolveResult.safeParse(answer);
    if (!parsed.success) {
      this.logger.error(`resolve job ${job.id} answered outside the contract: ${parsed.error.message}`);
      throw new AppError('INTERNAL', 'That source could not be looked up right now. Please try again.');
    }
    return parsed.data;
  }

  /** Enqueues a fetch now; the job id is the source id, so a fetch already queued absorbs this one. */
  async fetchNow(sourceId: string, reason: 'manual' | 'backfill'): Promise<void> {
    try {
      await this.fetchQueue.add(QUEUE.fetchSource, { sourceId, reason }, { jobId: jobId.fetchSource(sourceId) });
    } catch (error) {
      this.logger.warn(`could not enqueue fetch of ${sourceId}: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
  }

  /** One QueueEvents listener per process, opened on first use (its blocking reads need their own connection). */
  private queueEvents() {
    if (!this.events) {
      const connection = new Redis(this.config.REDIS_URL, {
        connectionName: 'tributary-api:queue-events',
        maxRetriesPerRequest: null,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      });
      connection.on('error', () => undefined);
      const queueEvents = new QueueEvents(QUEUE.resolveSource, { connection, prefix: queuePrefix(this.config.QUEUE_PREFIX) });
      queueEvents.on('error', (error: Error) => this.logger.warn(`queue events: ${error.message}`));
      const ready = queueEvents.waitUntilReady();
      ready.catch(() => undefined);
      this.events = { queueEvents, connection, ready };
    }
    return this.events;
  }

  private async withinTimeout(promise: Promise<unknown>, message: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('INTERNAL', `${message} ${QUEUE_DOWN}`)), 3_000);
    });
    try {
      await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([this.resolveQueue.close(), this.fetchQueue.close()]);
    if (this.events) {
      await this.events.queueEvents.close().catch(() => undefined);
      this.events.connection.disconnect();
    }
  }
}
