import { Injectable } from '@nestjs/common';
import { Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

export interface GraphSuggestionRow {
  id: string;
  followedByCount: number;
  sampleFollowerIds: string[];
  score: number;
}

export interface PopularSourceRow {
  id: string;
  subscribersCount: number;
}

export interface CreatorRow {
  id: string;
  sourceIds: string[];
}

/**
 * Suggestions from the viewer's own graph (docs/discovery.md, "Suggestions"). The people the viewer
 * follows (not suspended, no block either way) vote for what they subscribe to and whom they follow;
 * a vote weighs ln(1 + members / (1 + subscribers)), so what the viewer's circle reads stands out from
 * what everyone reads. Already subscribed, already followed, dismissed and blocked are left out in SQL.
 */
@Injectable()
export class DiscoverRepository {
  constructor(private readonly prisma: PrismaService) {}

  sources(viewerId: string, limit: number): Promise<GraphSuggestionRow[]> {
    return this.prisma.client.$queryRaw<GraphSuggestionRow[]>`
      WITH ${this.followees(viewerId)},
      members AS (SELECT count(*)::float8 AS n FROM "User" WHERE "suspendedAt" IS NULL),
      votes AS (
        SELECT s."sourceId" AS id, count(*)::int AS n, (array_agg(s."userId" ORDER BY s."createdAt" DESC, s."userId"))[1:3] AS sample
        FROM followees fe JOIN "Subscription" s ON s."userId" = fe.id
        GROUP BY s."sourceId"
      )
      SELECT v.id, v.n AS "followedByCount", v.sample::text[] AS "sampleFollowerIds",
        (v.n * ln(1 + members.n / (1 + src."subscribersCount")))::float8 AS score
      FROM votes v JOIN "Source" src ON src.id = v.id CROSS JOIN members
      WHERE src.status <> 'GONE'
        AND ${this.notYetReached(viewerId, Prisma.sql`src.id`)}
      ORDER BY score DESC, v.n DESC, v.id
      LIMIT ${limit}`;
  }

  /** The most-read sources the viewer does not read, for when their graph suggests too few. */
  popularSources(viewerId: string, limit: number, excluded: string[]): Promise<PopularSourceRow[]> {
    return this.prisma.client.$queryRaw<PopularSourceRow[]>`
      SELECT src.id, src."subscribersCount" FROM "Source" src
      WHERE src."subscribersCount" > 0 AND src.status <> 'GONE' AND src.id <> ALL(${excluded}::uuid[])
        AND ${this.notYetReached(viewerId, Prisma.sql`src.id`)}
      ORDER BY src."subscribersCount" DESC, src.id
      LIMIT ${limit}`;
  }

  people(viewerId: string, limit: number): Promise<GraphSuggestionRow[]> {
    return this.prisma.client.$queryRaw<GraphSuggestionRow[]>`
      WITH ${this.followees(viewerId)},
      members AS (SELECT count(*)::float8 AS n FROM "User" WHERE "suspendedAt" IS NULL),
      votes AS (
        SELECT f."followeeId" AS id, count(*)::int AS n, (array_agg(f."followerId" ORDER BY f."createdAt" DESC, f."followerId"))[1:3] AS sample
        FROM followees fe JOIN "Follow" f ON f."followerId" = fe.id
        GROUP BY f."followeeId"
      )
      SELECT v.id, v.n AS "followedByCount", v.sample::text[] AS "sampleFollowerIds",
        (v.n * ln(1 + members.n / (1 + (SELECT count(*) FROM "Follow" ff WHERE ff."followeeId" = v.id))))::float8 AS score
      FROM votes v JOIN "User" u ON u.id = v.id AND u."suspendedAt" IS NULL CROSS JOIN members
      WHERE v.id <> ${viewerId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "Follow" mine WHERE mine."followerId" = ${viewerId}::uuid AND mine."followeeId" = v.id)
        AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d WHERE d."userId" = ${viewerId}::uuid AND d."targetUserId" = v.id)
        AND ${this.noBlock(viewerId, Prisma.sql`v.id`)}
      ORDER BY score DESC, v.n DESC, v.id
      LIMIT ${limit}`;
  }

  /** Verified creators of sources the viewer subscribes to, whom they do not follow yet. */
  creators(viewerId: string, limit: number): Promise<CreatorRow[]> {
    return this.prisma.client.$queryRaw<CreatorRow[]>`
      SELECT c."userId" AS id, array_agg(c."sourceId"::text ORDER BY mine."createdAt" DESC) AS "sourceIds"
      FROM "Subscription" mine
      JOIN "Claim" c ON c."sourceId" = mine."sourceId" AND c.status = 'VERIFIED'
      JOIN "User" u ON u.id = c."userId" AND u."suspendedAt" IS NULL
      WHERE mine."userId" = ${viewerId}::uuid AND c."userId" <> ${viewerId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "Follow" f WHERE f."followerId" = ${viewerId}::uuid AND f."followeeId" = c."userId")
        AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d WHERE d."userId" = ${viewerId}::uuid AND d."targetUserId" = c."userId")
        AND ${this.noBlock(viewerId, Prisma.sql`c."userId"`)}
      GROUP BY c."userId"
      ORDER BY count(*) DESC, max(mine."createdAt") DESC, c."userId"
      LIMIT ${limit}`;
  }

  /** Hides a suggestion; dismissing twice is harmless. False when the target does not exist. */
  async dismiss(viewerId: string, target: { sourceId: string } | { userId: string }): Promise<boolean> {
    const data = 'sourceId' in target ? { userId: viewerId, sourceId: target.sourceId } : { userId: viewerId, targetUserId: target.userId };
    try {
      await this.prisma.client.suggestionDismissal.createMany({ data: [data], skipDuplicates: true });
      return true;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') return false;
      throw error;
    }
  }

  async undismiss(viewerId: string, target: { sourceId: string } | { userId: string }): Promise<void> {
    await this.prisma.client.suggestionDismissal.deleteMany({
      where: 'sourceId' in target ? { userId: viewerId, sourceId: target.sourceId } : { userId: viewerId, targetUserId: target.userId },
    });
  }

  /**
   * A suggested source is one the viewer does not already reach: not subscribed, not dismissed, not
   * the verified source of someone they follow.
   */
  private notYetReached(viewerId: string, sourceId: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Subscription" mine WHERE mine."userId" = ${viewerId}::uuid AND mine."sourceId" = ${sourceId})
        AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d WHERE d."userId" = ${viewerId}::uuid AND d."sourceId" = ${sourceId})
        AND NOT EXISTS (SELECT 1 FROM "Claim" c JOIN "Follow" f ON f."followeeId" = c."userId" AND f."followerId" = ${viewerId}::uuid
          WHERE c."sourceId" = ${sourceId} AND c.status = 'VERIFIED')`;
  }

  private followees(viewerId: string): Prisma.Sql {
    return Prisma.sql`followees AS (
      SELECT f."followeeId" AS id FROM "Follow" f JOIN "User" u ON u.id = f."followeeId" AND u."suspendedAt" IS NULL
      WHERE f."followerId" = ${viewerId}::uuid AND ${this.noBlock(viewerId, Prisma.sql`f."followeeId"`)}
    )`;
  }

  private noBlock(viewerId: string, userId: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Block" b
      WHERE (b."blockerId" = ${viewerId}::uuid AND b."blockedId" = ${userId}) OR (b."blockerId" = ${userId} AND b."blockedId" = ${viewerId}::uuid))`;
  }
}
