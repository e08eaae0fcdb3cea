import { Inject, Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { type JobProcessor } from '../../queue/job-processor.js';
import { FetchMetrics } from '../../metrics/fetch-metrics.service.js';
import { type FetchOutcome, IngestService } from './ingest.service.js';

@Injectable()
export class FetchSourceProcessor implements JobProcessor<typeof QUEUE.fetchSource> {
  readonly queue = QUEUE.fetchSource;
  readonly concurrency: number;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly ingest: IngestService,
    private readonly metrics: FetchMetrics,
  ) {
    this.concurrency = config.FETCH_CONCURRENCY;
  }

  async process(payload: ParsedJobPayload<typeof QUEUE.fetchSource>) {
    const started = performance.now();
    let outcome: FetchOutcome | undefined;
    try {
      outcome = await this.ingest.fetchSource(payload.sourceId);
      return outcome;
    } finally {
      // Skipped and deferred jobs made no request: they are not fetches.
      if (outcome?.status !== 'skipped' && outcome?.status !== 'deferred') {
        this.metrics.recordFetch(
          performance.now() - started,
          outcome?.status !== 'fetched' && outcome?.status !== 'not-modified',
        );
      }
    }
  }
}
