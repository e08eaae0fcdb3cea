import { Injectable } from '@nestjs/common';
import { QUEUE, type ParsedJobPayload } from '@tributary/jobs';
import { type Job } from 'bullmq';
import { type JobProcessor } from '../queue/job-processor.js';
import { ClaimVerifier } from './claim-verifier.service.js';

/** Checks one ownership claim for the API, which awaits the job (`checkClaim`). */
@Injectable()
export class VerifyClaimProcessor implements JobProcessor<typeof QUEUE.verifyClaim> {
  readonly queue = QUEUE.verifyClaim;
  readonly concurrency = 4;

  constructor(private readonly claims: ClaimVerifier) {}

  process(payload: ParsedJobPayload<typeof QUEUE.verifyClaim>, job: Job) {
    const attempts = job.opts.attempts ?? 1;
    return this.claims.verify(payload.claimId, job.attemptsMade + 1 >= attempts);
  }
}
