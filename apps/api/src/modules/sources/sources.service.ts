import { Injectable } from '@nestjs/common';
import { type SourceStatus, type User } from '@tributary/db';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { byKey, loadersOf } from '../../graphql/dataloader.plugin.js';
import { assertId, decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type SourcePreview } from './dto/source-preview.object.js';
import { SourceJobsService, type ResolveResult } from './source-jobs.service.js';
import { type SourceRow, SourcesRepository } from './sources.repository.js';

type ResolvedSource = Extract<ResolveResult, { ok: true }>;
export type SourceKindName = 'RSS' | 'SUBSTACK' | 'TELEGRAM' | 'X';

@Injectable()
export class SourcesService {
  constructor(
    private readonly sources: SourcesRepository,
    private readonly jobs: SourceJobsService,
  ) {}

  async byId(id: string): Promise<SourceRow> {
    const source = await this.sources.findById(assertId(id, 'Source'));
    if (!source) throw new AppError('NOT_FOUND', 'Source not found.');
    return source;
  }

  /** Every source for administrators, failing ones first (see SourcesRepository.healthPage). */
  async adminPage(
    context: object,
    args: { first: number; after: string | null; status: SourceStatus | null },
  ): Promise<Page<SourceRow>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    if (after && after.rank === undefined) {
      throw new AppError('BAD_USER_INPUT', 'after: is not a cursor this list gave out', { field: 'after' });
    }
    const rows = await this.sources.healthPage(size + 1, after, args.status);
    this.prime(context, rows);
    return toPage(rows, size, (row) => ({ rank: row.sortRank, at: row.sortAt, id: row.id }), (row) => row);
  }

  /** Batched per request: every Source a page mentions costs one query together. */
  load(context: object, id: string): Promise<SourceRow | null> {
    return loadersOf(context)
      .get<string, SourceRow | null>('sources', async (ids) => byKey(ids, await this.sources.findByIds(ids), (row) => row.id))
      .load(id);
  }

  prime(context: object, rows: SourceRow[]): void {
    const loader = loadersOf(context).get<string, SourceRow | null>('sources', async (ids) =>
      byKey(ids, await this.sources.findByIds(ids), (row) => row.id),
    );
    for (const row of rows) loader.prime(row.id, row);
  }

  /** The user whose VERIFIED claim covers the source, or null (batched). */
  verifiedOwner(context: object, sourceId: string): Promise<User | null> {
    return loadersOf(context)
      .get<string, User | null>('sourceOwners', async (ids) => {
        const owners = await this.sources.verifiedOwners(ids);
        return byKey(ids, owners, (row) => row.sourceId).map((row) => row?.user ?? null);
      })
      .load(sourceId);
  }

  viewerIsSubscribed(context: object, viewerId: string, sourceId: string): Promise<boolean> {
    return loadersOf(context)
      .get<string, boolean>('viewerSubscribed', async (ids) => {
        const subscribed = new Set(await this.sources.subscribedSourceIds(viewerId, ids));
        return ids.map((id) => subscribed.has(id));
      })
      .load(sourceId);
  }

  async preview(input: string, kindHint?: SourceKindName | null): Promise<SourcePreview> {
    const resolved = await this.resolve(input, kindHint, false);
    const source = await this.sources.findByKindKey(resolved.kind, resolved.key);
    return {
      kind: resolved.kind,
      url: resolved.url,
      siteUrl: resolved.siteUrl,
      title: resolved.title,
      description: resolved.description,
      imageUrl: resolved.imageUrl,
      recentItems: resolved.recentItems.map((item) => ({
        ...item,
        publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
      })),
      source,
    };
  }

  /**
   * Finds or creates the source `input` names. An existing source's id is used as is; anything else goes
   * to the worker, which stores the source and its first page of posts before answering. A source new to
   * Tributary counts against `userId`'s daily budget of new sources (RATE_LIMITED once spent).
   */
  async findOrCreate(input: string, kindHint: SourceKindName | null | undefined, userId: string): Promise<SourceRow> {
    const trimmed = input.trim();
    if (/^[0-9a-f-]{36}$/i.test(trimmed)) {
      const existing = await this.sources.findById(trimmed);
      if (existing) return existing;
    }
    const resolved = await this.resolve(trimmed, kindHint, true, userId);
    const source = resolved.sourceId ? await this.sources.findById(resolved.sourceId) : null;
    if (!source) throw new AppError('SOURCE_UNREACHABLE', 'That source could not be stored. Please try again.');
    return source;
  }

  /**
   * Enqueues a fetch of a source the viewer subscribes to, or of any source for administrators
   * (job id = source id: repeats collapse).
   */
  async refresh(viewer: Viewer, sourceId: string): Promise<SourceRow> {
    const source = await this.byId(sourceId);
    if (viewer.role !== 'ADMIN' && !(await this.sources.isSubscribed(viewer.id, source.id))) {
      throw new AppError('FORBIDDEN', 'Subscribe to a source to refresh it.');
    }
    await this.jobs.fetchNow(source.id, 'manual');
    return source;
  }

  private async resolve(
    input: string,
    kindHint: SourceKindName | null | undefined,
    persist: boolean,
    userId?: string,
  ): Promise<ResolvedSource> {
    const trimmed = input.trim();
    if (trimmed.length === 0 || trimmed.length > 2048) {
      throw new AppError('BAD_USER_INPUT', 'input: paste a URL, a domain or an @handle (at most 2048 characters)', { field: 'input' });
    }
    const result = await this.jobs.resolve({ input: trimmed, persist, ...(kindHint && { kindHint }), ...(userId && { userId }) });
    if (!result.ok) {
      throw new AppError(result.code, result.message, result.code === 'RATE_LIMITED' ? { retryAfterSeconds: result.retryAfterSeconds } : {});
    }
    return result;
  }
}
