import { Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { type JobProcessor } from '../queue/job-processor.js';
import { ScheduleRepository } from './schedule.repository.js';
import { ScheduleService } from './schedule.service.js';

@Injectable()
export class HousekeepingProcessor implements JobProcessor<typeof QUEUE.housekeeping> {
  readonly queue = QUEUE.housekeeping;
  readonly concurrency = 1;

  constructor(
    private readonly schedule: ScheduleService,
    private readonly repository: ScheduleRepository,
  ) {}

  async process(payload: ParsedJobPayload<typeof QUEUE.housekeeping>): Promise<unknown> {
    switch (payload.task) {
      case 'tick':
        return { enqueued: await this.schedule.tick() };
      case 'purge-sessions':
        return { purged: await this.repository.purgeExpiredSessions() };
    }
  }
}
