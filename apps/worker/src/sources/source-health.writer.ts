import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service.js';
import { type ScheduleReason } from '../ingest/politeness/schedule.util.js';

export interface FailureUpdate {
  nextFetchAt: Date;
  scheduleReason: ScheduleReason;
  message: string;
  isGone: boolean;
  httpStatus: number | null;
  fetchMs: number;
}

/**
 * A successful fetch's health columns, in SQL: the batched fetch write (EntriesRepository's
 * store-fetches statement, alias `s` for the source, `u` for its update) sets exactly these, so the
 * rule of what "healthy" means is written here once.
 */
export const HEALTHY_SOURCE_SET = `"lastFetchedAt" = now(), "lastSuccessAt" = now(), "lastHttpStatus" = u."httpStatus", status = 'OK',
      "failingSince" = NULL, "consecutiveFailures" = 0, "lastError" = NULL`;

/**
 * The one writer of a source's health — status, failure streak, last error, backoff — and nothing
 * else writes these columns: failures and deferrals here, successes through {@link HEALTHY_SOURCE_SET}
 * inside the batched fetch write (the write that stores entries commits the success with them).
 */
@Injectable()
export class SourceHealthWriter {
  constructor(private readonly prisma: PrismaService) {}

  /** Records a failed fetch; `failingSince` keeps the first failure of the streak. Answers the streak's length. */
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
        "lastFetchMs" = ${update.fetchMs},
        "lastFetchResult" = 'FAILED',
        "lastFetchNewEntries" = 0,
        "scheduleReason" = ${update.scheduleReason}::"ScheduleReason",
        "updatedAt" = now()
      WHERE id = ${id}::uuid
      RETURNING "consecutiveFailures"`;
    return rows[0]?.consecutiveFailures ?? 0;
  }

  /** The host was busy: try again then, without counting a failure. */
  async recordDeferred(id: string, nextFetchAt: Date): Promise<void> {
    await this.prisma.client.$executeRaw`
      UPDATE "Source" SET "nextFetchAt" = ${nextFetchAt}, "scheduleReason" = 'HOST_BUSY', "updatedAt" = now()
      WHERE id = ${id}::uuid`;
  }
}
