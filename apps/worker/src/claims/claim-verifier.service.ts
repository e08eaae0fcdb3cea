import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type BridgeContext,
  bridgeFor,
  type HttpClient,
  isBridgeError,
  type SourceRef,
  type VerifyPlace,
  type VerifyResult,
} from '@tributary/bridges';
import { verifyRelMe } from '@tributary/bridges/verify/rel-me';
import { type ClaimMethod } from '@tributary/db';
import { NotificationWriter } from '@tributary/domain';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { isHttpClientError } from '../http/index.js';
import { BridgeRuntime } from '../ingest/fetch/bridge-runtime.service.js';
import { type ClaimForCheck, ClaimChecksRepository } from './claim-checks.repository.js';

export type VerifyOutcome =
  | { status: 'VERIFIED'; method: ClaimMethod; previousOwnerId: string | null }
  | { status: 'FAILED'; reason: string }
  | { status: 'EXPIRED' }
  /** Nothing to do: no such claim, or it is no longer open (verified, revoked, already expired). */
  | { status: 'skipped'; reason: string };

/** Thrown for a failure worth retrying (timeouts, 5xx, 429); the job's backoff schedules the retry. */
export class RetryableVerifyError extends Error {
  override readonly name = 'RetryableVerifyError';
}

const METHOD_OF_PLACE = {
  description: 'DESCRIPTION',
  bio: 'DESCRIPTION',
  'feed-element': 'FEED_ELEMENT',
  post: 'POST',
  item: 'POST',
  'rel-me': 'REL_ME',
} as const satisfies Record<VerifyPlace, ClaimMethod>;

/** A whole check (all of a bridge's requests) may take this long. */
const CHECK_TIMEOUT_MS = 60_000;

/**
 * Checks a claim: fetches the source fresh (no conditional GET, `Cache-Control: no-cache`), asks its
 * bridge whether the code is published where only the owner can put it, and for sources with a site
 * of their own also accepts a `rel="me"` link from that site to the claimant's profile.
 */
@Injectable()
export class ClaimVerifier {
  private readonly logger = new Logger(ClaimVerifier.name);

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly claims: ClaimChecksRepository,
    private readonly runtime: BridgeRuntime,
    private readonly notifications: NotificationWriter,
  ) {}

  /**
   * @param isLastAttempt whether a transient failure now is final (FAILED) or will be retried (throws).
   */
  async verify(claimId: string, isLastAttempt: boolean, signal?: AbortSignal): Promise<VerifyOutcome> {
    const claim = await this.claims.findForCheck(claimId);
    if (!claim) return { status: 'skipped', reason: 'no such claim' };
    if (claim.status !== 'PENDING' && claim.status !== 'FAILED')
      return { status: 'skipped', reason: `claim is ${claim.status}` };
    const now = new Date();
    if (claim.expiresAt <= now) {
      await this.claims.markExpired(claim.id, now);
      return { status: 'EXPIRED' };
    }

    let result: VerifyResult;
    try {
      result = await this.check(claim, this.freshContext(signal));
    } catch (error) {
      const verdict = this.judge(error);
      if (!verdict) throw error; // ours (database, bug): let the job retry
      if (verdict.isRetryable && !isLastAttempt) {
        await this.claims.noteRetry(
          claim.id,
          `${verdict.message} Tributary will try again in a moment.`,
          new Date(),
        );
        throw new RetryableVerifyError(verdict.message);
      }
      await this.claims.markFailed(claim.id, verdict.message, new Date());
      return { status: 'FAILED', reason: verdict.message };
    }

    if (!result.verified || !result.place) {
      const reason = result.reason ?? 'The code was not found on the source yet.';
      await this.claims.markFailed(claim.id, reason, new Date());
      return { status: 'FAILED', reason };
    }
    const method = METHOD_OF_PLACE[result.place];
    const transition = await this.claims.markVerified(claim, method, new Date());
    if (!transition.changed) return { status: 'skipped', reason: 'another check finished first' };
    await this.notifications.announce(transition.notifications);
    return { status: 'VERIFIED', method, previousOwnerId: transition.previous?.userId ?? null };
  }

  /** The claimant's public profile, which a `rel="me"` link must point to. */
  profileUrl(handle: string): string {
    return `${this.config.PUBLIC_WEB_URL}/u/${encodeURIComponent(handle)}`;
  }

  private async check(claim: ClaimForCheck, ctx: BridgeContext): Promise<VerifyResult> {
    const ref: SourceRef = {
      kind: claim.source.kind,
      key: claim.source.key,
      fetchUrl: claim.source.fetchUrl,
      siteUrl: claim.source.siteUrl,
    };
    const inSource = await bridgeFor(ref.kind).verify(ref, claim.code, ctx);
    if (inSource.verified || !hasOwnSite(ref)) return inSource;
    // A site the creator controls: a rel="me" link to their profile proves it too.
    try {
      const relMe = await verifyRelMe(ref.siteUrl!, this.profileUrl(claim.handle), ctx);
      if (relMe.verified) return relMe;
      return {
        verified: false,
        reason:
          `${inSource.reason ?? 'The code was not found in the feed yet.'} ${relMe.reason ?? ''}`.trim(),
      };
    } catch (error) {
      this.logger.debug(`rel=me check of ${ref.siteUrl} failed: ${(error as Error).message}`);
      return inSource;
    }
  }

  /**
   * The job's bridge context: fresh reads only. Conditional headers are stripped (bridges send none for
   * verify, this makes sure) and caches along the way are asked to revalidate.
   */
  private freshContext(signal?: AbortSignal): BridgeContext {
    const deadline = AbortSignal.timeout(CHECK_TIMEOUT_MS);
    const ctx = this.runtime.context(signal ? AbortSignal.any([signal, deadline]) : deadline);
    const http: HttpClient = {
      request: (request) => {
        const headers = Object.fromEntries(
          Object.entries(request.headers ?? {}).filter(
            ([name]) => !/^if-(none-match|modified-since)$/i.test(name),
          ),
        );
        return ctx.http.request({
          ...request,
          headers: { ...headers, 'Cache-Control': 'no-cache', Pragma: 'no-cache' },
        });
      },
    };
    return { ...ctx, http };
  }

  private judge(error: unknown): { message: string; isRetryable: boolean } | null {
    if (isBridgeError(error)) {
      const message = error.message;
      switch (error.kind) {
        case 'transient':
        case 'unreachable':
          return { message: `Could not read the source right now: ${message}`, isRetryable: true };
        case 'not-found':
          return { message: `The source was not found: ${message}`, isRetryable: false };
        case 'parse':
        case 'permanent':
        case 'unsupported':
          return { message: `The source could not be checked: ${message}`, isRetryable: false };
      }
    }
    if (isHttpClientError(error))
      return { message: `Could not read the source right now: ${error.message}`, isRetryable: true };
    return null;
  }
}

/** Feeds point at a site their author runs; platform pages (t.me, x.com, Substack) carry no rel="me" of ours. */
export function hasOwnSite(ref: SourceRef): boolean {
  return ref.kind === 'RSS' && ref.siteUrl !== null && /^https?:\/\//.test(ref.siteUrl);
}
