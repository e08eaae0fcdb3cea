import { Inject, Injectable, Logger } from '@nestjs/common';
import { bridgeFor, type FetchHints, type SourceKind } from '@tributary/bridges';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { JobGateway } from '../queue/job-gateway.service.js';
import { enqueueSubscribe } from './websub-jobs.util.js';

/** What a fetch knows of its source's WebSub subscription (loaded with the source, no extra query). */
export interface KnownWebSub {
  hubUrl: string | null;
  topicUrl: string | null;
  state: string | null;
}

/** A source just created by a resolve gets its subscriber this long after; the job checks there is one. */
export const RESOLVE_SUBSCRIBE_DELAY_MS = 3_000;

/**
 * States in which a subscription to the advertised hub needs no new request from a fetch: pending or
 * running, or refused (the maintenance pass retries those hourly, not every poll).
 */
const SETTLED = new Set(['SUBSCRIBING', 'ACTIVE', 'FAILED']);

/**
 * The fetch path's hook into WebSub: when a fetched feed advertises a hub (`<atom:link rel="hub">` or
 * `Link: rel=hub`) that the source is not subscribed to yet, a subscribe job is enqueued. The decision is
 * made from what the fetch already loaded; nothing here makes a request or slows the fetch down.
 */
@Injectable()
export class WebSubDiscovery {
  private readonly logger = new Logger('WebSub');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly jobs: JobGateway,
  ) {}

  /** After a scheduled or manual fetch of a source with subscribers. */
  async afterFetch(
    source: { id: string; kind: SourceKind; fetchUrl: string; subscribersCount: number; webSub: KnownWebSub },
    hints: FetchHints,
  ): Promise<void> {
    const topicUrl = hints.selfUrl ?? source.fetchUrl;
    if (!this.isWanted(source.kind, hints) || source.subscribersCount === 0) return;
    const known = source.webSub;
    if (
      known.state &&
      SETTLED.has(known.state) &&
      known.hubUrl === hints.hubUrl &&
      known.topicUrl === topicUrl
    )
      return;
    await this.enqueue(source.id, hints.hubUrl!, topicUrl, 0);
  }

  /** After a resolve created the source: its subscriber is linked right after, so the job waits a moment. */
  async afterResolve(
    source: { id: string; kind: SourceKind; fetchUrl: string },
    hints: FetchHints,
  ): Promise<void> {
    if (!this.isWanted(source.kind, hints)) return;
    await this.enqueue(
      source.id,
      hints.hubUrl!,
      hints.selfUrl ?? source.fetchUrl,
      RESOLVE_SUBSCRIBE_DELAY_MS,
    );
  }

  /** Feeds parsed in one request can take pushes (the pushed body is such a document). */
  private isWanted(kind: SourceKind, hints: FetchHints): boolean {
    return this.config.WEBSUB_ENABLED && Boolean(hints.hubUrl) && bridgeFor(kind).acceptsPush === true;
  }

  private async enqueue(sourceId: string, hubUrl: string, topicUrl: string, delayMs: number): Promise<void> {
    try {
      await enqueueSubscribe(this.jobs, { sourceId, hubUrl, topicUrl }, delayMs);
    } catch (error) {
      // The fetch itself succeeded; the next one notices the hub again.
      this.logger.warn(
        `could not enqueue the WebSub subscription of ${sourceId}: ${(error as Error).message}`,
      );
    }
  }
}
