import { Injectable } from '@nestjs/common';
import { columnsOf, Prisma, type Source, type SourceStatus, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';
import { type SourceObject } from './dto/source.object.js';

const SOURCE_COLUMNS = columnsOf(Prisma.SourceScalarFieldEnum);

/** Source rows as the GraphQL `Source` type reads them (url = the fetch URL). */
export type SourceRow = SourceObject;

/** A source with its place in the administrators' health list (see `healthPage`). */
export type RankedSourceRow = SourceRow & { sortRank: number; sortAt: Date };

export function toSourceRow(source: Source): SourceRow {
  return { ...source, url: source.fetchUrl };
}

@Injectable()
export class SourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string): Promise<SourceRow | null> {
    const source = await this.prisma.client.source.findUnique({ where: { id } });
    return source && toSourceRow(source);
  }

  /** A page's DataLoader: one prepared statement for all its sources. */
  async findByIds(ids: readonly string[]): Promise<SourceRow[]> {
    const sources = await this.prisma.prepared<Source>(Prisma.sql`SELECT ${SOURCE_COLUMNS} FROM "Source" WHERE id = ANY(${[...ids]}::uuid[])`);
    return sources.map(toSourceRow);
  }

  async findByKindKey(kind: Source['kind'], key: string): Promise<SourceRow | null> {
    const source = await this.prisma.client.source.findUnique({ where: { kind_key: { kind, key } } });
    return source && toSourceRow(source);
  }

  /** The verified owner of each source (at most one VERIFIED claim per source). */
  async verifiedOwners(sourceIds: readonly string[]): Promise<{ sourceId: string; user: User }[]> {
    const claims = await this.prisma.client.claim.findMany({
      where: { sourceId: { in: [...sourceIds] }, status: 'VERIFIED' },
      select: { sourceId: true, user: true },
    });
    return claims;
  }

  async isSubscribed(userId: string, sourceId: string): Promise<boolean> {
    const row = await this.prisma.client.subscription.findUnique({
      where: { userId_sourceId: { userId, sourceId } },
      select: { id: true },
    });
    return row !== null;
  }

  async subscribedSourceIds(userId: string, sourceIds: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.client.subscription.findMany({
      where: { userId, sourceId: { in: [...sourceIds] } },
      select: { sourceId: true },
    });
    return rows.map((row) => row.sourceId);
  }

  /**
   * Every source, the ones needing attention first: FAILING (rank 0), GONE (1), PENDING (2), OK (3);
   * failing and gone ones by how long they have been failing (longest first), the others by when
   * they were added (oldest first); id breaks ties. Keyset on (rank, at, id), no OFFSET.
   */
  async healthPage(
    limit: number,
    after: Keyset | null,
    status: SourceStatus | null,
  ): Promise<RankedSourceRow[]> {
    const rows = await this.prisma.client.$queryRaw<(Source & { sortRank: number; sortAt: Date })[]>`
      SELECT s.*, k.rank AS "sortRank", k.at AS "sortAt"
      FROM "Source" s
      CROSS JOIN LATERAL (SELECT
        CASE s.status WHEN 'FAILING' THEN 0 WHEN 'GONE' THEN 1 WHEN 'PENDING' THEN 2 ELSE 3 END AS rank,
        CASE WHEN s.status IN ('FAILING', 'GONE') THEN COALESCE(s."failingSince", s."lastFetchedAt", s."createdAt")
             ELSE s."createdAt" END AS at) k
      WHERE TRUE
        ${status ? Prisma.sql`AND s.status = ${status}::"SourceStatus"` : Prisma.empty}
        ${after ? Prisma.sql`AND (k.rank, k.at, s.id) > (${after.rank ?? 0}::int, ${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY k.rank, k.at, s.id
      LIMIT ${limit}`;
    return rows.map((row) => ({ ...toSourceRow(row), sortRank: Number(row.sortRank), sortAt: row.sortAt }));
  }
}
