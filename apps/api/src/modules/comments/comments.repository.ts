import { Injectable } from '@nestjs/common';
import { type Comment, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';

@Injectable()
export class CommentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Comment | null> {
    return this.prisma.client.comment.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<Comment[]> {
    return this.prisma.client.comment.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Creates the comment and counts it on its entry, atomically. */
  create(data: { entryId: string; authorId: string; parentId: string | null; body: string }): Promise<Comment> {
    return this.prisma.client.$transaction(async (tx) => {
      const comment = await tx.comment.create({ data });
      await tx.entry.update({ where: { id: data.entryId }, data: { commentsCount: { increment: 1 } } });
      return comment;
    });
  }

  /** Edits a live comment of the author's; null when there is none (deleted, removed or not theirs). */
  async edit(id: string, authorId: string, body: string): Promise<Comment | null> {
    const updated = await this.prisma.client.comment.updateMany({
      where: { id, authorId, deletedAt: null, removedAt: null },
      data: { body, editedAt: new Date() },
    });
    return updated.count === 1 ? this.findById(id) : null;
  }

  /**
   * Turns a comment into a tombstone (body cleared, row and replies kept) and uncounts it. Conditional,
   * so deleting twice (or deleting a removed comment) counts once.
   */
  async tombstone(id: string, change: { deletedAt: Date } | { removedAt: Date; removedById: string }, where: Prisma.CommentWhereInput = {}): Promise<Comment | null> {
    return this.prisma.client.$transaction(async (tx) => {
      const updated = await tx.comment.updateMany({
        where: { id, deletedAt: null, removedAt: null, ...where },
        data: 'deletedAt' in change ? { ...change, body: '' } : change,
      });
      const comment = await tx.comment.findUnique({ where: { id } });
      if (updated.count === 1 && comment) {
        await tx.entry.update({ where: { id: comment.entryId }, data: { commentsCount: { decrement: 1 } } });
      }
      return updated.count === 1 ? comment : null;
    });
  }

  /** Top-level comments of an entry (parentId null) or direct replies of a comment, oldest first. */
  page(scope: { entryId: string } | { parentId: string }, viewerId: string | null, limit: number, after: Keyset | null): Promise<Comment[]> {
    const where = 'entryId' in scope ? Prisma.sql`c."entryId" = ${scope.entryId}::uuid AND c."parentId" IS NULL` : Prisma.sql`c."parentId" = ${scope.parentId}::uuid`;
    return this.prisma.client.$queryRaw<Comment[]>`
      SELECT c.* FROM "Comment" c
      WHERE ${where} ${this.notBlocked(viewerId)}
        ${after ? Prisma.sql`AND (c."createdAt", c.id) > (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY c."createdAt", c.id LIMIT ${limit}`;
  }

  /** The first `limit` replies of each parent, in one query (batched replies on a thread page). */
  firstReplies(parentIds: readonly string[], viewerId: string | null, limit: number): Promise<Comment[]> {
    return this.prisma.client.$queryRaw<Comment[]>`
      SELECT * FROM (
        SELECT c.*, row_number() OVER (PARTITION BY c."parentId" ORDER BY c."createdAt", c.id) AS rn
        FROM "Comment" c WHERE c."parentId" = ANY(${[...parentIds]}::uuid[]) ${this.notBlocked(viewerId)}
      ) r WHERE r.rn <= ${limit} ORDER BY r."createdAt", r.id`;
  }

  async replyCounts(parentIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.client.comment.groupBy({ by: ['parentId'], where: { parentId: { in: [...parentIds] } }, _count: true });
    return new Map(rows.map((row) => [row.parentId!, row._count]));
  }

  /** Distinct people who commented (live comments) on an entry. */
  async commenterIds(entryId: string): Promise<string[]> {
    const rows = await this.prisma.client.comment.findMany({
      where: { entryId, deletedAt: null, removedAt: null, authorId: { not: null } },
      distinct: ['authorId'],
      select: { authorId: true },
      take: 1_000,
    });
    return rows.map((row) => row.authorId!);
  }

  async usersByHandles(handlesLower: string[]): Promise<{ id: string; handleLower: string }[]> {
    if (handlesLower.length === 0) return [];
    return this.prisma.client.user.findMany({ where: { handleLower: { in: handlesLower } }, select: { id: true, handleLower: true } });
  }

  private notBlocked(viewerId: string | null): Prisma.Sql {
    return viewerId
      ? Prisma.sql`AND (c."authorId" IS NULL OR NOT EXISTS (SELECT 1 FROM "Block" b WHERE b."blockerId" = ${viewerId}::uuid AND b."blockedId" = c."authorId"))`
      : Prisma.empty;
  }
}
