import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type ParsedJobPayload, QUEUE, websubJobId } from '@tributary/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { type FetchOutcome, IngestService } from '../ingest/fetch/ingest.service.js';
import { HubClient } from './hub-client.js';
import { JobGateway } from '../queue/job-gateway.service.js';
import { enqueueSubscribe, MAINTAIN_EVERY_MS } from './websub-jobs.util.js';
import { type HubRequestRow, HubSubscriptionsRepository } from './hub-subscriptions.repository.js';

type WebSubTask<T extends string> = Extract<ParsedJobPayload<typeof QUEUE.websub>, { task: T }>;

export type WebSubOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'requested'; mode: 'subscribe' | 'unsubscribe' }
  | { status: 'hub-error'; message: string }
  | { status: 'maintained'; renew: number; retry: number; unsubscribe: number }
  | FetchOutcome;

/** Candidates one maintenance pass handles per rule; the next pass takes the rest. */
const MAINTAIN_BATCH = 500;

/** The callback path under PUBLIC_WEB_URL; the web app forwards it to the API (apps/api/src/modules/websub). */
export const CALLBACK_PATH = '/websub/';

/**
 * The WebSub subscriber's rules on the worker side: (un)subscription requests to hubs, lease upkeep,
 * and storing what hubs push (the API only checks a push's signature and enqueues it).
 */
@Injectable()
export class HubSubscriber implements OnApplicationBootstrap {
  private readonly logger = new Logger('WebSub');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly repository: HubSubscriptionsRepository,
    private readonly hub: HubClient,
    private readonly jobs: JobGateway,
    private readonly ingest: IngestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WEBSUB_ENABLED) return;
    await this.ensureScheduler();
    // A Redis that restarted without its data has forgotten the scheduler: put it back on reconnect.
    this.jobs.connection.on('ready', () => {
      this.ensureScheduler().catch((error: unknown) => {
        this.logger.warn(`could not restore the WebSub maintenance scheduler: ${(error as Error).message}`);
      });
    });
  }

  /** Idempotent: every worker process upserts the same scheduler. */
  private ensureScheduler(): Promise<void> {
    return this.jobs.upsertScheduler(QUEUE.websub, 'websub-maintain', MAINTAIN_EVERY_MS, { task: 'maintain' });
  }

  /** `<PUBLIC_WEB_URL>/websub/<token>`: public, unauthenticated, unguessable per subscription. */
  callbackUrl(token: string): string {
    return `${this.config.PUBLIC_WEB_URL}${CALLBACK_PATH}${token}`;
  }

  /** Asks the hub to (re)subscribe the source; a renewal keeps the callback and secret. */
  async subscribe({ sourceId, hubUrl, topicUrl }: WebSubTask<'subscribe'>): Promise<WebSubOutcome> {
    if (!this.config.WEBSUB_ENABLED) return { status: 'skipped', reason: 'WebSub is disabled' };
    const source = await this.repository.findSource(sourceId);
    if (!source || source.status === 'GONE') return { status: 'skipped', reason: 'source is gone' };
    if (source.subscribersCount === 0)
      return { status: 'skipped', reason: 'nobody subscribes to the source' };
    const row = await this.repository.recordSubscribeRequest(sourceId, hubUrl, topicUrl, {
      secret: randomBytes(32).toString('hex'),
      callbackToken: randomBytes(24).toString('base64url'),
    });
    return this.request('subscribe', row);
  }

  /** Asks the hub to stop pushing a source nobody reads; nothing happens if someone subscribed again. */
  async unsubscribe({ sourceId }: WebSubTask<'unsubscribe'>): Promise<WebSubOutcome> {
    const row = await this.repository.recordUnsubscribeRequest(sourceId);
    if (!row) return { status: 'skipped', reason: 'nothing to unsubscribe' };
    return this.request('unsubscribe', row);
  }

  /** Renews leases before they end, retries unconfirmed requests, and unsubscribes unread sources. */
  async maintain(): Promise<WebSubOutcome> {
    const [renew, retry, unread] = await Promise.all([
      this.repository.findDueForRenewal(MAINTAIN_BATCH),
      this.repository.findDueForRetry(MAINTAIN_BATCH),
      this.repository.findUnread(MAINTAIN_BATCH),
    ]);
    for (const candidate of [...renew, ...retry]) await enqueueSubscribe(this.jobs, candidate);
    for (const { sourceId } of unread) {
      await this.jobs.enqueue(
        QUEUE.websub,
        { task: 'unsubscribe', sourceId },
        { jobId: websubJobId.unsubscribe(sourceId) },
      );
    }
    return { status: 'maintained', renew: renew.length, retry: retry.length, unsubscribe: unread.length };
  }

  /**
   * Stores pushed content into the subscription's own source — the one whose callback received it —
   * through the fetch path's parse (thread pool) and write. A push for a subscription that has ended
   * since is dropped.
   */
  async push({ subscriptionId, sourceId, contentType, body }: WebSubTask<'push'>): Promise<WebSubOutcome> {
    const subscription = await this.repository.findById(subscriptionId);
    if (!subscription || subscription.sourceId !== sourceId)
      return { status: 'skipped', reason: 'subscription is gone' };
    if (subscription.state !== 'ACTIVE' && subscription.state !== 'SUBSCRIBING') {
      return { status: 'skipped', reason: `subscription is ${subscription.state.toLowerCase()}` };
    }
    return this.ingest.storePushed(subscription.sourceId, Buffer.from(body, 'base64'), contentType);
  }

  private async request(mode: 'subscribe' | 'unsubscribe', row: HubRequestRow): Promise<WebSubOutcome> {
    const answer = await this.hub.send({
      mode,
      hubUrl: row.hubUrl,
      topicUrl: row.topicUrl,
      callbackUrl: this.callbackUrl(row.callbackToken),
      secret: row.secret,
      leaseSeconds: this.config.WEBSUB_LEASE_SECONDS,
    });
    if (answer.ok) return { status: 'requested', mode };
    await this.repository.recordHubError(row.id, mode, answer.message);
    this.logger.log(`${mode} ${row.topicUrl} at ${row.hubUrl}: ${answer.message}`);
    return { status: 'hub-error', message: answer.message };
  }
}
