import { Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { type Job } from 'bullmq';
import { type JobProcessor } from '../queue/job-processor.js';
import { ArchiveWriter } from './archive-writer.service.js';
import { OpmlImportService } from './opml-import.service.js';

/** A person's data in and out: OPML imports (resolve + subscribe per line) and full JSON exports. */
@Injectable()
export class UserDataProcessor implements JobProcessor<typeof QUEUE.userData> {
  readonly queue = QUEUE.userData;
  /** Few at once: each import resolves several feeds in parallel itself, and fetches keep their own queue. */
  readonly concurrency = 2;

  constructor(
    private readonly imports: OpmlImportService,
    private readonly exports: ArchiveWriter,
  ) {}

  process(payload: ParsedJobPayload<typeof QUEUE.userData>, job: Job): Promise<unknown> {
    const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    switch (payload.task) {
      case 'import-opml':
        return this.imports.run(payload.importId, { isLastAttempt });
      case 'export-data':
        return this.exports.run(payload.exportId, { isLastAttempt });
    }
  }
}
