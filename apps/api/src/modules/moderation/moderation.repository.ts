import { Injectable } from '@nestjs/common';
import { Prisma, type Report, type ReportStatus } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';

@Injectable()
export class ModerationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One report per person per comment: reporting again updates the reason. */
  report(commentId: string, reporterId: string, reason: string): Promise<Report> {
    return this.prisma.client.report.upsert({
      where: { commentId_reporterId: { commentId, reporterId } },
      create: { commentId, reporterId, reason },
      update: { reason },
    });
  }

  page(status: ReportStatus | null, limit: number, after: Keyset | null): Promise<Report[]> {
    return this.prisma.client.$queryRaw<Report[]>`
      SELECT * FROM "Report" WHERE TRUE
        ${status ? Prisma.sql`AND status = ${status}::"ReportStatus"` : Prisma.empty}
        ${after ? Prisma.sql`AND ("createdAt", id) > (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY "createdAt", id LIMIT ${limit}`;
  }

  async resolveForComment(commentId: string, adminId: string, status: ReportStatus): Promise<void> {
    await this.prisma.client.report.updateMany({
      where: { commentId, status: 'OPEN' },
      data: { status, resolvedAt: new Date(), resolvedById: adminId },
    });
  }

  async dismiss(id: string, adminId: string): Promise<Report | null> {
    const updated = await this.prisma.client.report.updateMany({
      where: { id, status: 'OPEN' },
      data: { status: 'DISMISSED', resolvedAt: new Date(), resolvedById: adminId },
    });
    return updated.count === 1 ? this.prisma.client.report.findUnique({ where: { id } }) : null;
  }
}
