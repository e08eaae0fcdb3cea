import { Injectable } from '@nestjs/common';
import { type Claim, isUniqueViolation, type Notification } from '@tributary/db';
import { insertNotifications } from '@tributary/domain';
import { PrismaService } from '../../common/prisma.service.js';

const OPEN = ['PENDING', 'FAILED'] as const;

/** The only file of the claims module that touches Prisma; it answers rows (the service hands them to GraphQL). */
@Injectable()
export class ClaimsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Claim | null> {
    return this.prisma.client.claim.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<Claim[]> {
    return this.prisma.client.claim.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The viewer's claim on a source that still counts: VERIFIED, or open (PENDING/FAILED). */
  findCurrent(userId: string, sourceId: string): Promise<Claim | null> {
    return this.prisma.client.claim.findFirst({
      where: { userId, sourceId, status: { in: ['VERIFIED', ...OPEN] } },
      orderBy: [{ status: 'desc' }, { createdAt: 'desc' }],
    });
  }

  /**
   * Inserts a PENDING claim; when a concurrent request inserted one first (the partial unique index on
   * (userId, sourceId) WHERE PENDING), answers that one instead.
   */
  async createPending(data: {
    userId: string;
    sourceId: string;
    code: string;
    expiresAt: Date;
  }): Promise<Claim> {
    try {
      return await this.prisma.client.claim.create({ data });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.prisma.client.claim.findFirst({
        where: { userId: data.userId, sourceId: data.sourceId, status: 'PENDING' },
      });
      if (!existing) throw error;
      return existing;
    }
  }

  /** Open claims whose code timed out become EXPIRED (one claim, or all of a user's). */
  async expireOverdue(where: { id: string } | { userId: string }, now: Date): Promise<number> {
    const result = await this.prisma.client.claim.updateMany({
      where: { ...where, status: { in: [...OPEN] }, expiresAt: { lte: now } },
      data: { status: 'EXPIRED' },
    });
    return result.count;
  }

  listForUser(userId: string): Promise<Claim[]> {
    return this.prisma.client.claim.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 500,
    });
  }

  /**
   * An administrator revokes a claim (VERIFIED or open). One transaction: the conditional update, the
   * owner's notification when ownership ended, and the creator profile dropped when it was their last
   * verified source. Answers null when the claim was not revocable (already final).
   */
  async revoke(
    claimId: string,
    adminId: string,
    now: Date,
  ): Promise<{ claim: Claim; notification: Notification | null } | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const before = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM "Claim" WHERE id = ${claimId}::uuid AND status IN ('VERIFIED', 'PENDING', 'FAILED') FOR UPDATE`;
      if (before.length === 0) return null;
      const claim = await tx.claim.update({
        where: { id: claimId },
        data: {
          status: 'REVOKED',
          revokedAt: now,
          revokedById: adminId,
          failureReason: 'An administrator revoked this claim.',
        },
      });
      if (before[0]!.status !== 'VERIFIED') return { claim, notification: null };
      await tx.$executeRaw`
        DELETE FROM "CreatorProfile" p WHERE p."userId" = ${claim.userId}::uuid
          AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."userId" = p."userId" AND c.status = 'VERIFIED')`;
      const [notification] = await insertNotifications(tx, [
        {
          userId: claim.userId,
          type: 'CLAIM_REVOKED',
          actorId: adminId,
          sourceId: claim.sourceId,
          claimId,
          dedupeKey: `claim-revoked:${claimId}`,
        },
      ]);
      return { claim, notification: notification ?? null };
    });
  }
}
