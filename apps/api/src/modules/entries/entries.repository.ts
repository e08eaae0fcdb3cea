import { Injectable } from '@nestjs/common';
import { type Entry, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type EntryObject } from './dto/entry.object.js';

export function toEntryRow(entry: Entry): EntryObject {
  return { ...entry, sharedBy: null };
}

export interface EntryStateRow {
  entryId: string;
  readAt: Date | null;
  starredAt: Date | null;
}

@Injectable()
export class EntriesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string): Promise<EntryObject | null> {
    const entry = await this.prisma.client.entry.findUnique({ where: { id } });
    return entry && toEntryRow(entry);
  }

  async findByIds(ids: readonly string[]): Promise<EntryObject[]> {
    const entries = await this.prisma.client.entry.findMany({ where: { id: { in: [...ids] } } });
    return entries.map(toEntryRow);
  }

  /** A page's DataLoader: one prepared statement for all its entries. */
  states(userId: string, entryIds: readonly string[]): Promise<EntryStateRow[]> {
    return this.prisma.prepared<EntryStateRow>(Prisma.sql`
      SELECT "entryId", "readAt", "starredAt" FROM "EntryState"
      WHERE "userId" = ${userId}::uuid AND "entryId" = ANY(${[...entryIds]}::uuid[])`);
  }

  /** Marks entries read (existing ones only; a read time already set is kept). */
  async markRead(userId: string, entryIds: string[]): Promise<void> {
    if (entryIds.length === 0) return;
    await this.prisma.client.$executeRaw`
      INSERT INTO "EntryState" ("userId", "entryId", "readAt", "updatedAt")
      SELECT ${userId}::uuid, e.id, now(), now() FROM "Entry" e WHERE e.id = ANY(${entryIds}::uuid[])
      ON CONFLICT ("userId", "entryId") DO UPDATE
        SET "readAt" = COALESCE("EntryState"."readAt", excluded."readAt"), "updatedAt" = now()`;
  }

  async markUnread(userId: string, entryIds: string[]): Promise<void> {
    if (entryIds.length === 0) return;
    await this.prisma.client.entryState.updateMany({
      where: { userId, entryId: { in: entryIds }, readAt: { not: null } },
      data: { readAt: null },
    });
  }

  async setStarred(userId: string, entryId: string, starred: boolean): Promise<void> {
    if (starred) {
      await this.prisma.client.$executeRaw`
        INSERT INTO "EntryState" ("userId", "entryId", "starredAt", "updatedAt") VALUES (${userId}::uuid, ${entryId}::uuid, now(), now())
        ON CONFLICT ("userId", "entryId") DO UPDATE
          SET "starredAt" = COALESCE("EntryState"."starredAt", excluded."starredAt"), "updatedAt" = now()`;
    } else {
      await this.prisma.client.entryState.updateMany({ where: { userId, entryId }, data: { starredAt: null } });
    }
  }

  /** The viewer's starred entries, most recently starred first (keyset on (starredAt, entryId)). */
  async starred(userId: string, first: number, after: { at: Date; id: string } | null): Promise<(EntryObject & { starredAt: Date })[]> {
    const rows = await this.prisma.client.$queryRaw<(Entry & { starredAt: Date })[]>`
      SELECT e.*, s."starredAt" FROM "EntryState" s JOIN "Entry" e ON e.id = s."entryId"
      WHERE s."userId" = ${userId}::uuid AND s."starredAt" IS NOT NULL
        ${after ? Prisma.sql`AND (s."starredAt", s."entryId") < (${after.at}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY s."starredAt" DESC, s."entryId" DESC
      LIMIT ${first + 1}`;
    return rows.map((row) => ({ ...toEntryRow(row), starredAt: row.starredAt }));
  }

  /** A source's entries, newest first: keyset on (sortAt, id), the (sourceId, sortAt, id) index. */
  async bySource(sourceId: string, first: number, after: { at: Date; id: string } | null): Promise<EntryObject[]> {
    const rows = await this.prisma.client.$queryRaw<Entry[]>`
      SELECT * FROM "Entry" WHERE "sourceId" = ${sourceId}::uuid
        ${after ? Prisma.sql`AND ("sortAt", id) < (${after.at}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY "sortAt" DESC, id DESC
      LIMIT ${first + 1}`;
    return rows.map(toEntryRow);
  }
}
