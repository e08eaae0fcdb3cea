import { Injectable } from '@nestjs/common';
import { type Share } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

@Injectable()
export class SharesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Shares (or updates the note of an existing share); the entry's count moves only on insert. */
  upsert(userId: string, entryId: string, note: string): Promise<{ share: Share; isNew: boolean }> {
    return this.prisma.client.$transaction(async (tx) => {
      const inserted = await tx.share.createMany({ data: [{ userId, entryId, note }], skipDuplicates: true });
      if (inserted.count === 1) {
        await tx.entry.update({ where: { id: entryId }, data: { sharesCount: { increment: 1 } } });
      } else {
        await tx.share.update({ where: { userId_entryId: { userId, entryId } }, data: { note } });
      }
      const share = await tx.share.findUniqueOrThrow({ where: { userId_entryId: { userId, entryId } } });
      return { share, isNew: inserted.count === 1 };
    });
  }

  remove(userId: string, entryId: string): Promise<boolean> {
    return this.prisma.client.$transaction(async (tx) => {
      const deleted = await tx.share.deleteMany({ where: { userId, entryId } });
      if (deleted.count === 1) await tx.entry.update({ where: { id: entryId }, data: { sharesCount: { decrement: 1 } } });
      return deleted.count === 1;
    });
  }

  async sharedAmong(userId: string, entryIds: readonly string[]): Promise<string[]> {
    const rows = await this.prisma.client.share.findMany({ where: { userId, entryId: { in: [...entryIds] } }, select: { entryId: true } });
    return rows.map((row) => row.entryId);
  }
}
