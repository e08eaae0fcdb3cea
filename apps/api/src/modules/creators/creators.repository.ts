import { Injectable } from '@nestjs/common';
import { Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';
import { toEntryRow } from '../entries/entries.repository.js';
import { type EntryObject } from '../entries/dto/entry.object.js';
import { type SourceRow, toSourceRow } from '../sources/sources.repository.js';

/** The only file of the creators module that touches Prisma. */
@Injectable()
export class CreatorsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every user's verified sources (at most one owner per source), oldest verification first. */
  async verifiedSources(userIds: readonly string[]): Promise<{ userId: string; source: SourceRow }[]> {
    const claims = await this.prisma.client.claim.findMany({
      where: { userId: { in: [...userIds] }, status: 'VERIFIED' },
      orderBy: [{ verifiedAt: 'asc' }, { id: 'asc' }],
      select: { userId: true, source: true },
    });
    return claims.map((claim) => ({ userId: claim.userId, source: toSourceRow(claim.source) }));
  }

  /**
   * A creator's posts across all their verified sources, newest first: one probe of the
   * (sourceId, sortAt DESC, id DESC) index per source, merged (the timeline's plan, docs/data-model.md).
   */
  async entries(userId: string, limit: number, after: Keyset | null): Promise<EntryObject[]> {
    const rows = await this.prisma.client.$queryRaw<Prisma.EntryGetPayload<object>[]>`
      SELECT e.* FROM "Claim" c CROSS JOIN LATERAL (
        SELECT * FROM "Entry" en
        WHERE en."sourceId" = c."sourceId"
          ${after ? Prisma.sql`AND (en."sortAt", en.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
        ORDER BY en."sortAt" DESC, en.id DESC
        LIMIT ${limit}
      ) e
      WHERE c."userId" = ${userId}::uuid AND c.status = 'VERIFIED'
      ORDER BY e."sortAt" DESC, e.id DESC
      LIMIT ${limit}`;
    return rows.map(toEntryRow);
  }
}
