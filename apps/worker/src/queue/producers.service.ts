import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { QUEUE } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { RedisConnections } from './redis-connections.js';

/** Producers for the queues the worker itself enqueues into. */
@Injectable()
export class Producers implements OnModuleDestroy {
  readonly fetchSource: TypedQueue<typeof QUEUE.fetchSource>;
  readonly housekeeping: TypedQueue<typeof QUEUE.housekeeping>;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    const connection = connections.forCommands('producers');
    const options = { connection, prefix: config.QUEUE_PREFIX };
    this.fetchSource = openQueue(QUEUE.fetchSource, options);
    this.housekeeping = openQueue(QUEUE.housekeeping, options);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.fetchSource.close(), this.housekeeping.close()]);
  }
}
