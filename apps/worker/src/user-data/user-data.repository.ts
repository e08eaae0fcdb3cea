import { Injectable } from '@nestjs/common';
import { type ImportItem, type ImportItemStatus, type OpmlImport, type Prisma } from '@tributary/db';
import { PrismaService } from '../common/prisma.service.js';

type Tx = Prisma.TransactionClient;

/** The only file of user-data that touches Prisma. */
@Injectable()
export class UserDataRepository {
  constructor(private readonly prisma: PrismaService) {}

  get client() {
    return this.prisma.client;
  }

  /** Marks the import running; null when it is gone or already finished (a duplicate job). */
  async startImport(id: string): Promise<OpmlImport | null> {
    const started = await this.prisma.client.opmlImport.updateMany({
      where: { id, status: { in: ['PENDING', 'RUNNING'] } },
      data: { status: 'RUNNING', startedAt: new Date() },
    });
    if (started.count === 0) return null;
    return this.prisma.client.opmlImport.findUnique({ where: { id } });
  }

  pendingItems(importId: string, take: number): Promise<ImportItem[]> {
    return this.prisma.client.importItem.findMany({
      where: { importId, status: 'PENDING' },
      orderBy: { position: 'asc' },
      take,
    });
  }

  async recordItem(id: string, result: { status: ImportItemStatus; error?: string | null; sourceId?: string | null }): Promise<void> {
    await this.prisma.client.importItem.update({
      where: { id },
      data: { status: result.status, error: result.error ?? null, sourceId: result.sourceId ?? null },
    });
  }

  async recordProgress(importId: string): Promise<number> {
    const processed = await this.prisma.client.importItem.count({ where: { importId, status: { not: 'PENDING' } } });
    await this.prisma.client.opmlImport.update({ where: { id: importId }, data: { processedCount: processed } });
    return processed;
  }

  async finishImport(importId: string, failure?: string): Promise<void> {
    await this.prisma.client.$transaction(async (tx) => {
      if (failure) {
        await tx.importItem.updateMany({ where: { importId, status: 'PENDING' }, data: { status: 'FAILED', error: failure } });
      }
      const processed = await tx.importItem.count({ where: { importId, status: { not: 'PENDING' } } });
      await tx.opmlImport.update({
        where: { id: importId },
        data: { status: failure ? 'FAILED' : 'COMPLETED', processedCount: processed, finishedAt: new Date(), error: failure ?? null },
      });
    });
  }

  /**
   * Creates the import's folders up front, in the order the file lists them, so parallel lines cannot
   * shuffle them and an exported, re-imported list keeps its folder order.
   */
  async ensureFolders(userId: string, importId: string): Promise<void> {
    const rows = await this.prisma.client.importItem.findMany({
      where: { importId, status: 'PENDING', folderName: { not: null } },
      select: { folderName: true },
      orderBy: { position: 'asc' },
    });
    const names = [...new Set(rows.map((row) => row.folderName!))];
    for (const name of names) await this.prisma.client.$transaction((tx) => this.folderIdFor(tx, userId, name));
  }

  /** A source already known under exactly this address (no need to fetch it again). */
  findSourceByFetchUrl(fetchUrl: string) {
    return this.prisma.client.source.findFirst({ where: { fetchUrl }, select: { id: true, title: true }, orderBy: { createdAt: 'asc' } });
  }

  findSourceTitle(id: string) {
    return this.prisma.client.source.findUnique({ where: { id }, select: { title: true } });
  }

  /**
   * Subscribes idempotently (the unique (userId, sourceId) decides). The subscriber count moves only when
   * this call inserted the row, in the same transaction; an existing subscription is left as it is.
   */
  async subscribe(userId: string, sourceId: string, options: { folderName: string | null; customTitle: string | null }): Promise<'SUBSCRIBED' | 'ALREADY_SUBSCRIBED'> {
    return this.prisma.client.$transaction(async (tx) => {
      const existing = await tx.subscription.findUnique({ where: { userId_sourceId: { userId, sourceId } }, select: { id: true } });
      if (existing) return 'ALREADY_SUBSCRIBED';
      const folderId = options.folderName ? await this.folderIdFor(tx, userId, options.folderName) : null;
      const inserted = await tx.subscription.createMany({
        data: [{ userId, sourceId, folderId, customTitle: options.customTitle }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return 'ALREADY_SUBSCRIBED';
      await tx.source.update({ where: { id: sourceId }, data: { subscribersCount: { increment: 1 } } });
      return 'SUBSCRIBED';
    });
  }

  private async folderIdFor(tx: Tx, userId: string, name: string): Promise<string> {
    const last = await tx.folder.aggregate({ where: { userId }, _max: { position: true } });
    const folder = await tx.folder.upsert({
      where: { userId_name: { userId, name } },
      create: { userId, name, position: (last._max.position ?? -1) + 1 },
      update: {},
      select: { id: true },
    });
    return folder.id;
  }

  // ── exports ──

  async startExport(id: string) {
    const started = await this.prisma.client.dataExport.updateMany({
      where: { id, status: { in: ['PENDING', 'RUNNING'] } },
      data: { status: 'RUNNING', startedAt: new Date() },
    });
    if (started.count === 0) return null;
    return this.prisma.client.dataExport.findUnique({ where: { id }, select: { id: true, userId: true } });
  }

  async finishExport(id: string, result: { archive: Uint8Array<ArrayBuffer>; sizeBytes: number; expiresAt: Date } | { error: string }): Promise<void> {
    await this.prisma.client.dataExport.update({
      where: { id },
      data:
        'error' in result
          ? { status: 'FAILED', error: result.error, finishedAt: new Date() }
          : { status: 'COMPLETED', archive: result.archive, sizeBytes: BigInt(result.sizeBytes), expiresAt: result.expiresAt, finishedAt: new Date(), error: null },
    });
  }

  /** Expired archives of this person are dropped whenever they make a new one. */
  async purgeExpiredExports(userId: string): Promise<void> {
    await this.prisma.client.dataExport.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  }
}
