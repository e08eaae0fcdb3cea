import { Inject, Injectable, Logger } from '@nestjs/common';
import { type SourceStatus, type User } from '@tributary/db';
import { apiErrorOfResolve, jobId, QUEUE, type ResolvedSource, resolveResult, type ResolveResult, type SourceKind } from '@tributary/jobs';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { JobGateway, QUEUE_DOWN } from '../../common/job-gateway.service.js';
import { byKey, loadersOf } from '../../graphql/dataloader.plugin.js';
import { LOADER } from '../../graphql/loader-keys.js';
import { assertId, decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { type SourcePreview } from './dto/source-preview.object.js';
import { type SourceRow, SourcesRepository } from './sources.repository.js';

const UUID = /^[0-9a-f-]{36}$/i;

@Injectable()
export class SourcesService {
  private readonly logger = new Logger(SourcesService.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly sources: SourcesRepository,
    private readonly jobs: JobGateway,
    private readonly rateLimits: RateLimitService,
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
      .get(LOADER.sourcesById, async (ids) => byKey(ids, await this.sources.findByIds(ids), (row) => row.id))
      .load(id);
  }

  prime(context: object, rows: SourceRow[]): void {
    const loader = loadersOf(context).get(LOADER.sourcesById, async (ids) =>
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

  /**
   * What `input` resolves to. The worker downloads and parses the document once and stores what it
   * found (the source, PENDING when new, and the posts it parsed), so the answer carries the source's id:
   * `subscribe(input: { sourceId })` then links to it without resolving again.
   */
  async preview(input: string, kindHint: SourceKind | null | undefined, userId: string): Promise<SourcePreview> {
    const resolved = await this.resolve(input, kindHint, userId);
    const source = await this.sources.findById(resolved.sourceId);
    return {
      sourceId: resolved.sourceId,
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
      // As before sourceId existed: the source only when Tributary knew it before this preview.
      source: resolved.isNew ? null : source,
    };
  }

  /** A source by its id, for subscribing: never resolves anything. */
  async forSubscribe(sourceId: string): Promise<SourceRow> {
    return this.byId(sourceId);
  }

  /**
   * Resolves a URL, domain or @handle once (the worker stores the source and its posts) and returns the
   * row. A source new to Tributary counts against `userId`'s daily budget of new sources (RATE_LIMITED
   * once spent).
   */
  async resolveToSource(input: string, kindHint: SourceKind | null | undefined, userId: string): Promise<SourceRow> {
    const resolved = await this.resolve(input, kindHint, userId);
    const source = await this.sources.findById(resolved.sourceId);
    if (!source) throw new AppError('SOURCE_UNREACHABLE', 'That source could not be stored. Please try again.');
    return source;
  }

  /**
   * The deprecated `SubscribeInput.source` string: a source id when it is the id of a known source,
   * anything else is resolved. New clients send `sourceId` or `url` instead.
   */
  async findOrCreate(input: string, kindHint: SourceKind | null | undefined, userId: string): Promise<SourceRow> {
    const trimmed = input.trim();
    if (UUID.test(trimmed)) {
      const existing = await this.sources.findById(trimmed);
      if (existing) return existing;
    }
    return this.resolveToSource(trimmed, kindHint, userId);
  }

  /**
   * A source whose last successful fetch is older than FETCH_MIN_INTERVAL (or that was never fetched)
   * is fetched at once when someone subscribes, so the new subscriber sees what it posts now rather
   * than what the schedule last saw. A queue that cannot be reached does not undo the subscription.
   */
  async fetchIfStale(source: Pick<SourceRow, 'id' | 'lastSuccessAt'>): Promise<boolean> {
    const freshFor = this.config.FETCH_MIN_INTERVAL * 1000;
    if (source.lastSuccessAt && Date.now() - source.lastSuccessAt.getTime() < freshFor) return false;
    try {
      await this.fetchNow(source.id, 'backfill');
      return true;
    } catch (error) {
      this.logger.warn(`could not ask for a fetch of stale source ${source.id}: ${(error as Error).message}`);
      return false;
    }
  }

  /**
   * Enqueues a fetch of a source the viewer subscribes to, or of any source for administrators
   * (job id = source id: repeats collapse). Limited per account and per source (RATE_LIMITED).
   */
  async refresh(viewer: Viewer, sourceId: string): Promise<SourceRow> {
    const source = await this.byId(sourceId);
    if (viewer.role !== 'ADMIN' && !(await this.sources.isSubscribed(viewer.id, source.id))) {
      throw new AppError('FORBIDDEN', 'Subscribe to a source to refresh it.');
    }
    await this.consumeRefresh('refresh-account', viewer.id, this.config.RATE_LIMIT_REFRESH_ACCOUNT, 'You refreshed many sources just now');
    await this.consumeRefresh('refresh-source', source.id, this.config.RATE_LIMIT_REFRESH_SOURCE, 'This source was refreshed moments ago');
    await this.fetchNow(source.id, 'manual');
    return source;
  }

  private async consumeRefresh(
    bucket: string,
    subject: string,
    rule: ApiConfig['RATE_LIMIT_REFRESH_SOURCE'],
    what: string,
  ): Promise<void> {
    let result;
    try {
      result = await this.rateLimits.hitRule(bucket, subject, rule);
    } catch (error) {
      this.logger.warn(`refresh limit unavailable: ${(error as Error).message}`);
      throw new AppError('INTERNAL', QUEUE_DOWN);
    }
    if (!result.isAllowed) {
      throw new AppError('RATE_LIMITED', `${what}; try again in ${result.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }

  private async resolve(input: string, kindHint: SourceKind | null | undefined, userId: string): Promise<ResolvedSource> {
    const trimmed = input.trim();
    if (trimmed.length === 0 || trimmed.length > 2048) {
      throw new AppError('BAD_USER_INPUT', 'input: paste a URL, a domain or an @handle (at most 2048 characters)', { field: 'input' });
    }
    const result = await this.askWorkerToResolve(trimmed, kindHint, userId);
    if (!result.ok) {
      const { code, message, details } = apiErrorOfResolve(result);
      throw new AppError(code, message, details);
    }
    return result;
  }

  /** The API never fetches remote content: the worker resolves, bounded by RESOLVE_TIMEOUT_MS. */
  private async askWorkerToResolve(
    input: string,
    kindHint: SourceKind | null | undefined,
    userId: string,
  ): Promise<ResolveResult> {
    const outcome = await this.jobs.enqueueAndWait(
      QUEUE.resolveSource,
      { input, userId, ...(kindHint && { kindHint }) },
      { timeoutMs: this.config.RESOLVE_TIMEOUT_MS },
    );
    if (outcome.status === 'timed-out') {
      throw new AppError('SOURCE_UNREACHABLE', 'Looking up that source took too long. Please try again.');
    }
    if (outcome.status === 'failed') {
      throw new AppError('SOURCE_UNREACHABLE', 'That source could not be looked up right now. Please try again.');
    }
    const parsed = resolveResult.safeParse(outcome.value);
    if (!parsed.success) {
      this.logger.error(`a resolve job answered outside the contract: ${parsed.error.message}`);
      throw new AppError('INTERNAL', 'That source could not be looked up right now. Please try again.');
    }
    return parsed.data;
  }

  /** Enqueues a fetch now; the job id is the source id, so a fetch already queued absorbs this one. */
  private async fetchNow(sourceId: string, reason: 'manual' | 'backfill'): Promise<void> {
    await this.jobs.enqueue(QUEUE.fetchSource, { sourceId, reason }, jobId.fetchSource(sourceId));
  }
}
