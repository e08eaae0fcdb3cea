import { Injectable } from '@nestjs/common';
import { columnsOf, Prisma, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

const USER_COLUMNS = columnsOf(Prisma.UserScalarFieldEnum);

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: { id } });
  }

  /** The users loader's batch: one prepared statement for all the people of a page. */
  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.prisma.prepared<User>(Prisma.sql`SELECT ${USER_COLUMNS} FROM "User" WHERE id = ANY(${[...ids]}::uuid[])`);
  }

  findByHandleLower(handleLower: string): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: { handleLower } });
  }

  update(id: string, data: { displayName?: string; bio?: string; avatarUrl?: string | null }): Promise<User> {
    return this.prisma.client.user.update({ where: { id }, data });
  }

  /** Newest first by id (UUIDv7 ids are time-ordered): keyset pagination, no OFFSET. */
  listPage(first: number, afterId: string | null, handlePrefix: string | null): Promise<User[]> {
    return this.prisma.client.user.findMany({
      where: {
        ...(afterId && { id: { lt: afterId } }),
        ...(handlePrefix && { handleLower: { startsWith: handlePrefix } }),
      },
      orderBy: { id: 'desc' },
      take: first + 1,
    });
  }

  /** Suspends the account and ends all its sessions at once. */
  async suspend(id: string): Promise<User> {
    return this.prisma.client.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id }, data: { suspendedAt: new Date() } });
      await tx.session.deleteMany({ where: { userId: id } });
      return user;
    });
  }

  unsuspend(id: string): Promise<User> {
    return this.prisma.client.user.update({ where: { id }, data: { suspendedAt: null } });
  }
}
