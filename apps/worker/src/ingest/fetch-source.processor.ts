import { Inject, Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { type JobProcessor } from '../queue/job-processor.js';
import { IngestService } from './ingest.service.js';

@Injectable()
export class FetchSourceProcessor implements JobProcessor<typeof QUEUE.fetchSource> {
  readonly queue = QUEUE.fetchSource;
  readonly concurrency: number;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly ingest: IngestService,
  ) {
    this.concurrency = config.FETCH_CONCURRENCY;
  }

  process(payload: ParsedJobPayload<typeof QUEUE.fetchSource>) {
    return this.ingest.fetchSource(payload.sourceId);
  }
}
