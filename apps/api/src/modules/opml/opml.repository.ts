import { Injectable } from '@nestjs/common';
import { type ImportItem, type OpmlImport, type Prisma } from '@tributary/db';
import { type OpmlFeed, type OpmlSkipped } from '@tributary/bridges/opml/opml';
import { PrismaService } from '../../common/prisma.service.js';

/** Rows per INSERT when an import of thousands of lines is written. */
const INSERT_CHUNK = 1_000;

export interface ImportCounts {
  subscribed: number;
  alreadySubscribed: number;
  failed: number;
  /** Lines not added because the daily budget of new sources was spent (status SKIPPED). */
  skippedForLimit: number;
}

export interface ExportedSubscription {
  fetchUrl: string;
  siteUrl: string | null;
  title: string;
  folder: string | null;
  folderPosition: number | null;
}

@Injectable()
export class OpmlRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The import and all its lines, in one transaction: a failure leaves nothing behind. */
  async createImport(userId: string, parsed: { feeds: OpmlFeed[]; skipped: OpmlSkipped[]; duplicates: number }, fileName: string | null): Promise<OpmlImport> {
    return this.prisma.client.$transaction(async (tx) => {
      const created = await tx.opmlImport.create({
        data: {
          userId,
          fileName,
          totalCount: parsed.feeds.length,
          duplicatesCount: parsed.duplicates,
          skipped: parsed.skipped.slice(0, 500) as unknown as Prisma.InputJsonValue,
        },
      });
      for (let start = 0; start < parsed.feeds.length; start += INSERT_CHUNK) {
        await tx.importItem.createMany({
          data: parsed.feeds.slice(start, start + INSERT_CHUNK).map((feed) => ({
            importId: created.id,
            position: feed.position,
            xmlUrl: feed.xmlUrl,
            htmlUrl: feed.htmlUrl,
            title: feed.title,
            folderName: feed.folder,
          })),
        });
      }
      return created;
    }, { timeout: 30_000 });
  }

  async deleteImport(id: string): Promise<void> {
    await this.prisma.client.opmlImport.deleteMany({ where: { id } });
  }

  findImport(userId: string, id: string): Promise<OpmlImport | null> {
    return this.prisma.client.opmlImport.findFirst({ where: { id, userId } });
  }

  async counts(importId: string): Promise<ImportCounts> {
    const groups = await this.prisma.client.importItem.groupBy({ by: ['status'], where: { importId }, _count: { _all: true } });
    const of = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
    return { subscribed: of('SUBSCRIBED'), alreadySubscribed: of('ALREADY_SUBSCRIBED'), failed: of('FAILED'), skippedForLimit: of('SKIPPED') };
  }

  items(importId: string, afterPosition: number, take: number): Promise<ImportItem[]> {
    return this.prisma.client.importItem.findMany({
      where: { importId, position: { gt: afterPosition } },
      orderBy: { position: 'asc' },
      take,
    });
  }

  /** The person's subscriptions with their folders, folders in their order, then by title. */
  async subscriptionsForExport(userId: string): Promise<ExportedSubscription[]> {
    const rows = await this.prisma.client.subscription.findMany({
      where: { userId },
      include: { source: { select: { fetchUrl: true, siteUrl: true, title: true } }, folder: { select: { name: true, position: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      fetchUrl: row.source.fetchUrl,
      siteUrl: row.source.siteUrl,
      title: row.customTitle || row.source.title || row.source.fetchUrl,
      folder: row.folder?.name ?? null,
      folderPosition: row.folder?.position ?? null,
    }));
  }
}
