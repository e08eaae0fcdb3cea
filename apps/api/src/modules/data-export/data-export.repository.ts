import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { type DataExport } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

const gunzipAsync = promisify(gunzip);

export type DataExportRow = Omit<DataExport, 'archive'>;

const WITHOUT_ARCHIVE = {
  id: true,
  userId: true,
  status: true,
  storageKey: true,
  sizeBytes: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  expiresAt: true,
} as const;

@Injectable()
export class DataExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(userId: string): Promise<DataExportRow> {
    return this.prisma.client.dataExport.create({ data: { userId }, select: WITHOUT_ARCHIVE });
  }

  async delete(id: string): Promise<void> {
    await this.prisma.client.dataExport.deleteMany({ where: { id } });
  }

  /** Only the owner's exports are ever found: the owner check is part of the query. */
  findOwned(userId: string, id: string): Promise<DataExportRow | null> {
    return this.prisma.client.dataExport.findFirst({ where: { id, userId }, select: WITHOUT_ARCHIVE });
  }

  listOwned(userId: string): Promise<DataExportRow[]> {
    return this.prisma.client.dataExport.findMany({ where: { userId }, select: WITHOUT_ARCHIVE, orderBy: { createdAt: 'desc' }, take: 20 });
  }

  /** The archive's JSON, when the export belongs to `userId`, is finished and has not expired. */
  async readArchive(userId: string, id: string): Promise<Buffer | null> {
    const row = await this.prisma.client.dataExport.findFirst({
      where: { id, userId, status: 'COMPLETED', OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      select: { archive: true },
    });
    return row?.archive ? gunzipAsync(row.archive) : null;
  }
}
