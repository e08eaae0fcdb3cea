import { Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { type JobProcessor } from '../../queue/job-processor.js';
import { IngestService } from './ingest.service.js';

/** Resolves pasted input for the API, which awaits the job (previews, subscriptions). */
@Injectable()
export class ResolveSourceProcessor implements JobProcessor<typeof QUEUE.resolveSource> {
  readonly queue = QUEUE.resolveSource;
  readonly concurrency = 8;

  constructor(private readonly ingest: IngestService) {}

  process(payload: ParsedJobPayload<typeof QUEUE.resolveSource>) {
    return this.ingest.resolve(payload.input, payload.kindHint, undefined, payload.userId);
  }
}
