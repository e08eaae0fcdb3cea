import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobPayload, QUEUE, websubJobId } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { type Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { RedisConnections } from '../queue/redis-connections.js';
import { type MaintenanceCandidate } from './websub.repository.js';

/** How often the maintenance pass (lease renewal, retries, unsubscriptions) runs. */
export const MAINTAIN_EVERY_MS = 60_000;

/** The worker's producer for its own WebSub tasks (pushes come from the API). */
@Injectable()
export class WebSubQueue implements OnModuleDestroy {
  private readonly logger = new Logger('WebSub');
  readonly queue: TypedQueue<typeof QUEUE.websub>;
  /** The producer's connection (its 'ready' event marks a reconnect). */
  readonly connection: Redis;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    this.connection = connections.forCommands('websub');
    this.queue = openQueue(QUEUE.websub, { connection: this.connection, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', (error: Error) => this.logger.warn(`queue ${QUEUE.websub}: ${error.message}`));
  }

  /** One subscribe job per source at a time (deterministic id); `delayMs` lets a new subscriber be linked first. */
  async subscribe(candidate: MaintenanceCandidate, delayMs = 0): Promise<void> {
    const data: JobPayload<typeof QUEUE.websub> = { task: 'subscribe', ...candidate };
    await this.queue.add(QUEUE.websub, data, {
      jobId: websubJobId.subscribe(candidate.sourceId),
      ...(delayMs > 0 && { delay: delayMs }),
    });
  }

  async unsubscribe(sourceId: string): Promise<void> {
    await this.queue.add(
      QUEUE.websub,
      { task: 'unsubscribe', sourceId },
      { jobId: websubJobId.unsubscribe(sourceId) },
    );
  }

  /** Idempotent: every worker process upserts the same scheduler. */
  async ensureScheduler(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'websub-maintain',
      { every: MAINTAIN_EVERY_MS },
      { name: QUEUE.websub, data: { task: 'maintain' } },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
