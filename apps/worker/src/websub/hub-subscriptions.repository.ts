import { Injectable } from '@nestjs/common';
import { Prisma, type WebSubSubscription } from '@tributary/db';
import { v7 as uuidv7 } from 'uuid';
import { PrismaService } from '../common/prisma.service.js';

/** What the subscribe and unsubscribe tasks need of a source. */
export interface SourceForWebSub {
  id: string;
  kind: string;
  status: string;
  subscribersCount: number;
}

/** A request to send to a hub: the subscription row as it stands once the request is recorded. */
export type HubRequestRow = Pick<
  WebSubSubscription,
  'id' | 'sourceId' | 'hubUrl' | 'topicUrl' | 'secret' | 'callbackToken' | 'state'
>;

/** A subscription the maintenance pass wants (re)subscribed or unsubscribed. */
export interface MaintenanceCandidate {
  sourceId: string;
  hubUrl: string;
  topicUrl: string;
}

/** Renewal, retry and release rules of the maintenance pass, in seconds. */
export const MAINTENANCE = {
  /** A lease is renewed once less than half of it, or less than a day, is left. */
  renewAtMostBeforeSeconds: 86_400,
  /** A request the hub has not confirmed (or refused) is sent again after this long. */
  retrySeconds: 3_600,
  /** A fresh subscription nobody reads is kept this long (its subscriber is usually being linked). */
  unreadGraceSeconds: 600,
} as const;

/** SQL: the existing row (alias w) is an ACTIVE subscription to the same hub and topic as the new request. */
const IS_RENEWAL = Prisma.sql`w.state = 'ACTIVE' AND w."hubUrl" = EXCLUDED."hubUrl" AND w."topicUrl" = EXCLUDED."topicUrl"`;

