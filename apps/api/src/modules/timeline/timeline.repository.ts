import { Injectable } from '@nestjs/common';
import { columnsOf, type Entry, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type Keyset } from '../../graphql/cursor.util.js';
import { TimelineView } from './dto/timeline-filter.input.js';

/** Rows of the newest entries the recent-window plan looks at (an index-only scan of this many rows). */
const WINDOW = 4000;
const ENTRY_COLUMNS = columnsOf(Prisma.EntryScalarFieldEnum, 'e');
/**
 * Views dense enough for the window: about a third or more of all entries. Media views (a few percent)
 * would rarely fill a page from the window; their partial per-source indexes serve them directly.
 */
const WINDOW_VIEWS = new Set([TimelineView.ALL, TimelineView.ARTICLES, TimelineView.SOCIAL]);

export interface TimelineQuery {
  viewerId: string;
  view: TimelineView;
  unreadOnly: boolean;
  sourceId: string | null;
  folderId: string | null;
  after: Keyset | null;
  limit: number;
}

/** One timeline item: an entry, or a share of an entry by someone the viewer follows. */
export type TimelineRow = Entry & {
  itemAt: Date;
  itemId: string;
  shareId: string | null;
  shareUserId: string | null;
  shareNote: string | null;
  /** The viewer's EntryState of the entry (null: never opened). */
  viewerReadAt: Date | null;
  viewerStarredAt: Date | null;
};

/**
 * The timeline query (docs/timeline.md). Fan-out on read: the viewer's sources are their subscriptions
 * plus the VERIFIED-claim sources of people they follow; shares come from the people they follow. Every
 * read walks one source's range of the (sourceId, sortAt DESC, id DESC) index (or one person's range of
 * Share (userId, createdAt DESC, id DESC)) from the cursor down: first one row each to find a lower
 * bound, then the rows above it. The candidates are merged, the newest `limit` kept, and only those are
 * read in full. Cost depends on the number of sources and followees, never on the depth of the page or
 * the size of the table.
 */
