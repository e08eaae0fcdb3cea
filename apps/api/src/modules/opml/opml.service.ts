import { Injectable } from '@nestjs/common';
import { ParseError } from '@tributary/bridges';
import { type ParsedOpml, parseOpml, serializeOpml } from '@tributary/bridges/opml/opml';
import { type ImportItem, type OpmlImport } from '@tributary/db';
import { AppError } from '../../common/errors.js';
import { stripUnsafeNameCharacters } from '../../common/text.util.js';
import { pageSize } from '../../graphql/cursor.util.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import {
  type ImportItemConnection,
  type ImportItemObject,
  type ImportItemStatus,
  type OpmlImportObject,
  type OpmlImportStatus,
} from './dto/opml-import.object.js';
import { jobId, QUEUE } from '@tributary/jobs';
import { JobGateway } from '../../common/job-gateway.service.js';
import { type ExportedSubscription, OpmlRepository } from './opml.repository.js';

/** Largest OPML accepted (characters); a 10,000-feed export is about 2 MB. Requests are also capped by GRAPHQL_MAX_BODY_BYTES. */
export const OPML_MAX_CHARS = 5_000_000;
/** Most distinct feeds one import may hold. */
export const OPML_MAX_FEEDS = 10_000;

/**
 * Titles and folder names from the file become the member's subscription titles and folder names:
 * the characters a name may not hold (bidi overrides, zero-width, control; common/text.util.ts) are
 * removed rather than refusing the whole file for them.
 */
function withCleanNames(parsed: ParsedOpml): ParsedOpml {
  const clean = (name: string | null) =>
    name === null ? null : stripUnsafeNameCharacters(name).trim() || null;
  return {
    ...parsed,
    feeds: parsed.feeds.map((feed) => ({ ...feed, title: clean(feed.title), folder: clean(feed.folder) })),
  };
}

@Injectable()
export class OpmlService {
  constructor(
    private readonly repository: OpmlRepository,
    private readonly jobs: JobGateway,
    private readonly rateLimits: RateLimitService,
  ) {}

  /**
   * Reads the file at once (a broken one is refused with BAD_USER_INPUT and nothing is written), stores
   * one line per distinct feed and hands the import to the worker, which resolves and subscribes.
   */
  async importOpml(userId: string, text: string, fileName: string | null): Promise<OpmlImportObject> {
    if (text.length > OPML_MAX_CHARS) {
      throw new AppError(
        'BAD_USER_INPUT',
        `opml: the file is larger than ${OPML_MAX_CHARS / 1_000_000} MB.`,
        { field: 'opml' },
      );
    }
    let parsed;
    try {
      parsed = parseOpml(text);
    } catch (error) {
      if (error instanceof ParseError)
        throw new AppError('BAD_USER_INPUT', `opml: ${error.message}`, { field: 'opml' });
      throw error;
    }
    if (parsed.feeds.length === 0) {
      const why = parsed.skipped.some((skip) => /not followed/.test(skip.reason))
        ? ' (links to other OPML files are not followed)'
        : '';
      throw new AppError('BAD_USER_INPUT', `opml: the file lists no feeds${why}.`, { field: 'opml' });
    }
    if (parsed.feeds.length > OPML_MAX_FEEDS) {
      throw new AppError(
        'BAD_USER_INPUT',
        `opml: the file lists ${parsed.feeds.length} feeds; at most ${OPML_MAX_FEEDS} can be imported at once.`,
        { field: 'opml' },
      );
    }
    await this.countImport(userId);
    const created = await this.repository.createImport(
      userId,
      withCleanNames(parsed),
      fileName?.slice(0, 255) ?? null,
    );
    try {
      const payload = { task: 'import-opml', importId: created.id } as const;
      await this.jobs.enqueue(QUEUE.userData, payload, jobId.userData(payload));
    } catch (error) {
      await this.repository.deleteImport(created.id);
      throw error;
    }
    return this.toObject(created);
  }

