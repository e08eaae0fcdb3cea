import { Injectable } from '@nestjs/common';
import {
  type ClaimMethod,
  isUniqueViolation,
  type Notification,
  type Prisma,
  type SourceKind,
} from '@tributary/db';
import { insertNotifications } from '@tributary/domain';
import { PrismaService } from '../common/prisma.service.js';

/** Everything a check needs: the claim, its source and who claims it. */
export interface ClaimForCheck {
  id: string;
  userId: string;
  code: string;
  status: 'PENDING' | 'VERIFIED' | 'FAILED' | 'EXPIRED' | 'REVOKED';
  expiresAt: Date;
  handle: string;
  source: { id: string; kind: SourceKind; key: string; fetchUrl: string; siteUrl: string | null };
}

export interface VerifiedTransition {
  /** False when the claim was no longer open (another check finished first): nothing changed. */
  changed: boolean;
  /** The claim of the previous owner, now REVOKED, when ownership moved. */
  previous: { id: string; userId: string } | null;
  notifications: Notification[];
}

/** Statuses a check may still change: a failed check can be retried until the code expires. */
const OPEN = ['PENDING', 'FAILED'] as const;

/** What the text of a superseded claim says (shown in the former owner's list of claims). */
export const SUPERSEDED_REASON = 'Another member proved they own this source; ownership moved to them.';

/** The only file of the claims feature in the worker that touches Prisma. */
@Injectable()
export class ClaimChecksRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findForCheck(claimId: string): Promise<ClaimForCheck | null> {
    const claim = await this.prisma.client.claim.findUnique({
      where: { id: claimId },
      select: {
        id: true,
        userId: true,
        code: true,
        status: true,
        expiresAt: true,
        user: { select: { handle: true } },
        source: { select: { id: true, kind: true, key: true, fetchUrl: true, siteUrl: true } },
      },
    });
    if (!claim) return null;
    const { user, ...rest } = claim;
    return { ...rest, handle: user.handle };
  }

  /** PENDING/FAILED → EXPIRED once the code's time is up. */
  async markExpired(claimId: string, now: Date): Promise<boolean> {
    const result = await this.prisma.client.claim.updateMany({
      where: { id: claimId, status: { in: [...OPEN] }, expiresAt: { lte: now } },
      data: { status: 'EXPIRED', checkedAt: now },
    });
    return result.count > 0;
  }

  /** The code was not found: FAILED with the words the claimant reads. */
  async markFailed(claimId: string, reason: string, now: Date): Promise<boolean> {
    const result = await this.prisma.client.claim.updateMany({
      where: { id: claimId, status: { in: [...OPEN] } },
      data: { status: 'FAILED', failureReason: reason, checkedAt: now, checksCount: { increment: 1 } },
    });
    return result.count > 0;
  }

  /** A transient failure that will be retried: the status stays, the reason tells what is going on. */
  async noteRetry(claimId: string, reason: string, now: Date): Promise<void> {
    await this.prisma.client.claim.updateMany({
      where: { id: claimId, status: { in: [...OPEN] } },
      data: { failureReason: reason, checkedAt: now },
    });
  }

  /**
   * Makes the claim VERIFIED, moving ownership in the same transaction: the source's current VERIFIED
   * claim (someone else's) becomes REVOKED first. The partial unique index (one VERIFIED claim per
   * source) is the guard: when another verification of the same source commits in between, this one
   * fails with a unique violation and is retried on a fresh snapshot, so the later one wins cleanly.
   * Notifications are written in the same transaction with deterministic dedupe keys.
   */
  async markVerified(claim: ClaimForCheck, method: ClaimMethod, now: Date): Promise<VerifiedTransition> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.client.$transaction((tx) => this.verifyIn(tx, claim, method, now));
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  private async verifyIn(
    tx: Prisma.TransactionClient,
    claim: ClaimForCheck,
    method: ClaimMethod,
    now: Date,
  ): Promise<VerifiedTransition> {
    // Lock this claim first: a concurrent check of the same claim waits here and then finds it closed.
    const mine = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Claim" WHERE id = ${claim.id}::uuid AND status IN ('PENDING', 'FAILED') FOR UPDATE`;
    if (mine.length === 0) return { changed: false, previous: null, notifications: [] };

    const superseded = await tx.$queryRaw<{ id: string; userId: string }[]>`
      UPDATE "Claim" SET status = 'REVOKED', "revokedAt" = ${now}, "revokedById" = NULL, "failureReason" = ${SUPERSEDED_REASON}
      WHERE "sourceId" = ${claim.source.id}::uuid AND status = 'VERIFIED' AND id <> ${claim.id}::uuid
      RETURNING id, "userId"`;
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        status: 'VERIFIED',
        method,
        verifiedAt: now,
        checkedAt: now,
        failureReason: null,
        checksCount: { increment: 1 },
      },
    });
    await tx.creatorProfile.createMany({ data: [{ userId: claim.userId }], skipDuplicates: true });

    const previous = superseded.find((row) => row.userId !== claim.userId) ?? null;
    for (const row of superseded) {
      // The former owner keeps a creator profile only while they still own some source.
      await tx.$executeRaw`
        DELETE FROM "CreatorProfile" p WHERE p."userId" = ${row.userId}::uuid
          AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."userId" = p."userId" AND c.status = 'VERIFIED')`;
    }
    const notifications = await insertNotifications(tx, [
      {
        userId: claim.userId,
        type: 'CLAIM_VERIFIED',
        sourceId: claim.source.id,
        claimId: claim.id,
        dedupeKey: `claim-verified:${claim.id}`,
      },
      ...(previous
        ? [
            {
              userId: previous.userId,
              type: 'CLAIM_LOST' as const,
              actorId: claim.userId,
              sourceId: claim.source.id,
              claimId: previous.id,
              dedupeKey: `claim-lost:${previous.id}`,
            },
          ]
        : []),
    ]);
    return { changed: true, previous, notifications };
  }
}