@Injectable()
export class HubSubscriptionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findSource(sourceId: string): Promise<SourceForWebSub | null> {
    return this.prisma.client.source.findUnique({
      where: { id: sourceId },
      select: { id: true, kind: true, status: true, subscribersCount: true },
    });
  }

  findById(id: string): Promise<WebSubSubscription | null> {
    return this.prisma.client.webSubSubscription.findUnique({ where: { id } });
  }

  findBySource(sourceId: string): Promise<WebSubSubscription | null> {
    return this.prisma.client.webSubSubscription.findUnique({ where: { sourceId } });
  }

  /**
   * Records a subscription request before it is sent (a hub may verify before it answers). A renewal —
   * the same hub and topic, still ACTIVE — keeps its callback and secret and stays ACTIVE; anything else
   * gets fresh credentials, so a callback of an earlier request can no longer be verified or pushed to.
   * One statement: two workers asking at once leave one row.
   */
  async recordSubscribeRequest(
    sourceId: string,
    hubUrl: string,
    topicUrl: string,
    fresh: { secret: string; callbackToken: string },
  ): Promise<HubRequestRow> {
    const rows = await this.prisma.client.$queryRaw<HubRequestRow[]>`
      INSERT INTO "WebSubSubscription" AS w
        (id, "sourceId", "hubUrl", "topicUrl", secret, "callbackToken", state, "requestedAt", "createdAt", "updatedAt")
      VALUES (${uuidv7()}::uuid, ${sourceId}::uuid, ${hubUrl}, ${topicUrl}, ${fresh.secret}, ${fresh.callbackToken},
        'SUBSCRIBING', now(), now(), now())
      ON CONFLICT ("sourceId") DO UPDATE SET
        secret = CASE WHEN ${IS_RENEWAL} THEN w.secret ELSE EXCLUDED.secret END,
        "callbackToken" = CASE WHEN ${IS_RENEWAL} THEN w."callbackToken" ELSE EXCLUDED."callbackToken" END,
        state = CASE WHEN ${IS_RENEWAL} THEN w.state ELSE 'SUBSCRIBING'::"WebSubState" END,
        "leaseExpiresAt" = CASE WHEN ${IS_RENEWAL} THEN w."leaseExpiresAt" ELSE NULL END,
        "hubUrl" = EXCLUDED."hubUrl", "topicUrl" = EXCLUDED."topicUrl",
        "requestedAt" = now(), "lastError" = NULL, "updatedAt" = now()
      RETURNING id::text AS id, "sourceId"::text AS "sourceId", "hubUrl", "topicUrl", secret, "callbackToken",
        state::text AS state`;
    return rows[0]!;
  }

  /** Marks the subscription UNSUBSCRIBING unless someone subscribed again meanwhile; null when nothing to do. */
  async recordUnsubscribeRequest(sourceId: string): Promise<HubRequestRow | null> {
    const rows = await this.prisma.client.$queryRaw<HubRequestRow[]>`
      UPDATE "WebSubSubscription" AS w SET state = 'UNSUBSCRIBING', "requestedAt" = now(), "lastError" = NULL, "updatedAt" = now()
      FROM "Source" s
      WHERE w."sourceId" = ${sourceId}::uuid AND s.id = w."sourceId" AND s."subscribersCount" = 0
        AND w.state IN ('SUBSCRIBING', 'ACTIVE', 'FAILED')
      RETURNING w.id::text AS id, w."sourceId"::text AS "sourceId", w."hubUrl", w."topicUrl", w.secret,
        w."callbackToken", w.state::text AS state`;
    return rows[0] ?? null;
  }

  /**
   * The hub answered a request with an error. A renewal that fails leaves an ACTIVE subscription as it
   * is (it runs until its lease ends, and is retried before); a first request becomes FAILED; a failed
   * unsubscription ends the subscription here anyway (its callback answers 410, which tells the hub).
   */
  async recordHubError(id: string, mode: 'subscribe' | 'unsubscribe', message: string): Promise<void> {
    const next: Prisma.Sql =
      mode === 'subscribe'
        ? Prisma.sql`CASE WHEN state = 'ACTIVE' THEN state ELSE 'FAILED'::"WebSubState" END`
        : Prisma.sql`'UNSUBSCRIBED'::"WebSubState"`;
    await this.prisma.client.$executeRaw`
      UPDATE "WebSubSubscription" SET state = ${next}, "lastError" = ${message.slice(0, 500)}, "updatedAt" = now()
      WHERE id = ${id}::uuid`;
  }

  /** Subscriptions whose lease ends soon (or has ended), still read by someone, with no renewal pending. */
  async findDueForRenewal(limit: number): Promise<MaintenanceCandidate[]> {
    return this.prisma.client.$queryRaw<MaintenanceCandidate[]>`
      SELECT w."sourceId"::text AS "sourceId", w."hubUrl", w."topicUrl"
      FROM "WebSubSubscription" w JOIN "Source" s ON s.id = w."sourceId"
      WHERE w.state = 'ACTIVE' AND s."subscribersCount" > 0 AND s.status <> 'GONE'
        AND w."leaseExpiresAt" <= now() + make_interval(secs => LEAST(COALESCE(w."leaseSeconds", 0) / 2, ${MAINTENANCE.renewAtMostBeforeSeconds}))
        AND (w."requestedAt" IS NULL OR w."requestedAt" <= COALESCE(w."verifiedAt", w."requestedAt")
          OR w."requestedAt" < now() - make_interval(secs => ${MAINTENANCE.retrySeconds}))
      ORDER BY w."leaseExpiresAt"
      LIMIT ${limit}`;
  }

  /** Requests the hub never confirmed, or refused, that are worth sending again. */
  async findDueForRetry(limit: number): Promise<MaintenanceCandidate[]> {
    return this.prisma.client.$queryRaw<MaintenanceCandidate[]>`
      SELECT w."sourceId"::text AS "sourceId", w."hubUrl", w."topicUrl"
      FROM "WebSubSubscription" w JOIN "Source" s ON s.id = w."sourceId"
      WHERE w.state IN ('SUBSCRIBING', 'FAILED') AND s."subscribersCount" > 0 AND s.status <> 'GONE'
        AND w."requestedAt" < now() - make_interval(secs => ${MAINTENANCE.retrySeconds})
      ORDER BY w."requestedAt"
      LIMIT ${limit}`;
  }

  /** Subscriptions of sources nobody subscribes to any more. */
  async findUnread(limit: number): Promise<MaintenanceCandidate[]> {
    return this.prisma.client.$queryRaw<MaintenanceCandidate[]>`
      SELECT w."sourceId"::text AS "sourceId", w."hubUrl", w."topicUrl"
      FROM "WebSubSubscription" w JOIN "Source" s ON s.id = w."sourceId"
      WHERE s."subscribersCount" = 0
        AND (w.state = 'ACTIVE'
          OR (w.state IN ('SUBSCRIBING', 'FAILED') AND w."requestedAt" < now() - make_interval(secs => ${MAINTENANCE.unreadGraceSeconds})))
      LIMIT ${limit}`;
  }
}
