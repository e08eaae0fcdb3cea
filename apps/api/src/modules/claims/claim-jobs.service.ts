import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type RateLimitRule } from '@tributary/config';
import { CHANNEL, jobId, QUEUE, queuePrefix } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';
import { type RateLimitResult, RateLimitService } from '../rate-limit/rate-limit.service.js';

const QUEUE_DOWN = 'Tributary cannot reach its job queue right now. Please try again in a moment.';
/** Checks of one person's claims per window (all claims together). */
export const CHECK_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 600 };
/** How long `checkClaim` waits for the worker before answering with the claim as it stands. */
const CHECK_WAIT_MS = 12_000;

/**
 * Redis side of claims: the verify-claim producer (the API never fetches; the worker checks), the
 * per-person check limit (a RateLimitService counter), and live delivery of claim notifications.
 */
@Injectable()
export class ClaimJobsService implements OnModuleDestroy {
  private readonly logger = new Logger(ClaimJobsService.name);
  private readonly queue: TypedQueue<typeof QUEUE.verifyClaim>;
  private events?: { queueEvents: QueueEvents; connection: Redis; ready: Promise<unknown> };

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly redis: RedisService,
    private readonly rateLimits: RateLimitService,
  ) {
    this.queue = openQueue(QUEUE.verifyClaim, { connection: redis.client, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', (error: Error) =>
      this.logger.warn(`queue ${QUEUE.verifyClaim}: ${error.message}`),
    );
  }

  /** Counts one check by `userId`; RATE_LIMITED (with retryAfterSeconds) past the limit. */
  async consumeCheck(userId: string): Promise<void> {
    let result: RateLimitResult;
    try {
      result = await this.rateLimits.hitRule('claim-check', userId, CHECK_LIMIT);
    } catch (error) {
      this.logger.warn(`claim check limit unavailable: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
    if (!result.isAllowed) {
      throw new AppError('RATE_LIMITED', `Too many checks; try again in ${result.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }

  /**
   * Enqueues a check (the job id is the claim's, so a check already queued absorbs this one) and waits
   * a few seconds for it. Answers whether it finished in time; the claim row holds the outcome.
   */
  async check(claimId: string): Promise<boolean> {
    const events = this.queueEvents();
    await this.withinTimeout(events.ready);
    let job;
    try {
      job = await this.queue.add(QUEUE.verifyClaim, { claimId }, { jobId: jobId.verifyClaim(claimId) });
    } catch (error) {
      this.logger.warn(`could not enqueue verify-claim: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
    try {
      await job.waitUntilFinished(events.queueEvents, CHECK_WAIT_MS);
      return true;
    } catch (error) {
      const message = (error as Error).message;
      // Finished jobs are removed at once: "missing" means it is already done.
      if (/missing/i.test(message)) return true;
      if (/timed out/i.test(message)) return false;
      this.logger.warn(`verify-claim job ${job.id} failed: ${message}`);
      return true;
    }
  }

  /** Best effort: the notification rows are stored either way. */
  async announce(userId: string, notificationId: string): Promise<void> {
    try {
      await this.redis.client.publish(
        CHANNEL.notifications(this.config.QUEUE_PREFIX),
        JSON.stringify({ userId, notificationId }),
      );
    } catch (error) {
      this.logger.warn(`could not publish notification ${notificationId}: ${(error as Error).message}`);
    }
  }

  private queueEvents() {
    if (!this.events) {
      const connection = new Redis(this.config.REDIS_URL, {
        connectionName: 'tributary-api:claim-events',
        maxRetriesPerRequest: null,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      });
      connection.on('error', () => undefined);
      const queueEvents = new QueueEvents(QUEUE.verifyClaim, {
        connection,
        prefix: queuePrefix(this.config.QUEUE_PREFIX),
      });
      queueEvents.on('error', (error: Error) => this.logger.warn(`queue events: ${error.message}`));
      const ready = queueEvents.waitUntilReady();
      ready.catch(() => undefined);
      this.events = { queueEvents, connection, ready };
    }
    return this.events;
  }

  private async withinTimeout(promise: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('INTERNAL', QUEUE_DOWN)), 3_000);
    });
    try {
      await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    if (this.events) {
      await this.events.queueEvents.close().catch(() => undefined);
      this.events.connection.disconnect();
    }
  }
}
