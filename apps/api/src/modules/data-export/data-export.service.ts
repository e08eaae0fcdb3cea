import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors.js';
import { jobId, QUEUE } from '@tributary/jobs';
import { JobGateway } from '../../common/job-gateway.service.js';
import { type DataExportObject, type DataExportStatus } from './dto/data-export.object.js';
import { DataExportRepository, type DataExportRow } from './data-export.repository.js';

/** How long `exportMyData` waits for the worker before answering with the download address instead. */
const INLINE_WAIT_MS = 8_000;
/** Archives up to this size are answered inline by `exportMyData`. */
const INLINE_MAX_BYTES = 1_000_000;

export function downloadPath(id: string): string {
  return `/exports/${id}/archive.json`;
}

@Injectable()
export class DataExportService {
  constructor(
    private readonly repository: DataExportRepository,
    private readonly jobs: JobGateway,
  ) {}

  /** Starts an export in the worker. */
  async request(userId: string): Promise<DataExportObject> {
    const row = await this.repository.create(userId);
    try {
      const payload = { task: 'export-data', exportId: row.id } as const;
      await this.jobs.enqueue(QUEUE.userData, payload, jobId.userData(payload));
    } catch (error) {
      await this.repository.delete(row.id);
      throw error;
    }
    return toObject(row);
  }

  /**
   * The archive itself when it is small and ready within a few seconds (most accounts), otherwise the
   * path to download it from once the background job has finished.
   */
  async exportMyData(userId: string): Promise<string> {
    const started = await this.request(userId);
    const deadline = Date.now() + INLINE_WAIT_MS;
    for (let row: DataExportRow | null = null; Date.now() < deadline; ) {
      await sleep(150);
      row = await this.repository.findOwned(userId, started.id);
      if (!row) break;
      if (row.status === 'FAILED') throw new AppError('INTERNAL', row.error ?? 'The export could not be produced.');
      if (row.status === 'COMPLETED') {
        if (Number(row.sizeBytes ?? 0) > INLINE_MAX_BYTES) break;
        const json = await this.repository.readArchive(userId, started.id);
        if (json) return json.toString('utf8');
        break;
      }
    }
    return downloadPath(started.id);
  }

  async find(userId: string, id: string): Promise<DataExportObject> {
    const row = await this.repository.findOwned(userId, id);
    if (!row) throw new AppError('NOT_FOUND', 'Export not found.');
    return toObject(row);
  }

  async list(userId: string): Promise<DataExportObject[]> {
    return (await this.repository.listOwned(userId)).map(toObject);
  }

  /** The JSON, for its owner only; anyone else gets NOT_FOUND (an export's existence is not revealed). */
  async content(userId: string, id: string): Promise<Buffer> {
    const json = await this.repository.readArchive(userId, id);
    if (!json) throw new AppError('NOT_FOUND', 'Export not found, not finished yet, or expired.');
    return json;
  }
}

function toObject(row: DataExportRow): DataExportObject {
  return {
    id: row.id,
    status: row.status as DataExportStatus,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    downloadUrl: row.status === 'COMPLETED' ? downloadPath(row.id) : null,
    error: row.error,
  };
}
