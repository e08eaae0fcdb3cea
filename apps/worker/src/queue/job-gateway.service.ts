import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobPayload, type QueueName } from '@tributary/jobs';
import { type EnqueueOptions, QueueGateway, type WaitOutcome } from '@tributary/jobs/gateway';
import { type Job } from 'bullmq';
import { type Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { RedisConnections } from './redis-connections.js';

/**
 * The worker's one way into its own queues (issue #16): the shared QueueGateway of @tributary/jobs on a
 * fail-fast producer connection. The schedule tick enqueues fetches, WebSub its hub requests, and the
 * recurring jobs (tick, purge-sessions, websub-maintain) are upserted here. Failures surface as
 * QueueUnavailableError; the job that enqueued then fails and retries like any other.
 */
@Injectable()
export class JobGateway implements OnModuleDestroy {
  private readonly logger = new Logger(JobGateway.name);
  private readonly gateway: QueueGateway;
  /** The producer connection (its 'ready' event marks a reconnect: schedulers are restored then). */
  readonly connection: Redis;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    this.connection = connections.forCommands('producers');
    this.gateway = new QueueGateway({
      connection: this.connection,
      prefix: config.QUEUE_PREFIX,
      // RedisConnections closes what it opened; the listener's own close is a no-op here.
      openEventsConnection: (queue) => ({ connection: connections.forWorker(`${queue}-events`), close: () => undefined }),
      warn: (message) => this.logger.warn(message),
    });
  }

  enqueue<Q extends QueueName>(queue: Q, payload: JobPayload<Q>, options?: EnqueueOptions): Promise<Job> {
    return this.gateway.enqueue(queue, payload, options);
  }

  enqueueMany<Q extends QueueName>(
    queue: Q,
    jobs: readonly { payload: JobPayload<Q>; options?: EnqueueOptions }[],
  ): Promise<Job[]> {
    return this.gateway.enqueueMany(queue, jobs);
  }

  enqueueAndWait<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    options: EnqueueOptions & { timeoutMs: number },
  ): Promise<WaitOutcome> {
    return this.gateway.enqueueAndWait(queue, payload, options);
  }

  upsertScheduler<Q extends QueueName>(queue: Q, schedulerId: string, everyMs: number, payload: JobPayload<Q>) {
    return this.gateway.upsertScheduler(queue, schedulerId, everyMs, payload);
  }

  jobCounts(queue: QueueName, ...states: string[]): Promise<Record<string, number>> {
    return this.gateway.jobCounts(queue, ...states);
  }

  async onModuleDestroy(): Promise<void> {
    await this.gateway.close();
  }
}
