import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type FetchResult,
  type FetchState,
  type NormalizedItem,
  type SourceMeta,
  type SourceRef,
  type UnchangedItem,
} from '@tributary/bridges';
import { type PreviewItem, type ResolveResult, type SourceKind } from '@tributary/jobs';
import { LivePublisher } from '@tributary/domain';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { SourceHealthWriter } from '../../sources/source-health.writer.js';
import { BridgeRuntime } from './bridge-runtime.service.js';
import { EntriesRepository } from '../store/entries.repository.js';
import { FetchPool } from '../threads/fetch-pool.service.js';
import { HostBusyError } from '../politeness/host-limiter.js';
import { failedResolve, judgeFailure } from './ingest.errors.js';
import { NewSourceBudget, newSourceLimitMessage } from './new-source-budget.service.js';
import { newestFirst } from './preview.util.js';
import { estimatePostsPerDay, type PlannedInterval, planInterval, planRetry } from '../politeness/schedule.util.js';
import { type FetchableSource, SourcesRepository } from '../store/sources.repository.js';
import { WebSubDiscovery } from '../../websub/websub-discovery.service.js';

export type FetchOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'not-modified' }
  | { status: 'fetched'; inserted: number; updated: number }
  | { status: 'failed'; message: string }
  | { status: 'deferred'; until: string };

const PREVIEW_ITEMS = 5;

interface FetchedPage {
  meta: SourceMeta;
  state: FetchState;
  ttlSeconds: number | undefined;
  /** How long the fetch took, ms; null when not measured. */
  fetchMs: number | null;
}

