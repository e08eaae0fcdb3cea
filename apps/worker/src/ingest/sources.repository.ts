import { Injectable } from '@nestjs/common';
import { type FetchState, type SourceMeta, type SourceRef } from '@tributary/bridges';
import { type Source } from '@tributary/db';
import { PrismaService } from '../common/prisma.service.js';

export interface SuccessUpdate {
  meta: SourceMeta;
  state: FetchState;
  nextFetchAt: Date;
  intervalSeconds: number;
  postsPerDay: number | null;
  lastEntryAt: Date | null;
  httpStatus: number;
}

export interface FailureUpdate {
  nextFetchAt: Date;
  message: string;
  isGone: boolean;
  httpStatus: number | null;
}

const META_LIMITS = { title: 500, description: 5_000 };

@Injectable()
export class SourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Source | null> {
    return this.prisma.client.source.findUnique({ where: { id } });
  }

  /** Creates the source of a resolved reference, or returns the one that exists (race-safe upsert). */
  upsertResolved(ref: SourceRef, meta: SourceMeta): Promise<Source> {
    const fields = {
      fetchUrl: ref.fetchUrl,
      siteUrl: meta.siteUrl ?? ref.siteUrl,
      title: (meta.title ?? '').slice(0, META_LIMITS.title),
      description: (meta.description ?? '').slice(0, META_LIMITS.description),
      imageUrl: meta.imageUrl,
    };
    return this.prisma.client.source.upsert({
      where: { kind_key: { kind: ref.kind, key: ref.key } },
      create: { kind: ref.kind, key: ref.key, ...fields },
      update: {},
    });
  }

  async recordNotModified(id: string, nextFetchAt: Date, intervalSeconds: number): Promise<void> {
    const now = new Date();
    await this.prisma.client.source.update({
      where: { id },
      data: {
        nextFetchAt,
        fetchIntervalSeconds: intervalSeconds,
        lastFetchedAt: now,
        lastSuccessAt: now,
        lastHttpStatus: 304,
        status: 'OK',
        failingSince: null,
        consecutiveFailures: 0,
        lastError: null,
      },
    });
  }

  async recordSuccess(id: string, update: SuccessUpdate): Promise<void> {
    const now = new Date();
    await this.prisma.client.source.update({
      where: { id },
      data: {
        ...(update.meta.title && { title: update.meta.title.slice(0, META_LIMITS.title) }),
        ...(update.meta.description !== null && { description: update.meta.description.slice(0, META_LIMITS.description) }),
        ...(update.meta.siteUrl && { siteUrl: update.meta.siteUrl }),
        ...(update.meta.imageUrl && { imageUrl: update.meta.imageUrl }),
        etag: update.state.etag,
        lastModified: update.state.lastModified,
        cursor: update.state.cursor,
        nextFetchAt: update.nextFetchAt,
        fetchIntervalSeconds: update.intervalSeconds,
        postsPerDay: update.postsPerDay,
        ...(update.lastEntryAt && { lastEntryAt: update.lastEntryAt }),
        lastFetchedAt: now,
        lastSuccessAt: now,
        lastHttpStatus: update.httpStatus,
        status: 'OK',
        failingSince: null,
        consecutiveFailures: 0,
        lastError: null,
      },
    });
  }

  /** Records a failed fetch; `failingSince` keeps the first failure of the streak. */
  async recordFailure(id: string, update: FailureUpdate): Promise<number> {
    const rows = await this.prisma.client.$queryRaw<{ consecutiveFailures: number }[]>`
      UPDATE "Source" SET
        "nextFetchAt" = ${update.nextFetchAt},
        "lastFetchedAt" = now(),
        "lastHttpStatus" = ${update.httpStatus},
        status = ${update.isGone ? 'GONE' : 'FAILING'}::"SourceStatus",
        "failingSince" = COALESCE("failingSince", now()),
        "consecutiveFailures" = "consecutiveFailures" + 1,
        "lastError" = ${update.message.slice(0, 500)},
        "updatedAt" = now()
      WHERE id = ${id}::uuid
      RETURNING "consecutiveFailures"`;
    return rows[0]?.consecutiveFailures ?? 0;
  }

  /** The host was busy: try again then, without counting a failure. */
  async recordDeferred(id: string, nextFetchAt: Date): Promise<void> {
    await this.prisma.client.source.update({ where: { id }, data: { nextFetchAt } });
  }
}
