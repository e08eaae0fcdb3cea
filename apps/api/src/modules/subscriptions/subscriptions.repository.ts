import { Injectable } from '@nestjs/common';
import { type Folder, isUniqueViolation, Prisma } from '@tributary/db';
import { AppError } from '../../common/errors.js';
import { PrismaService } from '../../common/prisma.service.js';
import { toSourceRow } from '../sources/sources.repository.js';
import { type FolderObject, type SourceSubscriptionObject } from './dto/subscription.object.js';

const WITH_SOURCE_AND_FOLDER = {
  source: true,
  folder: { include: { _count: { select: { subscriptions: true } } } },
} as const satisfies Prisma.SubscriptionInclude;

type SubscriptionWithRelations = Prisma.SubscriptionGetPayload<{ include: typeof WITH_SOURCE_AND_FOLDER }>;

function toFolder(folder: Folder & { _count: { subscriptions: number } }): FolderObject {
  return { ...folder, subscriptionsCount: folder._count.subscriptions };
}

function toSubscription(row: SubscriptionWithRelations): SourceSubscriptionObject {
  return {
    id: row.id,
    source: toSourceRow(row.source),
    folder: row.folder && toFolder(row.folder),
    customTitle: row.customTitle,
    title: row.customTitle || row.source.title,
    createdAt: row.createdAt,
  };
}

type Tx = Prisma.TransactionClient;

@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(userId: string): Promise<SourceSubscriptionObject[]> {
    const rows = await this.prisma.client.subscription.findMany({
      where: { userId },
      include: WITH_SOURCE_AND_FOLDER,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toSubscription);
  }

  /**
   * Entries of each source the user has not read, counted up to `cap` per source: one statement for
   * all of them (an index range per source, stopping at the cap).
   */
  async unreadCounts(userId: string, sourceIds: readonly string[], cap: number): Promise<Map<string, number>> {
    const rows = await this.prisma.client.$queryRaw<{ sourceId: string; unread: number }[]>`
      SELECT s.id AS "sourceId", c.unread
      FROM unnest(${[...sourceIds]}::uuid[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS unread FROM (
          SELECT 1 FROM "Entry" e
          WHERE e."sourceId" = s.id
            AND NOT EXISTS (SELECT 1 FROM "EntryState" st
              WHERE st."userId" = ${userId}::uuid AND st."entryId" = e.id AND st."readAt" IS NOT NULL)
          LIMIT ${cap}
        ) unread_entries
      ) c`;
    return new Map(rows.map((row) => [row.sourceId, row.unread]));
  }

  async find(userId: string, sourceId: string): Promise<SourceSubscriptionObject | null> {
    const row = await this.prisma.client.subscription.findUnique({
      where: { userId_sourceId: { userId, sourceId } },
      include: WITH_SOURCE_AND_FOLDER,
    });
    return row && toSubscription(row);
  }

  /**
   * Subscribes (idempotently). The count moves only when this call inserted the row, inside the same
   * transaction, so concurrent subscribes of one person count once.
   */
  async subscribe(userId: string, sourceId: string, options: { folderName?: string | null; customTitle?: string | null }): Promise<SourceSubscriptionObject> {
    await this.prisma.client.$transaction(async (tx) => {
      const folderId = options.folderName ? await this.folderIdFor(tx, userId, options.folderName) : undefined;
      const inserted = await tx.subscription.createMany({
        data: [{ userId, sourceId, folderId: folderId ?? null, customTitle: options.customTitle || null }],
        skipDuplicates: true,
      });
      if (inserted.count === 1) {
        await tx.source.update({ where: { id: sourceId }, data: { subscribersCount: { increment: 1 } } });
      } else if (folderId !== undefined || options.customTitle) {
        await tx.subscription.update({
          where: { userId_sourceId: { userId, sourceId } },
          data: { ...(folderId !== undefined && { folderId }), ...(options.customTitle && { customTitle: options.customTitle }) },
        });
      }
    });
    return (await this.find(userId, sourceId))!;
  }

  async unsubscribe(userId: string, sourceId: string): Promise<boolean> {
    return this.prisma.client.$transaction(async (tx) => {
      const deleted = await tx.subscription.deleteMany({ where: { userId, sourceId } });
      if (deleted.count === 1) {
        await tx.source.update({ where: { id: sourceId }, data: { subscribersCount: { decrement: 1 } } });
      }
      return deleted.count === 1;
    });
  }

  async update(userId: string, sourceId: string, change: { folderName?: string | null; customTitle?: string | null }): Promise<SourceSubscriptionObject | null> {
    const updated = await this.prisma.client.$transaction(async (tx) => {
      const data: Prisma.SubscriptionUncheckedUpdateManyInput = {};
      if (change.folderName !== undefined) {
        data.folderId = change.folderName ? await this.folderIdFor(tx, userId, change.folderName) : null;
      }
      if (change.customTitle !== undefined) data.customTitle = change.customTitle || null;
      return tx.subscription.updateMany({ where: { userId, sourceId }, data });
    });
    return updated.count === 1 ? this.find(userId, sourceId) : null;
  }

  async folders(userId: string): Promise<FolderObject[]> {
    const rows = await this.prisma.client.folder.findMany({
      where: { userId },
      include: { _count: { select: { subscriptions: true } } },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    });
    return rows.map(toFolder);
  }

  async createFolder(userId: string, name: string): Promise<FolderObject> {
    try {
      const folder = await this.prisma.client.folder.create({ data: { userId, name, position: await this.nextPosition(userId) } });
      return { ...folder, subscriptionsCount: 0 };
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `You already have a folder named “${name}”.`);
      throw error;
    }
  }

  async renameFolder(userId: string, id: string, name: string): Promise<FolderObject | null> {
    try {
      const updated = await this.prisma.client.folder.updateMany({ where: { id, userId }, data: { name } });
      if (updated.count === 0) return null;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `You already have a folder named “${name}”.`);
      throw error;
    }
    const folder = await this.prisma.client.folder.findUnique({ where: { id }, include: { _count: { select: { subscriptions: true } } } });
    return folder && toFolder(folder);
  }

  /** Deletes the folder; its subscriptions stay, outside any folder (onDelete: SetNull). */
  async deleteFolder(userId: string, id: string): Promise<boolean> {
    const deleted = await this.prisma.client.folder.deleteMany({ where: { id, userId } });
    return deleted.count === 1;
  }

  /** The folder's id, creating it when missing (a unique (userId, name) makes concurrent creates safe). */
  private async folderIdFor(tx: Tx, userId: string, name: string): Promise<string> {
    const position = await this.nextPosition(userId, tx);
    const folder = await tx.folder.upsert({
      where: { userId_name: { userId, name } },
      create: { userId, name, position },
      update: {},
      select: { id: true },
    });
    return folder.id;
  }

  private async nextPosition(userId: string, tx: Tx = this.prisma.client): Promise<number> {
    const last = await tx.folder.aggregate({ where: { userId }, _max: { position: true } });
    return (last._max.position ?? -1) + 1;
  }
}
