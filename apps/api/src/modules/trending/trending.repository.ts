import { Injectable } from '@nestjs/common';
import { Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { isPublicSource } from '../search/search.repository.js';

export interface TrendingQuery {
  viewerId: string;
  now: Date;
  windowSeconds: number;
  halfLifeSeconds: number;
  limit: number;
}

export interface TrendingEntryRow {
  entryId: string;
  score: number;
  peopleCount: number;
  sharesCount: number;
  commentsCount: number;
}

export interface TrendingSourceRow {
  sourceId: string;
  score: number;
  peopleCount: number;
  newSubscribersCount: number;
}

/** Points for one person's strongest action on an item. */
export const WEIGHTS = { share: 3, comment: 2, subscribe: 2 } as const;

/**
 * Trending by time-decayed activity (docs/discovery.md, "Trending"). Each action weighs WEIGHTS[kind] ×
 * 0.5^(age / half-life); one person counts once per item (their strongest decayed action), so repeating
 * an action, or doing all of them, does not add up. Suspended members and people the viewer blocks do
 * not count; deleted and removed comments do not count.
 */
@Injectable()
export class TrendingRepository {
  constructor(private readonly prisma: PrismaService) {}

  entries(query: TrendingQuery): Promise<TrendingEntryRow[]> {
    return this.prisma.client.$queryRaw<TrendingEntryRow[]>`
      WITH ${this.entryActions(query)},
      per_person AS (
        SELECT "entryId", "userId", max(points) AS points, bool_or(kind = 'share') AS shared, bool_or(kind = 'comment') AS commented
        FROM actions GROUP BY "entryId", "userId"
      )
      SELECT p."entryId", sum(p.points)::float8 AS score, count(*)::int AS "peopleCount",
        (count(*) FILTER (WHERE p.shared))::int AS "sharesCount", (count(*) FILTER (WHERE p.commented))::int AS "commentsCount"
      FROM per_person p JOIN "Entry" e ON e.id = p."entryId"
      WHERE ${isPublicSource(Prisma.sql`e."sourceId"`)}
      GROUP BY p."entryId"
      ORDER BY score DESC, p."entryId" DESC
      LIMIT ${query.limit}`;
  }

  sources(query: TrendingQuery): Promise<TrendingSourceRow[]> {
    return this.prisma.client.$queryRaw<TrendingSourceRow[]>`
      WITH ${this.entryActions(query)},
      source_actions AS (
        SELECT e."sourceId", a."userId", a.points, a.kind FROM actions a JOIN "Entry" e ON e.id = a."entryId"
        UNION ALL
        SELECT s."sourceId", s."userId", ${WEIGHTS.subscribe} * ${this.decay(query, Prisma.sql`s."createdAt"`)}, 'subscribe'
        FROM "Subscription" s JOIN "User" u ON u.id = s."userId" AND u."suspendedAt" IS NULL
        WHERE s."createdAt" > ${query.now}::timestamptz - ${query.windowSeconds} * interval '1 second' AND s."createdAt" <= ${query.now}::timestamptz
          ${this.notBlocked(query, Prisma.sql`s."userId"`)}
      ),
      per_person AS (
        SELECT "sourceId", "userId", max(points) AS points, bool_or(kind = 'subscribe') AS subscribed
        FROM source_actions GROUP BY "sourceId", "userId"
      )
      SELECT p."sourceId", sum(p.points)::float8 AS score, count(*)::int AS "peopleCount",
        (count(*) FILTER (WHERE p.subscribed))::int AS "newSubscribersCount"
      FROM per_person p
      WHERE ${isPublicSource(Prisma.sql`p."sourceId"`)}
      GROUP BY p."sourceId"
      ORDER BY score DESC, p."sourceId" DESC
      LIMIT ${query.limit}`;
  }

  /** `actions ("entryId", "userId", points, kind)`: shares and live comments in the window. */
  private entryActions(query: TrendingQuery): Prisma.Sql {
    const since = Prisma.sql`${query.now}::timestamptz - ${query.windowSeconds} * interval '1 second'`;
    return Prisma.sql`actions AS (
      SELECT sh."entryId", sh."userId", ${WEIGHTS.share} * ${this.decay(query, Prisma.sql`sh."createdAt"`)} AS points, 'share' AS kind
      FROM "Share" sh JOIN "User" u ON u.id = sh."userId" AND u."suspendedAt" IS NULL
      WHERE sh."createdAt" > ${since} AND sh."createdAt" <= ${query.now}::timestamptz ${this.notBlocked(query, Prisma.sql`sh."userId"`)}
      UNION ALL
      SELECT c."entryId", c."authorId", ${WEIGHTS.comment} * ${this.decay(query, Prisma.sql`c."createdAt"`)}, 'comment'
      FROM "Comment" c JOIN "User" u ON u.id = c."authorId" AND u."suspendedAt" IS NULL
      WHERE c."createdAt" > ${since} AND c."createdAt" <= ${query.now}::timestamptz
        AND c."deletedAt" IS NULL AND c."removedAt" IS NULL ${this.notBlocked(query, Prisma.sql`c."authorId"`)}
    )`;
  }

  private decay(query: TrendingQuery, at: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`power(0.5, extract(epoch FROM (${query.now}::timestamptz - ${at}))::float8 / ${query.halfLifeSeconds}::float8)`;
  }

  private notBlocked(query: TrendingQuery, userId: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE b."blockerId" = ${query.viewerId}::uuid AND b."blockedId" = ${userId})`;
  }
}
