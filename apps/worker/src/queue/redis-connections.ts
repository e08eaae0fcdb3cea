import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';

/**
 * Redis connections with the settings BullMQ's production guide asks for: workers (blocking commands)
 * never give up on a request (`maxRetriesPerRequest: null`) and reconnect forever with a capped delay;
 * producers fail fast instead of queueing commands while Redis is away (`enableOfflineQueue: false`).
 */
@Injectable()
export class RedisConnections implements OnModuleDestroy {
  private readonly logger = new Logger(RedisConnections.name);
  private readonly opened: Redis[] = [];

  constructor(@Inject(WORKER_CONFIG) private readonly config: WorkerConfig) {}

  static readonly workerOptions: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (attempt: number) => Math.min(1_000 * 2 ** Math.min(attempt, 5), 20_000),
  };

  static readonly producerOptions: RedisOptions = {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt: number) => Math.min(attempt * 500, 5_000),
  };

  /**
   * A connection for a BullMQ Worker or QueueEvents (blocking commands), or for commands that must wait
   * out a Redis outage. `autoPipelining` (never with blocking commands): commands issued in the same
   * event-loop turn leave in one write.
   */
  forWorker(name: string, { autoPipelining = false }: { autoPipelining?: boolean } = {}): Redis {
    return this.open(name, { ...RedisConnections.workerOptions, enableAutoPipelining: autoPipelining });
  }

  /** A connection for producers and plain commands (`autoPipelining` as for {@link forWorker}). */
  forCommands(name: string, { autoPipelining = false }: { autoPipelining?: boolean } = {}): Redis {
    return this.open(name, { ...RedisConnections.producerOptions, enableAutoPipelining: autoPipelining });
  }

  private open(name: string, options: RedisOptions): Redis {
    const client = new Redis(this.config.REDIS_URL, { ...options, connectionName: `tributary-worker:${name}` });
    let isDown = false;
    client.on('error', (error: Error) => {
      if (!isDown) this.logger.warn(`Redis (${name}) unavailable: ${error.message}`);
      isDown = true;
    });
    client.on('ready', () => {
      if (isDown) this.logger.log(`Redis (${name}) reconnected`);
      isDown = false;
    });
    this.opened.push(client);
    return client;
  }

  /**
   * BullMQ loses jobs if Redis evicts keys under memory pressure; refuse to run on such a server.
   * Managed Redis services sometimes forbid CONFIG: then only warn.
   */
  async assertServerSettings(client: Redis): Promise<void> {
    let policy: string | undefined;
    try {
      const reply = (await client.config('GET', 'maxmemory-policy')) as string[];
      policy = reply[1];
    } catch (error) {
      this.logger.warn(`could not read Redis maxmemory-policy (${(error as Error).message}); make sure it is noeviction`);
      return;
    }
    if (policy && policy !== 'noeviction') {
      throw new Error(`Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or jobs can be lost`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.opened.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
