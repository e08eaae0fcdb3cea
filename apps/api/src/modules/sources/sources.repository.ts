import { Injectable } from '@nestjs/common';
import { columnsOf, Prisma, type Source, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

const SOURCE_COLUMNS = columnsOf(Prisma.SourceScalarFieldEnum);
import { type SourceObject } from './dto/source.object.js';

/** Source rows as the GraphQL `Source` type reads them (url = the fetch URL). */
export type SourceRow = SourceObject;

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
}
