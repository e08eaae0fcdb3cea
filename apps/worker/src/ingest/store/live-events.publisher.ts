import { Inject, Injectable, Logger } from '@nestjs/common';
import { CHANNEL, type SourceEntriesEvent } from '@tributary/jobs';
import { type Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { RedisConnections } from '../../queue/redis-connections.js';

/** Tells every API process (Redis pub/sub) that a source has new entries, for live timelines. */
@Injectable()
export class LiveEventsPublisher {
  private readonly logger = new Logger(LiveEventsPublisher.name);
  private readonly redis: Redis;
  private readonly channel: string;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    // The fetches of one write batch publish together: one write (auto-pipelining).
    this.redis = connections.forCommands('live-events', { autoPipelining: true });
    this.channel = CHANNEL.sourceEntries(config.QUEUE_PREFIX);
  }

  /** Best effort: the entries are stored either way; a missed event only delays a live update. */
  async newEntries(event: SourceEntriesEvent): Promise<void> {
    if (event.entryIds.length === 0) return;
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`could not publish new entries of ${event.sourceId}: ${(error as Error).message}`);
    }
  }
}
