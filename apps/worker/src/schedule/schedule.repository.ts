import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service.js';

export interface ClaimedSource {
  id: string;
  /** How long its last fetch took, ms; null when never fetched. */
  lastFetchMs: number | null;
}

/** Sorts in place by the last fetch's duration, longest first; never-fetched sources last. */
export function slowestFirst<T extends ClaimedSource>(sources: T[]): T[] {
  return sources.sort((a, b) => (b.lastFetchMs ?? -1) - (a.lastFetchMs ?? -1));
}

@Injectable()
export class ScheduleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Claims up to `limit` due sources and pushes their next fetch time `leaseSeconds` ahead, in one
   * statement. SKIP LOCKED lets several workers tick at once without claiming the same rows; the lease
   * makes a source whose fetch job is lost (Redis restarted) come due again by itself.
   *
   * Only sources someone subscribes to are polled: a source nobody reads (every subscriber left, or one
   * only previewed) costs no request until someone subscribes again — then subscribing asks for a fetch
   * at once when its posts are stale. This is also what keeps an OPML import of many feeds from turning
   * into standing traffic once its importer leaves (security issue #15).
   *
   * The claimed ids come back slowest first (by the last fetch's duration; never fetched last): started
   * first, slow origins are done by the time the quick ones are, instead of holding the batch's tail.
   */
  async claimDueSources(limit: number, leaseSeconds: number): Promise<ClaimedSource[]> {
    const rows = await this.prisma.client.$queryRaw<ClaimedSource[]>`
      WITH due AS (
        SELECT id FROM "Source"
        WHERE "nextFetchAt" <= now() AND status <> 'GONE' AND "subscribersCount" > 0
        ORDER BY "nextFetchAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Source" AS s
      SET "nextFetchAt" = now() + make_interval(secs => ${leaseSeconds})
      FROM due WHERE s.id = due.id
      RETURNING s.id, s."lastFetchMs"`;
    return slowestFirst(rows);
  }

  /** Gives claimed sources back (their jobs could not be enqueued) so the next tick claims them again. */
  async releaseClaims(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.client.source.updateMany({ where: { id: { in: [...ids] } }, data: { nextFetchAt: new Date() } });
  }

  async purgeExpiredSessions(): Promise<number> {
    const { count } = await this.prisma.client.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    return count;
  }
}
