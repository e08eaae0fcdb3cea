import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobPayload, type QueueName } from '@tributary/jobs';
import { type EnqueueOptions, QueueGateway, QueueUnavailableError, type WaitOutcome } from '@tributary/jobs/gateway';
import { type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { API_CONFIG, type ApiConfig } from './config.js';
import { AppError } from './errors.js';
import { RedisService } from './redis.service.js';

export type { WaitOutcome } from '@tributary/jobs/gateway';

export const QUEUE_DOWN = 'Tributary cannot reach its job queue right now. Please try again in a moment.';

/**
 * The API's one way to the worker (issue #16): the shared QueueGateway of @tributary/jobs on the API's
 * fail-fast command connection, with its one failure mapped to INTERNAL. `enqueue` validates the payload
 * and adds the job; `enqueueAndWait` then waits up to a deadline for the job's answer. Each awaited queue
 * gets one QueueEvents listener, opened on first use on a connection of its own.
 */
@Injectable()
export class JobGateway implements OnModuleDestroy {
  private readonly logger = new Logger(JobGateway.name);
  private readonly gateway: QueueGateway;

  constructor(@Inject(API_CONFIG) config: ApiConfig, redis: RedisService) {
    this.gateway = new QueueGateway({
      connection: redis.client,
      prefix: config.QUEUE_PREFIX,
      openEventsConnection: (queue) => {
        const connection = new Redis(config.REDIS_URL, {
          connectionName: `tributary-api:${queue}-events`,
          maxRetriesPerRequest: null,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
        });
        connection.on('error', () => undefined);
        return { connection, close: () => connection.disconnect() };
      },
      warn: (message) => this.logger.warn(message),
    });
  }

  /** Adds a job; with `jobId`, a job of that id already queued absorbs this one. */
  enqueue<Q extends QueueName>(queue: Q, payload: JobPayload<Q>, jobId?: string): Promise<Job> {
    return mapFailure(this.gateway.enqueue(queue, payload, { jobId }));
  }

  /**
   * Adds a job and waits for it up to `timeoutMs`. A job removed on completion before the wait began
   * counts as finished (its value is then undefined: callers that need it keep results a while).
   */
  enqueueAndWait<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    options: EnqueueOptions & { timeoutMs: number },
  ): Promise<WaitOutcome> {
    return mapFailure(this.gateway.enqueueAndWait(queue, payload, options));
  }

  async onModuleDestroy(): Promise<void> {
    await this.gateway.close();
  }
}

/** The gateway's one failure, as the API reports it: INTERNAL with a message a person can act on. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof QueueUnavailableError)) return error;
  return new AppError(
    'INTERNAL',
    error.stage === 'listen' ? `The job queue did not answer in time. ${QUEUE_DOWN}` : QUEUE_DOWN,
  );
}

async function mapFailure<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw toAppError(error);
  }
}
