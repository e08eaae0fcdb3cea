import { Injectable } from '@nestjs/common';
import { type Notification, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';

@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  page(userId: string, limit: number, after: Keyset | null): Promise<Notification[]> {
    return this.prisma.client.$queryRaw<Notification[]>`
      SELECT * FROM "Notification" WHERE "userId" = ${userId}::uuid
        ${after ? Prisma.sql`AND ("createdAt", id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY "createdAt" DESC, id DESC LIMIT ${limit}`;
  }

  findById(id: string): Promise<Notification | null> {
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
