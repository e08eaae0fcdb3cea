import { Injectable } from '@nestjs/common';
import { type NotificationType, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';
import { type NotificationObject } from './dto/notification.object.js';

export interface NewNotification {
  userId: string;
  type: NotificationType;
  actorId?: string | null;
  entryId?: string | null;
  commentId?: string | null;
  sourceId?: string | null;
  claimId?: string | null;
  /** Unique per recipient: the same event never notifies twice (e.g. `mention:<commentId>`). */
  dedupeKey: string;
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Inserts what is new, skipping recipients who block the actor; duplicates (same dedupeKey) are
   * dropped by the unique index, so retries and races notify once. Answers the rows inserted.
   */
  async createMany(items: NewNotification[]): Promise<NotificationObject[]> {
    if (items.length === 0) return [];
    const actorIds = [...new Set(items.map((item) => item.actorId).filter((id): id is string => Boolean(id)))];
    const blocks = actorIds.length
      ? await this.prisma.client.block.findMany({
          where: { blockedId: { in: actorIds }, blockerId: { in: items.map((item) => item.userId) } },
          select: { blockerId: true, blockedId: true },
        })
      : [];
    const blocked = new Set(blocks.map((block) => `${block.blockerId}:${block.blockedId}`));
    const data = items.filter((item) => item.userId !== item.actorId && !blocked.has(`${item.userId}:${item.actorId}`));
    if (data.length === 0) return [];
    return this.prisma.client.notification.createManyAndReturn({ data, skipDuplicates: true });
  }

  page(userId: string, limit: number, after: Keyset | null): Promise<NotificationObject[]> {
    return this.prisma.client.$queryRaw<NotificationObject[]>`
      SELECT * FROM "Notification" WHERE "userId" = ${userId}::uuid
        ${after ? Prisma.sql`AND ("createdAt", id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY "createdAt" DESC, id DESC LIMIT ${limit}`;
  }

  findById(id: string): Promise<NotificationObject | null> {
    return this.prisma.client.notification.findUnique({ where: { id } });
  }

  unreadCount(userId: string): Promise<number> {
    return this.prisma.client.notification.count({ where: { userId, readAt: null } });
  }

  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    const result = await this.prisma.client.notification.updateMany({
      where: { userId, readAt: null, ...(ids !== 'all' && { id: { in: ids } }) },
      data: { readAt: new Date() },
    });
    return result.count;
  }
}
