import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { QUEUE } from '@tributary/jobs';
import { type Redis } from 'ioredis';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { RedisConnections } from './redis-connections.js';

/** Producers for the queues the worker itself enqueues into. */
@Injectable()
export class Producers implements OnModuleDestroy {
  readonly fetchSource: TypedQueue<typeof QUEUE.fetchSource>;
  readonly housekeeping: TypedQueue<typeof QUEUE.housekeeping>;
  /** The connection the producers share (its 'ready' event marks a reconnect). */
  readonly connection: Redis;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    const connection = connections.forCommands('producers');
    this.connection = connection;
    const options = { connection, prefix: config.QUEUE_PREFIX };
    this.fetchSource = openQueue(QUEUE.fetchSource, options);
    this.housekeeping = openQueue(QUEUE.housekeeping, options);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.fetchSource.close(), this.housekeeping.close()]);
  }
}
