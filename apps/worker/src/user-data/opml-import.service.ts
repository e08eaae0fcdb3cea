import { Injectable, Logger } from '@nestjs/common';
import { type ImportItem, type ImportItemStatus } from '@tributary/db';
import { HostBusyError } from '../ingest/politeness/host-busy.error.js';
import { IngestService } from '../ingest/fetch/ingest.service.js';
import { UserDataRepository } from './user-data.repository.js';

/** Lines resolved at once by one import job; the per-host limiter still spaces requests to one site. */
const ITEM_CONCURRENCY = 6;
/** Lines read from the database at a time; progress is written after each batch. */
const BATCH_SIZE = 60;
/** How long one line may wait for a busy host before it is reported as failed. */
const MAX_HOST_WAIT_MS = 60_000;

export type ImportOutcome = { status: 'skipped'; reason: string } | { status: 'completed'; processed: number };

interface ImportBudget {
  /** Why new sources are refused for the rest of this run, once the budget said so. */
  spentMessage: string | null;
}

interface ItemResult {
  status: ImportItemStatus;
  error?: string | null;
  sourceId?: string | null;
}

/**
 * Imports the lines of one OPML file: each feed is resolved through the bridges (the same path as the
 * resolve-source job: one download, source and posts stored) and subscribed, in its folder. Each line's outcome is written to its
 * ImportItem row as soon as it is known, so the person can watch, and a job that dies halfway resumes
 * with the lines still PENDING.
 */
@Injectable()
export class OpmlImportService {
  private readonly logger = new Logger('OpmlImport');

  constructor(
    private readonly repository: UserDataRepository,
    private readonly ingest: IngestService,
  ) {}

  async run(importId: string, options: { isLastAttempt: boolean }): Promise<ImportOutcome> {
    const job = await this.repository.startImport(importId);
    if (!job) return { status: 'skipped', reason: 'import is finished or gone' };
    // Once the account's budget of new sources is spent, lines naming unknown addresses are skipped
    // without being fetched: a file of 10,000 new feeds costs at most the budget in fetches.
    const budget: ImportBudget = { spentMessage: null };
    try {
      await this.repository.ensureFolders(job.userId, importId);
      for (;;) {
        const batch = await this.repository.pendingItems(importId, BATCH_SIZE);
        if (batch.length === 0) break;
        await forEachLimited(batch, ITEM_CONCURRENCY, async (item) => {
          const result = await this.importItem(job.userId, item, budget);
          await this.repository.recordItem(item.id, result);
        });
        await this.repository.recordProgress(importId);
      }
      await this.repository.finishImport(importId);
      return { status: 'completed', processed: await this.repository.recordProgress(importId) };
    } catch (error) {
      this.logger.warn(`import ${importId}: ${(error as Error).message}`);
      if (options.isLastAttempt) await this.repository.finishImport(importId, 'The import stopped before this feed could be added.');
      throw error;
    }
  }

  private async importItem(userId: string, item: ImportItem, budget: ImportBudget): Promise<ItemResult> {
    if (!isWebAddress(item.xmlUrl)) return { status: 'FAILED', error: 'This is not a web address (http or https).' };
    let source = await this.repository.findSourceByFetchUrl(item.xmlUrl);
    if (!source) {
      if (budget.spentMessage) return { status: 'SKIPPED', error: budget.spentMessage };
      const resolved = await this.resolve(item.xmlUrl, userId);
      if (!resolved.ok && resolved.isLimited) {
        budget.spentMessage = resolved.message;
        return { status: 'SKIPPED', error: resolved.message };
      }
      if (!resolved.ok) return { status: 'FAILED', error: resolved.message };
      source = resolved.sourceId ? await this.repository.findSourceTitle(resolved.sourceId).then((row) => row && { id: resolved.sourceId!, title: row.title }) : null;
      if (!source) return { status: 'FAILED', error: 'The feed could not be stored.' };
    }
    // A title that differs from the feed's own becomes the subscription's custom title (round trip).
    const customTitle = item.title && item.title !== source.title ? item.title : null;
    const status = await this.repository.subscribe(userId, source.id, { folderName: item.folderName, customTitle });
    return { status, sourceId: source.id };
  }

  /** Resolves (storing the source and its posts); waits (bounded) when the host is busy instead of failing the line at once. */
  private async resolve(
    url: string,
    userId: string,
  ): Promise<{ ok: true; sourceId: string | null } | { ok: false; message: string; isLimited?: boolean }> {
    const deadline = Date.now() + MAX_HOST_WAIT_MS;
    for (;;) {
      try {
        const outcome = await this.ingest.resolve(url, undefined, undefined, userId);
        if (outcome.ok) return { ok: true, sourceId: outcome.sourceId };
        return { ok: false, message: outcome.message, isLimited: outcome.code === 'RATE_LIMITED' };
      } catch (error) {
        const busy = findHostBusy(error);
        if (!busy) {
          this.logger.warn(`resolving ${url}: ${(error as Error).message}`);
          return { ok: false, message: 'The feed could not be read right now. Try adding it again later.' };
        }
        const wait = busy.retryAt.getTime() - Date.now();
        if (Date.now() + wait > deadline) return { ok: false, message: `${busy.domain} asked us to slow down; try adding this feed again later.` };
        await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 250)));
      }
    }
  }
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function findHostBusy(error: unknown): HostBusyError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as Error).cause, depth++) {
    if (current instanceof HostBusyError) return current;
  }
  return undefined;
}

/** Runs `task` over `items` with at most `limit` at once. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  });
  await Promise.all(lanes);
}
