import { Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { type JobProcessor } from '../queue/job-processor.js';
import { HubSubscriber } from './hub-subscriber.service.js';

/** WebSub tasks: pushed content from the API, and the worker's own hub requests and lease upkeep. */
@Injectable()
export class WebSubProcessor implements JobProcessor<typeof QUEUE.websub> {
  readonly queue = QUEUE.websub;
  readonly concurrency = 8;

  constructor(private readonly websub: HubSubscriber) {}

  process(payload: ParsedJobPayload<typeof QUEUE.websub>) {
    switch (payload.task) {
      case 'push':
        return this.websub.push(payload);
      case 'subscribe':
        return this.websub.subscribe(payload);
      case 'unsubscribe':
        return this.websub.unsubscribe(payload);
      case 'maintain':
        return this.websub.maintain();
    }
  }
}