@Injectable()
export class TimelineRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One page: the recent-window plan when the view is dense enough for it and it finds a full page,
   * else the per-source plan (exact for every timeline, whatever its shape).
   */
  async page(query: TimelineQuery): Promise<TimelineRow[]> {
    if (query.sourceId === null && query.folderId === null && WINDOW_VIEWS.has(query.view)) {
      const rows = await this.windowPage(query);
      if (rows[0]?.complete) return rows.map(({ complete: _, ...row }) => row);
    }
    return this.perSourcePage(query);
  }

  /**
   * The recent-window plan. A timeline of hundreds of sources holds a few percent of all entries, so
   * its newest `limit` entries are almost always among the newest WINDOW entries below the cursor: one
   * index-only scan of `Entry (sortAt DESC, id DESC, sourceId)` hash-joined with the visible
   * sources replaces a descent per source. When the window holds at least `limit` of the viewer's
   * entries they are exactly the newest ones (the window is a prefix of the order), their oldest is
   * the page's lower bound, and shares are read per followee above it. Otherwise `complete` is false
   * and the caller falls back to the per-source plan.
   */
  windowPage(query: TimelineQuery): Promise<(TimelineRow & { complete: boolean })[]> {
    const { viewerId, limit } = query;
    const after = query.after ?? { at: 'infinity', id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
    const entryFilter = this.entryFilter(query, Prisma.sql`w`);
    return this.prisma.prepared(Prisma.sql`
      WITH visible AS MATERIALIZED (${this.visibleSources(query)}),
      followees AS (${this.followees(viewerId)}),
      entries AS (
        SELECT w.id AS "entryId", w."sortAt" AS at, w.id AS "itemId", NULL::uuid AS "shareId"
        FROM (
          SELECT e.id, e."sortAt", e."sourceId" ${entryFilter === Prisma.empty ? Prisma.empty : Prisma.sql`, e.kind`}
          FROM "Entry" e WHERE (e."sortAt", e.id) < (${after.at}::timestamptz, ${after.id}::uuid)
          ORDER BY e."sortAt" DESC, e.id DESC LIMIT ${WINDOW}
        ) w
        WHERE w."sourceId" IN (SELECT id FROM visible) ${entryFilter}
        ORDER BY w."sortAt" DESC, w.id DESC LIMIT ${limit}),
      bound AS (SELECT CASE WHEN count(*) >= ${limit} THEN min(at) END AS lo FROM entries),
      items AS (SELECT * FROM entries UNION ALL ${this.shareItems(query)}),
      ${this.topRows(query, Prisma.sql`, (SELECT lo IS NOT NULL FROM bound) AS complete`)}`);
  }

  /** The per-source plan: exact for any timeline, cost proportional to its sources and followees. */
  perSourcePage(query: TimelineQuery): Promise<TimelineRow[]> {
    const { viewerId, limit } = query;
    const withShares = query.sourceId === null && query.folderId === null;
    const entryFilter = this.entryFilter(query, Prisma.sql`e`);
    const shareJoin = entryFilter === Prisma.empty ? Prisma.empty : Prisma.sql`JOIN "Entry" e ON e.id = sh."entryId"`;
    const entryAfter = query.after
      ? Prisma.sql`AND (e."sortAt", e.id) < (${query.after.at}::timestamptz, ${query.after.id}::uuid)`
      : Prisma.empty;
    const shareAfter = this.shareAfter(query);
    // Phase 1: the newest matching item of each source and each followee. If at least `limit` of them
    // exist, the limit-th newest is a lower bound for the whole page (that many items are at least as
    // new), so phase 2 only reads index ranges above it instead of `limit` rows per source.
    const heads = Prisma.sql`
      SELECT h.at FROM visible v CROSS JOIN LATERAL (
        SELECT e."sortAt" AS at FROM "Entry" e WHERE e."sourceId" = v.id ${entryAfter} ${entryFilter}
        ORDER BY e."sortAt" DESC, e.id DESC LIMIT 1) h
      ${
        withShares
          ? Prisma.sql`UNION ALL
      SELECT h.at FROM followees f CROSS JOIN LATERAL (
        SELECT sh."createdAt" AS at FROM "Share" sh ${shareJoin} WHERE sh."userId" = f.id ${shareAfter} ${entryFilter}
        ORDER BY sh."createdAt" DESC, sh.id DESC LIMIT 1) h`
          : Prisma.empty
      }`;
    const entryItems = Prisma.sql`
      SELECT e.id AS "entryId", e."sortAt" AS at, e.id AS "itemId", NULL::uuid AS "shareId"
      FROM visible v CROSS JOIN bound CROSS JOIN LATERAL (
        SELECT e.id, e."sortAt" FROM "Entry" e
        WHERE e."sourceId" = v.id AND e."sortAt" >= bound.lo ${entryAfter} ${entryFilter}
        ORDER BY e."sortAt" DESC, e.id DESC
        LIMIT ${limit}
      ) e`;
    const shareItems = withShares ? Prisma.sql`UNION ALL ${this.shareItems(query)}` : Prisma.empty;
    return this.prisma.prepared<TimelineRow>(Prisma.sql`
      WITH visible AS (${this.visibleSources(query)}),
      followees AS (${this.followees(viewerId)}),
      heads AS (${heads}),
      bound AS (SELECT COALESCE((SELECT at FROM heads ORDER BY at DESC OFFSET ${limit - 1} LIMIT 1), '-infinity'::timestamptz) AS lo),
      items AS (${entryItems} ${shareItems}),
      ${this.topRows(query, Prisma.empty)}`);
  }

  /** Both plans: the shares of each followee at or above the `bound` CTE's lower bound. */
  private shareItems(query: TimelineQuery): Prisma.Sql {
    const entryFilter = this.entryFilter(query, Prisma.sql`e`);
    const shareJoin = entryFilter === Prisma.empty ? Prisma.empty : Prisma.sql`JOIN "Entry" e ON e.id = sh."entryId"`;
    return Prisma.sql`
      SELECT sh."entryId", sh."createdAt", sh.id, sh.id
      FROM followees f CROSS JOIN bound CROSS JOIN LATERAL (
        SELECT sh.id, sh."entryId", sh."createdAt" FROM "Share" sh ${shareJoin}
        WHERE sh."userId" = f.id AND sh."createdAt" >= bound.lo ${this.shareAfter(query)} ${entryFilter}
        ORDER BY sh."createdAt" DESC, sh.id DESC
        LIMIT ${query.limit}
      ) sh`;
  }

  private shareAfter(query: TimelineQuery): Prisma.Sql {
    return query.after
      ? Prisma.sql`AND (sh."createdAt", sh.id) < (${query.after.at}::timestamptz, ${query.after.id}::uuid)`
      : Prisma.empty;
  }

  /** Both plans: the newest `limit` of the `items` CTE as whole entry rows with share and viewer state. */
  private topRows(query: TimelineQuery, extraColumns: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`
      top AS (SELECT * FROM items ORDER BY at DESC, "itemId" DESC LIMIT ${query.limit})
      SELECT ${ENTRY_COLUMNS}, top.at AS "itemAt", top."itemId", top."shareId", sh."userId" AS "shareUserId", sh.note AS "shareNote",
        st."readAt" AS "viewerReadAt", st."starredAt" AS "viewerStarredAt" ${extraColumns}
      FROM top JOIN "Entry" e ON e.id = top."entryId" LEFT JOIN "Share" sh ON sh.id = top."shareId"
        LEFT JOIN "EntryState" st ON st."userId" = ${query.viewerId}::uuid AND st."entryId" = e.id
      ORDER BY top.at DESC, top."itemId" DESC`;
  }

  /**
   * Marks read every item of the filtered timeline at or before `before` (entries by their sort time,
   * shares by their share time). One statement; read times already set are kept.
   */
  async markAllRead(query: Omit<TimelineQuery, 'after' | 'limit' | 'unreadOnly'>, before: Date): Promise<number> {
    const filter = this.entryFilter({ ...query, unreadOnly: false }, Prisma.sql`e`);
    const withShares = query.sourceId === null && query.folderId === null;
    return this.prisma.client.$executeRaw`
      WITH visible AS (${this.visibleSources(query)}),
      targets AS (
        SELECT e.id FROM visible v JOIN "Entry" e ON e."sourceId" = v.id WHERE e."sortAt" <= ${before} ${filter}
        ${
          withShares
            ? Prisma.sql`UNION
        SELECT e.id FROM "Follow" f JOIN "Share" sh ON sh."userId" = f."followeeId" JOIN "Entry" e ON e.id = sh."entryId"
        WHERE f."followerId" = ${query.viewerId}::uuid AND sh."createdAt" <= ${before} ${filter}`
            : Prisma.empty
        }
      )
      INSERT INTO "EntryState" ("userId", "entryId", "readAt", "updatedAt")
      SELECT ${query.viewerId}::uuid, id, now(), now() FROM targets
      ON CONFLICT ("userId", "entryId") DO UPDATE SET "readAt" = now(), "updatedAt" = now()
        WHERE "EntryState"."readAt" IS NULL`;
  }

  /** Sources whose entries reach the viewer (for live updates): subscriptions and followed creators'. */
  async visibleSourceIds(viewerId: string): Promise<string[]> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`${this.visibleSources({ viewerId, sourceId: null, folderId: null })}`;
    return rows.map((row) => row.id);
  }

  /** People whose shares reach the viewer's timeline: those they follow and have not blocked. */
  async shareSourceUserIds(viewerId: string): Promise<string[]> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`${this.followees(viewerId)}`;
    return rows.map((row) => row.id);
  }

  private followees(viewerId: string): Prisma.Sql {
    return Prisma.sql`
      SELECT f."followeeId" AS id FROM "Follow" f WHERE f."followerId" = ${viewerId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE b."blockerId" = ${viewerId}::uuid AND b."blockedId" = f."followeeId")`;
  }

  async findFolderId(viewerId: string, folder: string): Promise<string | null> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Folder" WHERE "userId" = ${viewerId}::uuid AND (name = ${folder} OR id::text = ${folder}) LIMIT 1`;
    return rows[0]?.id ?? null;
  }

  private visibleSources(query: Pick<TimelineQuery, 'viewerId' | 'sourceId' | 'folderId'>): Prisma.Sql {
    const subscriptions = Prisma.sql`
      SELECT s."sourceId" AS id FROM "Subscription" s WHERE s."userId" = ${query.viewerId}::uuid
        ${query.folderId ? Prisma.sql`AND s."folderId" = ${query.folderId}::uuid` : Prisma.empty}`;
    const creators = Prisma.sql`
      SELECT c."sourceId" FROM "Follow" f JOIN "Claim" c ON c."userId" = f."followeeId" AND c.status = 'VERIFIED'
      WHERE f."followerId" = ${query.viewerId}::uuid`;
    const union = query.folderId ? subscriptions : Prisma.sql`${subscriptions} UNION ${creators}`;
    return query.sourceId ? Prisma.sql`SELECT id FROM (${union}) u WHERE id = ${query.sourceId}::uuid` : union;
  }

  private entryFilter(query: Pick<TimelineQuery, 'view' | 'unreadOnly' | 'viewerId'>, e: Prisma.Sql): Prisma.Sql {
    const parts: Prisma.Sql[] = [];
    switch (query.view) {
      case TimelineView.ALL:
        break;
      case TimelineView.ARTICLES:
        parts.push(Prisma.sql`${e}.kind = 'ARTICLE'`);
        break;
      case TimelineView.SOCIAL:
        parts.push(Prisma.sql`${e}.kind = 'POST'`);
        break;
      case TimelineView.PICTURES:
        parts.push(Prisma.sql`${e}."hasImage"`);
        break;
      case TimelineView.VIDEOS:
        parts.push(Prisma.sql`${e}."hasVideo"`);
        break;
      case TimelineView.AUDIO:
        parts.push(Prisma.sql`${e}."hasAudio"`);
        break;
    }
    if (query.unreadOnly) {
      parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "EntryState" st
        WHERE st."userId" = ${query.viewerId}::uuid AND st."entryId" = ${e}.id AND st."readAt" IS NOT NULL)`);
    }
    return parts.length === 0 ? Prisma.empty : Prisma.sql`AND ${Prisma.join(parts, ' AND ')}`;
  }
}