  /**
   * Imports per account and day (RATE_LIMIT_OPML_IMPORT): each one fans out into a resolve per unknown
   * feed. Only files that were read successfully count; a broken file can be fixed and sent again.
   */
  private async countImport(userId: string): Promise<void> {
    const rule = this.rateLimits.rule('opmlImport');
    let result;
    try {
      result = await this.rateLimits.hit('opmlImport', `user:${userId}`);
    } catch {
      throw new AppError('RATE_LIMITED', 'Imports cannot be counted right now. Please try again in a minute.', { retryAfterSeconds: 60 });
    }
    if (result.isAllowed) return;
    const hours = Math.max(1, Math.round(result.retryAfterSeconds / 3600));
    throw new AppError(
      'RATE_LIMITED',
      `opml: you have started ${rule.limit} imports in the last ${describeWindow(rule.windowSeconds)}, the most allowed; try again in about ${hours} hour${hours === 1 ? '' : 's'}.`,
      { retryAfterSeconds: result.retryAfterSeconds, field: 'opml' },
    );
  }

  async find(userId: string, id: string): Promise<OpmlImportObject> {
    const found = await this.repository.findImport(userId, id);
    if (!found) throw new AppError('NOT_FOUND', 'Import not found.');
    return this.toObject(found);
  }

  async items(
    importId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<ImportItemConnection> {
    const size = pageSize(first, 100);
    const afterPosition = decodePosition(after);
    const rows = await this.repository.items(importId, afterPosition, size + 1);
    const kept = rows.slice(0, size);
    const edges = kept.map((row) => ({ cursor: encodePosition(row.position), node: toItem(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** OPML 2.0 of the person's subscriptions, one outline per folder; importing it gives the same list back. */
  async exportOpml(userId: string, handle: string): Promise<string> {
    const subscriptions = await this.repository.subscriptionsForExport(userId);
    // Folders in their order, feeds by title: the same subscriptions always give the same file.
    const byTitle = (a: ExportedSubscription, b: ExportedSubscription) =>
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.fetchUrl.localeCompare(b.fetchUrl);
    const inFolders = subscriptions
      .filter((subscription) => subscription.folder)
      .sort(
        (a, b) =>
          a.folderPosition! - b.folderPosition! || a.folder!.localeCompare(b.folder!) || byTitle(a, b),
      );
    return serializeOpml({
      title: `Tributary subscriptions of @${handle}`,
      ownerName: `@${handle}`,
      feeds: [
        ...inFolders,
        ...subscriptions.filter((subscription) => !subscription.folder).sort(byTitle),
      ].map((subscription) => ({
        xmlUrl: subscription.fetchUrl,
        htmlUrl: subscription.siteUrl,
        title: subscription.title,
        folder: subscription.folder,
      })),
    });
  }

  private async toObject(row: OpmlImport): Promise<OpmlImportObject> {
    const counts = await this.repository.counts(row.id);
    const skipped = Array.isArray(row.skipped)
      ? (row.skipped as { text?: string | null; reason?: string }[])
      : [];
    return {
      id: row.id,
      status: row.status as OpmlImportStatus,
      total: row.totalCount,
      done: counts.subscribed + counts.alreadySubscribed + counts.failed + counts.skippedForLimit,
      ...counts,
      duplicates: row.duplicatesCount,
      skipped: skipped.map((skip) =>
        skip.text ? `${skip.text}: ${skip.reason ?? ''}` : (skip.reason ?? ''),
      ),
      error: row.error,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }
}

function toItem(row: ImportItem): ImportItemObject {
  return {
    id: row.id,
    position: row.position,
    url: row.xmlUrl,
    htmlUrl: row.htmlUrl,
    title: row.title,
    folder: row.folderName,
    status: row.status as ImportItemStatus,
    error: row.error,
    sourceId: row.sourceId,
  };
}

function describeWindow(seconds: number): string {
  if (seconds % 86_400 === 0) return seconds === 86_400 ? 'day' : `${seconds / 86_400} days`;
  if (seconds % 3_600 === 0) return seconds === 3_600 ? 'hour' : `${seconds / 3_600} hours`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

function encodePosition(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

function decodePosition(cursor: string | null | undefined): number {
  if (!cursor) return -1;
  const match = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new AppError('BAD_USER_INPUT', 'after: is not a cursor this list gave out', { field: 'after' });
  return Number(match[1]);
}
