import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobPayload, QUEUE, websubPayload } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { RedisService } from '../../common/redis.service.js';

/** The API's producer for pushed WebSub content: the worker parses and stores it, never the request. */
@Injectable()
export class WebSubJobs implements OnModuleDestroy {
  private readonly logger = new Logger('WebSub');
  private readonly queue: TypedQueue<typeof QUEUE.websub>;

  constructor(@Inject(API_CONFIG) config: ApiConfig, redis: RedisService) {
    this.queue = openQueue(QUEUE.websub, { connection: redis.client, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', (error: Error) => this.logger.warn(`queue ${QUEUE.websub}: ${error.message}`));
  }

  /** Throws when Redis is away (the producer fails fast); the callback then asks the hub to retry. */
  async enqueuePush(payload: Extract<JobPayload<typeof QUEUE.websub>, { task: 'push' }>): Promise<void> {
    await this.queue.add(QUEUE.websub, websubPayload.parse(payload));
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
