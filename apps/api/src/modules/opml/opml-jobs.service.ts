import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { jobId, QUEUE, userDataPayload, type JobPayload } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';

/** The API's producer for the user-data queue (imports and exports run in the worker). */
@Injectable()
export class UserDataJobs implements OnModuleDestroy {
  private readonly logger = new Logger(UserDataJobs.name);
  readonly queue: TypedQueue<typeof QUEUE.userData>;

  constructor(@Inject(API_CONFIG) config: ApiConfig, redis: RedisService) {
    this.queue = openQueue(QUEUE.userData, { connection: redis.client, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', (error: Error) => this.logger.warn(`queue ${QUEUE.userData}: ${error.message}`));
  }

  async enqueue(payload: JobPayload<typeof QUEUE.userData>): Promise<void> {
    const data = userDataPayload.parse(payload);
    try {
      await this.queue.add(QUEUE.userData, data, { jobId: jobId.userData(data) });
    } catch (error) {
      this.logger.warn(`could not enqueue ${data.task}: ${(error as Error).message}`);
      throw new AppError('INTERNAL', 'Tributary cannot reach its job queue right now. Please try again in a moment.');
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
