import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors.js';
import { jobId, QUEUE } from '@tributary/jobs';
import { JobGateway } from '../../common/job-gateway.service.js';
import { type DataExportObject, type DataExportStatus } from './dto/data-export.object.js';
import { DataExportRepository, type DataExportRow } from './data-export.repository.js';

const exportPayload = (exportId: string) => ({ task: 'export-data', exportId }) as const;
const jobIdOf = (exportId: string) => jobId.userData(exportPayload(exportId));

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
    await this.withRowUndoneOnFailure(row.id, () => this.jobs.enqueue(QUEUE.userData, exportPayload(row.id), jobIdOf(row.id)));
    return toObject(row);
  }

  /**
   * The archive itself when it is small and ready within a few seconds (most accounts), otherwise the
   * path to download it from once the background job has finished. Waits for the job itself (its
   * completion event, through the gateway), then reads the row once.
   */
  async exportMyData(userId: string): Promise<string> {
    const row = await this.repository.create(userId);
    const outcome = await this.withRowUndoneOnFailure(row.id, () =>
      this.jobs.enqueueAndWait(QUEUE.userData, exportPayload(row.id), {
        jobId: jobIdOf(row.id),
        timeoutMs: INLINE_WAIT_MS,
      }),
    );
    if (outcome.status === 'timed-out') return downloadPath(row.id);
    // Finished or failed for good: the row says how (the job records failures there too).
    const done = await this.repository.findOwned(userId, row.id);
    if (done?.status === 'FAILED') throw new AppError('INTERNAL', done.error ?? 'The export could not be produced.');
    if (done?.status === 'COMPLETED' && Number(done.sizeBytes ?? 0) <= INLINE_MAX_BYTES) {
      const json = await this.repository.readArchive(userId, row.id);
      if (json) return json.toString('utf8');
    }
    return downloadPath(row.id);
  }

  /** A row whose job could not be enqueued is removed again: no export stays PENDING forever. */
  private async withRowUndoneOnFailure<T>(exportId: string, enqueue: () => Promise<T>): Promise<T> {
    try {
      return await enqueue();
    } catch (error) {
      await this.repository.delete(exportId);
      throw error;
    }
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
