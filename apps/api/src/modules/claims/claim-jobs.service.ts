import { Injectable, Logger } from '@nestjs/common';
import { type RateLimitRule } from '@tributary/config';
import { jobId, QUEUE } from '@tributary/jobs';
import { AppError } from '../../common/errors.js';
import { JobGateway, QUEUE_DOWN } from '../../common/job-gateway.service.js';
import { type RateLimitResult, RateLimitService } from '../rate-limit/rate-limit.service.js';

/** Checks of one person's claims per window (all claims together). */
export const CHECK_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 600 };
/** How long `checkClaim` waits for the worker before answering with the claim as it stands. */
const CHECK_WAIT_MS = 12_000;

/**
 * Redis side of claims: the verify-claim job through the gateway (the API never fetches; the worker
 * checks) and the per-person check limit (a RateLimitService counter).
 */
@Injectable()
export class ClaimJobsService {
  private readonly logger = new Logger(ClaimJobsService.name);

  constructor(
    private readonly rateLimits: RateLimitService,
    private readonly jobs: JobGateway,
  ) {}

  /** Counts one check by `userId`; RATE_LIMITED (with retryAfterSeconds) past the limit. */
  async consumeCheck(userId: string): Promise<void> {
    let result: RateLimitResult;
    try {
      result = await this.rateLimits.hitRule('claim-check', userId, CHECK_LIMIT);
    } catch (error) {
      this.logger.warn(`claim check limit unavailable: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
    if (!result.isAllowed) {
      throw new AppError('RATE_LIMITED', `Too many checks; try again in ${result.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }

  /**
   * Enqueues a check (the job id is the claim's, so a check already queued absorbs this one) and waits
   * a few seconds for it. Answers whether it finished in time; the claim row holds the outcome.
   */
  async check(claimId: string): Promise<boolean> {
    const outcome = await this.jobs.enqueueAndWait(
      QUEUE.verifyClaim,
      { claimId },
      { jobId: jobId.verifyClaim(claimId), timeoutMs: CHECK_WAIT_MS },
    );
    // A failed job has recorded its outcome on the claim as well; only a check still running is "not yet".
    return outcome.status !== 'timed-out';
  }
}