@Injectable()
export class IngestService {
  private readonly logger = new Logger('Ingest');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly runtime: BridgeRuntime,
    private readonly pool: FetchPool,
    private readonly sources: SourcesRepository,
    private readonly health: SourceHealthWriter,
    private readonly entries: EntriesRepository,
    private readonly live: LivePublisher,
    private readonly newSources: NewSourceBudget,
    private readonly websub: WebSubDiscovery,
  ) {}

  /**
   * Fetches one source and stores what is new. Outcomes the source is responsible for (404, bad XML,
   * timeouts) are recorded on the source and rescheduled with backoff; errors that are ours propagate so
   * the job retries.
   */
  async fetchSource(sourceId: string, signal?: AbortSignal): Promise<FetchOutcome> {
    const source = await this.sources.loadForFetch(sourceId);
    if (!source) return { status: 'skipped', reason: 'source no longer exists' };
    if (source.status === 'GONE') return { status: 'skipped', reason: 'source is gone' };
    const ref = toRef(source);
    const state = { etag: source.etag, lastModified: source.lastModified, cursor: source.cursor };
    const started = performance.now();
    const elapsedMs = () => Math.round(performance.now() - started);
    try {
      // Items whose raw fingerprint is stored come back in `unchanged`, neither sanitized nor written.
      const result = await this.pool.fetch(ref, state, signal, source.knownItems);
      if (result.notModified) {
        const planned = this.planNext(source, source.postsPerDay, result.hints.ttlSeconds);
        await this.entries.recordNotModified(
          source.id,
          secondsFromNow(planned.seconds),
          planned.seconds,
          elapsedMs(),
          planned.reason,
        );
        return { status: 'not-modified' };
      }
      const outcome = await this.store(source, result.items, result.unchanged ?? [], {
        meta: result.source,
        state: result.state,
        ttlSeconds: result.hints.ttlSeconds,
        fetchMs: elapsedMs(),
      });
      await this.websub.afterFetch(source, result.hints);
      return outcome;
    } catch (error) {
      const busy = findHostBusy(error);
      if (busy) {
        await this.health.recordDeferred(source.id, busy.retryAt);
        return { status: 'deferred', until: busy.retryAt.toISOString() };
      }
      const verdict = judgeFailure(error);
      if (!verdict) throw error;
      const failures = source.consecutiveFailures + 1;
      const retry = planRetry({
        consecutiveFailures: failures,
        minSeconds: this.config.FETCH_MIN_INTERVAL,
        maxSeconds: this.config.FETCH_MAX_INTERVAL,
        retryAfter: verdict.retryAfter,
      });
      const retryAt = retry.at;
      await this.health.recordFailure(source.id, {
        nextFetchAt: retryAt,
        scheduleReason: retry.reason,
        message: verdict.message,
        isGone: verdict.isGone,
        httpStatus: verdict.httpStatus,
        fetchMs: elapsedMs(),
      });
      this.logger.log(`${source.kind} ${source.key}: ${verdict.message} (failure ${failures}, next ${retryAt.toISOString()})`);
      return { status: 'failed', message: verdict.message };
    }
  }

  /**
   * Resolves what a person pasted and stores what it found: the source (PENDING when new, else the row
   * Tributary has) and the items of the page it downloaded, through the same write as a fetch. The
   * document is downloaded and parsed once (in a parse thread); the answer carries the source's id, so
   * subscribing afterwards needs no second resolve.
   */
  /**
   * When `userId` names the account bringing the source in, a source Tributary does not read yet takes one
   * unit of that account's NewSourceBudget before it is stored (RATE_LIMITED once spent), given back when the
   * source turns out to exist after all or could not be stored.
   */
  async resolve(
    input: string,
    kindHint: SourceKind | undefined,
    signal?: AbortSignal,
    userId?: string,
  ): Promise<ResolveResult> {
    let isBudgetTaken = false;
    try {
      const { ref, result } = await this.pool.resolve(input, kindHint, signal);
      if (userId && !(await this.sources.exists(ref))) {
        const retryAfterSeconds = await this.newSources.take(userId);
        if (retryAfterSeconds !== null) {
          return {
            ok: false,
            code: 'RATE_LIMITED',
            message: newSourceLimitMessage(this.newSources.limit, retryAfterSeconds),
            retryAfterSeconds,
          };
        }
        isBudgetTaken = true;
      }
      const source = await this.sources.upsertResolved(ref, result.source);
      // Created by someone else between the check and the upsert: this account brought nothing new.
      if (isBudgetTaken && !source.isCreated) await this.giveBack(userId);
      isBudgetTaken = false;
      const isNew = source.status === 'PENDING' && source.lastFetchedAt === null;
      // The same write as a fetch: entries upserted by guid (unchanged ones are not rewritten), the success
      // recorded on the source, new entries published live.
      await this.store(source, result.items, result.unchanged ?? [], {
        meta: result.source,
        state: result.state,
        ttlSeconds: result.hints.ttlSeconds,
        fetchMs: null,
      });
      if (isNew) await this.websub.afterResolve(source, result.hints);
      return {
        ok: true,
        sourceId: source.id,
        isNew,
        kind: ref.kind,
        key: ref.key,
        url: ref.fetchUrl,
        siteUrl: result.source.siteUrl ?? ref.siteUrl,
        title: result.source.title,
        description: result.source.description,
        imageUrl: result.source.imageUrl,
        recentItems: newestFirst(result.items).slice(0, PREVIEW_ITEMS).map(toPreviewItem),
      };
    } catch (error) {
      if (isBudgetTaken) await this.giveBack(userId);
      const verdict = judgeFailure(error);
      if (!verdict) throw error;
      return failedResolve(verdict);
    }
  }

  private async giveBack(userId: string | undefined): Promise<void> {
    if (userId) await this.newSources.giveBack(userId).catch((error: Error) => this.logger.warn(`new-source budget: ${error.message}`));
  }

  /**
   * Stores content a WebSub hub pushed to this source's callback: parsed like a fetched document (in the
   * parse threads, by the source's bridge) and written by the same statement as a fetch, into this source
   * only. The source's validators stay as they are; its next poll moves to the pushed interval.
   */
  async storePushed(sourceId: string, body: Uint8Array, contentType: string | null): Promise<FetchOutcome> {
    const source = await this.sources.loadForFetch(sourceId);
    if (!source) return { status: 'skipped', reason: 'source no longer exists' };
    if (source.status === 'GONE') return { status: 'skipped', reason: 'source is gone' };
    const state = { etag: source.etag, lastModified: source.lastModified, cursor: source.cursor };
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    const response = { url: source.fetchUrl, status: 200, headers, body };
    let result: FetchResult;
    try {
      result = await this.pool.parse(toRef(source), state, response, source.knownItems);
    } catch (error) {
      const verdict = judgeFailure(error);
      if (!verdict) throw error;
      // A push that does not parse changes nothing; the source's own fetches judge its health.
      this.logger.log(`${source.kind} ${source.key}: pushed content dropped: ${verdict.message}`);
      return { status: 'skipped', reason: `pushed content dropped: ${verdict.message}` };
    }
    return this.store(source, result.items, result.unchanged ?? [], {
      meta: result.source,
      state: result.state,
      ttlSeconds: undefined,
      fetchMs: null,
    });
  }

  /**
   * How long until the source is polled again. A source a hub pushes is polled only as a safety net,
   * every FETCH_MAX_INTERVAL (docs/websub.md).
   */
  private planNext(
    source: { isPushed?: boolean },
    postsPerDay: number | null,
    ttlSeconds: number | undefined,
  ): PlannedInterval {
    const planned = planInterval({
      postsPerDay,
      ttlSeconds,
      minSeconds: source.isPushed ? this.config.FETCH_MAX_INTERVAL : this.config.FETCH_MIN_INTERVAL,
      maxSeconds: this.config.FETCH_MAX_INTERVAL,
    });
    return source.isPushed ? { ...planned, reason: 'PUSH' } : planned;
  }

  /** One write: new and changed items upserted, the success recorded on the source (one statement). */
  private async store(
    source: Pick<FetchableSource, 'id' | 'postsPerDay'> & { isPushed?: boolean },
    items: readonly NormalizedItem[],
    unchanged: readonly UnchangedItem[],
    fetched: FetchedPage,
  ): Promise<FetchOutcome> {
    // The posting rate is estimated from every item of the page, unchanged ones included.
    const dates: Date[] = [];
    for (const item of [...items, ...unchanged]) if (item.publishedAt) dates.push(item.publishedAt);
    const postsPerDay = estimatePostsPerDay(dates, source.postsPerDay);
    const planned = this.planNext(source, postsPerDay, fetched.ttlSeconds);
    const intervalSeconds = planned.seconds;
    const newest = dates.reduce<Date | null>((max, date) => (!max || date > max ? date : max), null);
    const { inserted, updated } = await this.entries.storeFetch(source.id, items, {
      meta: fetched.meta,
      state: fetched.state,
      nextFetchAt: secondsFromNow(intervalSeconds),
      intervalSeconds,
      postsPerDay,
      lastEntryAt: newest,
      httpStatus: 200,
      fetchMs: fetched.fetchMs,
      scheduleReason: planned.reason,
    });
    await this.live.sourceEntries({ sourceId: source.id, entryIds: inserted });
    return { status: 'fetched', inserted: inserted.length, updated: updated.length };
  }
}

/** The bridges wrap what the HTTP client throws; a busy host may sit a few causes deep. */
function findHostBusy(error: unknown): HostBusyError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as Error).cause, depth++) {
    if (current instanceof HostBusyError) return current;
  }
  return undefined;
}

function toRef(source: FetchableSource): SourceRef {
  return { kind: source.kind, key: source.key, fetchUrl: source.fetchUrl, siteUrl: source.siteUrl };
}

function secondsFromNow(seconds: number): Date {
  return new Date(Date.now() + seconds * 1000);
}

function toPreviewItem(item: NormalizedItem): PreviewItem {
  return {
    title: item.title,
    url: item.url,
    summary: item.summary.slice(0, 280),
    publishedAt: item.publishedAt?.toISOString() ?? null,
    imageUrl: item.media.find((media) => media.type.startsWith('image/'))?.url ?? null,
  };
}
