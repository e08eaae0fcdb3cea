import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type FetchState,
  type NormalizedItem,
  type SourceMeta,
  type SourceRef,
  type UnchangedItem,
} from '@tributary/bridges';
import { type PreviewItem, type ResolveResult, type SourceKind } from '@tributary/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { BridgeRuntime } from './bridge-runtime.service.js';
import { EntriesRepository } from './entries.repository.js';
import { FetchPool } from './fetch-pool.service.js';
import { HostBusyError } from './host-limiter.js';
import { judgeFailure } from './ingest.errors.js';
import { LiveEventsPublisher } from './live-events.publisher.js';
import { estimatePostsPerDay, planInterval, planRetry } from './schedule.util.js';
import { type FetchableSource, SourcesRepository } from './sources.repository.js';

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
    private readonly entries: EntriesRepository,
    private readonly live: LiveEventsPublisher,
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
        const planned = planInterval({
          postsPerDay: source.postsPerDay,
          ttlSeconds: result.hints.ttlSeconds,
          minSeconds: this.config.FETCH_MIN_INTERVAL,
          maxSeconds: this.config.FETCH_MAX_INTERVAL,
        });
        await this.entries.recordNotModified(
          source.id,
          secondsFromNow(planned.seconds),
          planned.seconds,
          elapsedMs(),
          planned.reason,
        );
        return { status: 'not-modified' };
      }
      return await this.store(source, result.items, result.unchanged ?? [], {
        meta: result.source,
        state: result.state,
        ttlSeconds: result.hints.ttlSeconds,
        fetchMs: elapsedMs(),
      });
    } catch (error) {
      const busy = findHostBusy(error);
      if (busy) {
        await this.sources.recordDeferred(source.id, busy.retryAt);
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
      await this.sources.recordFailure(source.id, {
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
  async resolve(input: string, kindHint: SourceKind | undefined, signal?: AbortSignal): Promise<ResolveResult> {
    try {
      const { ref, result } = await this.pool.resolve(input, kindHint, signal);
      const source = await this.sources.upsertResolved(ref, result.source);
      const isNew = source.status === 'PENDING' && source.lastFetchedAt === null;
      // The same write as a fetch: entries upserted by guid (unchanged ones are not rewritten), the success
      // recorded on the source, new entries published live.
      await this.store(source, result.items, result.unchanged ?? [], {
        meta: result.source,
        state: result.state,
        ttlSeconds: result.hints.ttlSeconds,
        fetchMs: null,
      });
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
        recentItems: result.items.slice(0, PREVIEW_ITEMS).map(toPreviewItem),
      };
    } catch (error) {
      const verdict = judgeFailure(error);
      if (!verdict) throw error;
      return { ok: false, code: verdict.apiCode, message: verdict.message };
    }
  }

  /** One write: new and changed items upserted, the success recorded on the source (one statement). */
  private async store(
    source: Pick<FetchableSource, 'id' | 'postsPerDay'>,
    items: readonly NormalizedItem[],
    unchanged: readonly UnchangedItem[],
    fetched: FetchedPage,
  ): Promise<FetchOutcome> {
    // The posting rate is estimated from every item of the page, unchanged ones included.
    const dates: Date[] = [];
    for (const item of [...items, ...unchanged]) if (item.publishedAt) dates.push(item.publishedAt);
    const postsPerDay = estimatePostsPerDay(dates, source.postsPerDay);
    const planned = planInterval({
      postsPerDay,
      ttlSeconds: fetched.ttlSeconds,
      minSeconds: this.config.FETCH_MIN_INTERVAL,
      maxSeconds: this.config.FETCH_MAX_INTERVAL,
    });
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
    await this.live.newEntries({ sourceId: source.id, entryIds: inserted });
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
