import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { NotificationWriter } from '@tributary/domain';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { assertId } from '../../graphql/cursor.util.js';
import { byKey, loadersOf } from '../../graphql/dataloader.plugin.js';
import { SourcesService } from '../sources/sources.service.js';
import { type ClaimInstruction, claimInstructions } from './claim-instructions.util.js';
import { ClaimJobsService } from './claim-jobs.service.js';
import { ClaimsRepository } from './claims.repository.js';
import { type ClaimObject } from './dto/claim.object.js';

/** `tributary-verify=` and 128 random bits in base64url: unguessable, and unique (the column is unique). */
export function newClaimCode(): string {
  return `tributary-verify=${randomBytes(16).toString('base64url')}`;
}

const isOpen = (claim: ClaimObject) => claim.status === 'PENDING' || claim.status === 'FAILED';

@Injectable()
export class ClaimsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly claims: ClaimsRepository,
    private readonly jobs: ClaimJobsService,
    private readonly notifications: NotificationWriter,
    private readonly sources: SourcesService,
  ) {}

  /**
   * Issues a code bound to the viewer and the source. Asking again answers the same claim while it
   * counts (verified, or pending/failed and not expired); an expired one is replaced by a new code.
   */
  async start(viewer: Viewer, sourceId: string): Promise<ClaimObject> {
    const source = await this.sources.byId(sourceId);
    const now = new Date();
    const current = await this.claims.findCurrent(viewer.id, source.id);
    if (current && (current.status === 'VERIFIED' || current.expiresAt > now)) return current;
    if (current) await this.claims.expireOverdue({ id: current.id }, now);
    return this.claims.createPending({
      userId: viewer.id,
      sourceId: source.id,
      code: newClaimCode(),
      expiresAt: new Date(now.getTime() + this.config.CLAIM_TTL_HOURS * 3_600_000),
    });
  }

  /**
   * Asks the worker to check the source for the code and waits a few seconds for the outcome.
   * Verified, revoked and expired claims are answered as they are (no re-check after verification).
   */
  async check(viewer: Viewer, claimId: string): Promise<ClaimObject> {
    const claim = await this.own(viewer, claimId);
    if (!isOpen(claim)) return claim;
    if (claim.expiresAt <= new Date()) {
      await this.claims.expireOverdue({ id: claim.id }, new Date());
      return this.own(viewer, claimId);
    }
    await this.jobs.consumeCheck(viewer.id);
    await this.jobs.check(claim.id);
    return this.own(viewer, claimId);
  }

  async mine(viewer: Viewer): Promise<ClaimObject[]> {
    await this.claims.expireOverdue({ userId: viewer.id }, new Date());
    return this.claims.listForUser(viewer.id);
  }

  async revoke(admin: Viewer, claimId: string): Promise<ClaimObject> {
    const id = assertId(claimId, 'Claim');
    const result = await this.claims.revoke(id, admin.id, new Date());
    if (result) {
      if (result.notification) await this.notifications.announce([result.notification]);
      return result.claim;
    }
    const claim = await this.claims.findById(id);
    if (!claim) throw new AppError('NOT_FOUND', 'Claim not found.');
    return claim;
  }

  /** A claim named by a notification (batched); only its claimant (or an admin) sees it. */
  async forNotification(context: object, viewer: Viewer, claimId: string): Promise<ClaimObject | null> {
    const claim = await loadersOf(context)
      .get<string, ClaimObject | null>('claims', async (ids) =>
        byKey(ids, await this.claims.findByIds(ids), (row) => row.id),
      )
      .load(claimId);
    return claim && (claim.userId === viewer.id || viewer.role === 'ADMIN') ? claim : null;
  }

  /** The public profile a rel="me" link must point to. */
  profileUrl(handle: string): string {
    return `${this.config.PUBLIC_WEB_URL}/u/${encodeURIComponent(handle)}`;
  }

  instructions(
    claim: ClaimObject,
    source: { kind: ClaimInstructionKind; siteUrl: string | null },
    handle: string,
  ): ClaimInstruction[] {
    return claimInstructions({
      kind: source.kind,
      code: claim.code,
      siteUrl: source.siteUrl,
      profileUrl: this.profileUrl(handle),
    });
  }

  /** A claim of the viewer's; someone else's is NOT_FOUND (claims are private to their claimant and admins). */
  private async own(viewer: Viewer, claimId: string): Promise<ClaimObject> {
    const claim = await this.claims.findById(assertId(claimId, 'Claim'));
    if (!claim || (claim.userId !== viewer.id && viewer.role !== 'ADMIN'))
      throw new AppError('NOT_FOUND', 'Claim not found.');
    return claim;
  }
}

type ClaimInstructionKind = Parameters<typeof claimInstructions>[0]['kind'];
