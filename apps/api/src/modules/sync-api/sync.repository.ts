import { Injectable } from '@nestjs/common';
import { type Entry, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { type StreamCursor } from './sync-streams.util.js';

/** A source the person reads: subscribed, or a verified source of a creator they follow (or both). */
export interface VisibleSource {
  sourceId: string;
  sourceSeq: bigint;
  fetchUrl: string;
  siteUrl: string | null;
  imageUrl: string | null;
  title: string;
  subscribedAt: Date | null;
  folderName: string | null;
  folderSeq: bigint | null;
  /** Handle of the followed creator whose verified source this is, if any. */
  creatorHandle: string | null;
}

export interface Followee {
  id: string;
  handle: string;
  displayName: string;
}

/** What a stream reads from. */
export type StreamScope =
  | { kind: 'sources'; sourceIds: string[] }
  | { kind: 'starred' }
  | { kind: 'shares'; followeeIds: string[] };

export interface StreamFilter {
  /** Leave out what the person has read (xt=…/read) / keep only it (it=…/read, the read stream). */
  read: 'any' | 'unread' | 'read';
  /** Keep only starred items (it=…/starred) / leave them out (xt=…/starred). */
  starred: 'any' | 'starred' | 'unstarred';
  /** ot: items at or after this time. */
  since: Date | null;
  /** nt: items before this time. */
  until: Date | null;
  oldestFirst: boolean;
  after: StreamCursor | null;
  /** Rows to read (the caller asks one more than it shows, to know whether more follow). */
  limit: number;
}

export interface StreamRow {
  id: string;
  seq: bigint;
  at: Date;
}

/** What an item shows of an entry (not its guid, hashes, counts or platform extras). */
const ITEM_COLUMNS = Prisma.raw(
  ['id', 'seq', 'sourceId', 'url', 'title', 'author', 'media', 'publishedAt', 'editedAt', 'sortAt', 'createdAt']
    .map((column) => `e."${column}"`)
    .join(', '),
);

export type ItemRow = Pick<
  Entry,
  'id' | 'seq' | 'sourceId' | 'url' | 'title' | 'author' | 'media' | 'publishedAt' | 'editedAt' | 'sortAt' | 'createdAt'
> & {
  /** The sanitized HTML, else the summary. */
  content: string;
  /** The person's own title for the source, else its title. */
  sourceTitle: string;
  /** Whether the source is a verified source of someone the person follows. */
  isCreatorSource: boolean;
  fetchUrl: string;
  siteUrl: string | null;
  readAt: Date | null;
  starredAt: Date | null;
  folderName: string | null;
};

export interface FolloweeShare {
  entryId: string;
  note: string;
  createdAt: Date;
  handle: string;
  displayName: string;
}

const READ_STATE = (userId: string) => Prisma.sql`
  EXISTS (SELECT 1 FROM "EntryState" st WHERE st."userId" = ${userId}::uuid AND st."entryId" = e.id AND st."readAt" IS NOT NULL)`;
const STARRED_STATE = (userId: string) => Prisma.sql`
  EXISTS (SELECT 1 FROM "EntryState" st WHERE st."userId" = ${userId}::uuid AND st."entryId" = e.id AND st."starredAt" IS NOT NULL)`;

function and(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/**
 * The SQL of the Google Reader and Fever APIs. Streams are keyset pages on (time, id) like the timeline
 * (docs/timeline.md): entries by `sortAt` (immutable), starred items by their entry's `sortAt`, friends'
 * shares by the share's `createdAt`; so an item that arrives while a client pages never shifts one across
 * a continuation.
 */
@Injectable()
export class SyncRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Subscriptions, then the verified sources of followed creators that are not subscriptions. */
  async visibleSources(userId: string): Promise<VisibleSource[]> {
    return this.prisma.client.$queryRaw<VisibleSource[]>`
      WITH creator_sources AS (
        SELECT DISTINCT ON (c."sourceId") c."sourceId", u.handle
        FROM "Follow" f
        JOIN "Claim" c ON c."userId" = f."followeeId" AND c.status = 'VERIFIED'
        JOIN "User" u ON u.id = f."followeeId"
        WHERE f."followerId" = ${userId}::uuid
        ORDER BY c."sourceId", u.handle
      ),
      visible AS (
        SELECT sub."sourceId", sub."createdAt" AS "subscribedAt", sub."customTitle", sub."folderId" FROM "Subscription" sub
        WHERE sub."userId" = ${userId}::uuid
        UNION ALL
        SELECT cs."sourceId", NULL, NULL, NULL FROM creator_sources cs
        WHERE NOT EXISTS (SELECT 1 FROM "Subscription" sub WHERE sub."userId" = ${userId}::uuid AND sub."sourceId" = cs."sourceId")
      )
      SELECT s.id AS "sourceId", s.seq AS "sourceSeq", s."fetchUrl", s."siteUrl", s."imageUrl",
        COALESCE(NULLIF(v."customTitle", ''), NULLIF(s.title, ''), s."fetchUrl") AS title,
        v."subscribedAt", fo.name AS "folderName", fo.seq AS "folderSeq", cs.handle AS "creatorHandle"
      FROM visible v
      JOIN "Source" s ON s.id = v."sourceId"
      LEFT JOIN "Folder" fo ON fo.id = v."folderId"
      LEFT JOIN creator_sources cs ON cs."sourceId" = v."sourceId"
      ORDER BY v."subscribedAt" NULLS LAST, s.id`;
  }

  /** People the person follows (blocking ends follows both ways, so none of them is blocked). */
  followees(userId: string): Promise<Followee[]> {
    return this.prisma.client.$queryRaw<Followee[]>`
      SELECT u.id, u.handle, u."displayName" FROM "Follow" f JOIN "User" u ON u.id = f."followeeId"
      WHERE f."followerId" = ${userId}::uuid AND u."suspendedAt" IS NULL
      ORDER BY u."handleLower"`;
  }

  folders(userId: string): Promise<{ id: string; name: string; seq: bigint }[]> {
    return this.prisma.client.folder.findMany({
      where: { userId },
      select: { id: true, name: true, seq: true },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    });
  }

  /** One page of a stream, newest first (or oldest first), `filter.limit` rows at most. */
  async page(userId: string, scope: StreamScope, filter: StreamFilter): Promise<StreamRow[]> {
    const direction = filter.oldestFirst ? Prisma.sql`ASC` : Prisma.sql`DESC`;
    const states = this.stateConditions(userId, filter);
    switch (scope.kind) {
      case 'sources': {
        if (scope.sourceIds.length === 0) return [];
        const where = and([...states, ...this.timeConditions(Prisma.sql`e."sortAt"`, Prisma.sql`e.id`, filter)]);
        // Per source, its first `limit` rows from the (sourceId, sortAt, id) index; then the best of those.
        return this.prisma.client.$queryRaw<StreamRow[]>`
          SELECT x.id, x.seq, x.at FROM unnest(${scope.sourceIds}::uuid[]) AS s(id)
          CROSS JOIN LATERAL (
            SELECT e.id, e.seq, e."sortAt" AS at FROM "Entry" e
            WHERE e."sourceId" = s.id ${where}
            ORDER BY e."sortAt" ${direction}, e.id ${direction}
            LIMIT ${filter.limit}
          ) x
          ORDER BY x.at ${direction}, x.id ${direction}
          LIMIT ${filter.limit}`;
      }
      case 'starred': {
        const where = and([...states, ...this.timeConditions(Prisma.sql`e."sortAt"`, Prisma.sql`e.id`, filter)]);
        return this.prisma.client.$queryRaw<StreamRow[]>`
          SELECT e.id, e.seq, e."sortAt" AS at FROM "EntryState" es JOIN "Entry" e ON e.id = es."entryId"
          WHERE es."userId" = ${userId}::uuid AND es."starredAt" IS NOT NULL ${where}
          ORDER BY e."sortAt" ${direction}, e.id ${direction}
          LIMIT ${filter.limit}`;
      }
      case 'shares': {
        if (scope.followeeIds.length === 0) return [];
        // One item per entry, at its newest share by a followee; time bounds apply to that item.
        const times = this.timeConditions(Prisma.sql`x.at`, Prisma.sql`x.id`, filter);
        return this.prisma.client.$queryRaw<StreamRow[]>`
          SELECT x.id, x.seq, x.at FROM (
            SELECT DISTINCT ON (e.id) e.id, e.seq, sh."createdAt" AS at
            FROM "Share" sh JOIN "Entry" e ON e.id = sh."entryId"
            WHERE sh."userId" = ANY(${scope.followeeIds}::uuid[]) ${and(states)}
            ORDER BY e.id, sh."createdAt" DESC
          ) x
          WHERE TRUE ${and(times)}
          ORDER BY x.at ${direction}, x.id ${direction}
          LIMIT ${filter.limit}`;
      }
    }
  }

  private stateConditions(userId: string, filter: StreamFilter): Prisma.Sql[] {
    const conditions: Prisma.Sql[] = [];
    if (filter.read === 'unread') conditions.push(Prisma.sql`NOT ${READ_STATE(userId)}`);
    if (filter.read === 'read') conditions.push(READ_STATE(userId));
    if (filter.starred === 'starred') conditions.push(STARRED_STATE(userId));
    if (filter.starred === 'unstarred') conditions.push(Prisma.sql`NOT ${STARRED_STATE(userId)}`);
    return conditions;
  }

  private timeConditions(timeOf: Prisma.Sql, idOf: Prisma.Sql, filter: StreamFilter): Prisma.Sql[] {
    const conditions: Prisma.Sql[] = [];
    if (filter.since) conditions.push(Prisma.sql`${timeOf} >= ${filter.since}`);
    if (filter.until) conditions.push(Prisma.sql`${timeOf} < ${filter.until}`);
    if (filter.after) {
      const at = new Date(filter.after.atMs);
      conditions.push(
        filter.oldestFirst
          ? Prisma.sql`(${timeOf}, ${idOf}) > (${at}, ${filter.after.id}::uuid)`
          : Prisma.sql`(${timeOf}, ${idOf}) < (${at}, ${filter.after.id}::uuid)`,
      );
    }
    return conditions;
  }

  /**
   * Entries by sequence number with their source, the person's state, folder and title: one prepared
   * statement (the hot path of stream/items/contents and stream/contents).
   */
  async items(userId: string, seqs: bigint[]): Promise<ItemRow[]> {
    if (seqs.length === 0) return [];
    const rows = await this.prisma.prepared<ItemRow & { seq: string }>(Prisma.sql`
      SELECT ${ITEM_COLUMNS}, COALESCE(NULLIF(e."contentHtml", ''), e.summary) AS content, COALESCE(NULLIF(sub."customTitle", ''), NULLIF(s.title, ''), s."fetchUrl") AS "sourceTitle",
        s."fetchUrl", s."siteUrl", es."readAt", es."starredAt", fo.name AS "folderName",
        EXISTS (
          SELECT 1 FROM "Claim" c JOIN "Follow" f ON f."followeeId" = c."userId" AND f."followerId" = ${userId}::uuid
          WHERE c."sourceId" = e."sourceId" AND c.status = 'VERIFIED'
        ) AS "isCreatorSource"
      FROM "Entry" e
      JOIN "Source" s ON s.id = e."sourceId"
      LEFT JOIN "EntryState" es ON es."userId" = ${userId}::uuid AND es."entryId" = e.id
      LEFT JOIN "Subscription" sub ON sub."userId" = ${userId}::uuid AND sub."sourceId" = e."sourceId"
      LEFT JOIN "Folder" fo ON fo.id = sub."folderId"
      WHERE e.seq = ANY(${seqs.map(String)}::bigint[])`);
    // node-postgres reads int8 as text.
    return rows.map((row) => ({ ...row, seq: BigInt(row.seq) }));
  }

  /** Shares of these entries (by number) by people the person follows, newest first. */
  followeeShares(userId: string, seqs: bigint[]): Promise<FolloweeShare[]> {
    if (seqs.length === 0) return Promise.resolve([]);
    return this.prisma.prepared<FolloweeShare>(Prisma.sql`
      SELECT sh."entryId", sh.note, sh."createdAt", u.handle, u."displayName"
      FROM "Entry" e
      JOIN "Share" sh ON sh."entryId" = e.id
      JOIN "Follow" f ON f."followeeId" = sh."userId" AND f."followerId" = ${userId}::uuid
      JOIN "User" u ON u.id = sh."userId"
      WHERE e.seq = ANY(${seqs.map(String)}::bigint[])
      ORDER BY sh."createdAt" DESC`);
  }

  /** Entry ids of these sequence numbers (unknown numbers are left out). */
  async entryIds(seqs: bigint[]): Promise<string[]> {
    if (seqs.length === 0) return [];
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Entry" WHERE seq = ANY(${seqs.map(String)}::bigint[])`;
    return rows.map((row) => row.id);
  }

  /** Unread entries per source, each counted up to `cap`, with the newest unread one's time. */
  unreadCounts(
    userId: string,
    sourceIds: string[],
    cap: number,
  ): Promise<{ sourceId: string; count: number; newest: Date | null }[]> {
    if (sourceIds.length === 0) return Promise.resolve([]);
    return this.prisma.client.$queryRaw`
      SELECT s.id AS "sourceId", c.count, c.newest
      FROM unnest(${sourceIds}::uuid[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count, max(u."sortAt") AS newest FROM (
          SELECT e."sortAt" FROM "Entry" e
          WHERE e."sourceId" = s.id AND NOT ${READ_STATE(userId)}
          ORDER BY e."sortAt" DESC
          LIMIT ${cap}
        ) u
      ) c`;
  }

  /** Marks read every entry of the scope (at or before `before`, when given): one statement. */
  async markAllRead(userId: string, scope: StreamScope, before: Date | null): Promise<number> {
    const timeOf = scope.kind === 'shares' ? Prisma.sql`sh."createdAt"` : Prisma.sql`e."sortAt"`;
    const until = before ? Prisma.sql`AND ${timeOf} <= ${before}` : Prisma.empty;
    let entries: Prisma.Sql;
    switch (scope.kind) {
      case 'sources':
        if (scope.sourceIds.length === 0) return 0;
        entries = Prisma.sql`SELECT e.id FROM "Entry" e WHERE e."sourceId" = ANY(${scope.sourceIds}::uuid[]) ${until}`;
        break;
      case 'starred':
        entries = Prisma.sql`SELECT e.id FROM "EntryState" es JOIN "Entry" e ON e.id = es."entryId"
          WHERE es."userId" = ${userId}::uuid AND es."starredAt" IS NOT NULL ${until}`;
        break;
      case 'shares':
        if (scope.followeeIds.length === 0) return 0;
        entries = Prisma.sql`SELECT DISTINCT e.id FROM "Share" sh JOIN "Entry" e ON e.id = sh."entryId"
          WHERE sh."userId" = ANY(${scope.followeeIds}::uuid[]) ${until}`;
        break;
    }
    return this.prisma.client.$executeRaw`
      INSERT INTO "EntryState" ("userId", "entryId", "readAt", "updatedAt")
      SELECT ${userId}::uuid, x.id, now(), now() FROM (${entries}) x
      ON CONFLICT ("userId", "entryId") DO UPDATE
        SET "readAt" = now(), "updatedAt" = now() WHERE "EntryState"."readAt" IS NULL`;
  }

  // Fever: items by their number, in number order.

  async feverItems(
    userId: string,
    sourceIds: string[],
    query: { sinceId?: bigint; maxId?: bigint; withIds?: bigint[] },
    limit: number,
  ): Promise<ItemRow[]> {
    if (sourceIds.length === 0) return [];
    let range: Prisma.Sql;
    let order: Prisma.Sql = Prisma.sql`DESC`;
    if (query.withIds) range = Prisma.sql`e.seq = ANY(${query.withIds.map(String)}::bigint[])`;
    else if (query.sinceId !== undefined) {
      range = Prisma.sql`e.seq > ${query.sinceId.toString()}::bigint`;
      order = Prisma.sql`ASC`;
    } else if (query.maxId !== undefined) range = Prisma.sql`e.seq < ${query.maxId.toString()}::bigint`;
    else range = Prisma.sql`TRUE`;
    const rows = await this.prisma.client.$queryRaw<{ seq: bigint }[]>`
      SELECT e.seq FROM "Entry" e
      WHERE ${range} AND e."sourceId" = ANY(${sourceIds}::uuid[])
      ORDER BY e.seq ${order} LIMIT ${limit}`;
    const items = await this.items(userId, rows.map((row) => row.seq));
    const order2 = new Map(rows.map((row, index) => [row.seq, index]));
    return items.sort((a, b) => order2.get(a.seq)! - order2.get(b.seq)!);
  }

  async countEntries(sourceIds: string[]): Promise<number> {
    if (sourceIds.length === 0) return 0;
    const [row] = await this.prisma.client.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Entry" WHERE "sourceId" = ANY(${sourceIds}::uuid[])`;
    return row?.count ?? 0;
  }

  /** Numbers of unread entries of the sources: each source's newest `perSource` unread ones. */
  async unreadSeqs(userId: string, sourceIds: string[], perSource: number): Promise<bigint[]> {
    if (sourceIds.length === 0) return [];
    const rows = await this.prisma.client.$queryRaw<{ seq: bigint }[]>`
      SELECT x.seq FROM unnest(${sourceIds}::uuid[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT e.seq FROM "Entry" e WHERE e."sourceId" = s.id AND NOT ${READ_STATE(userId)}
        ORDER BY e."sortAt" DESC LIMIT ${perSource}
      ) x ORDER BY x.seq`;
    return rows.map((row) => row.seq);
  }

  async starredSeqs(userId: string): Promise<bigint[]> {
    const rows = await this.prisma.client.$queryRaw<{ seq: bigint }[]>`
      SELECT e.seq FROM "EntryState" es JOIN "Entry" e ON e.id = es."entryId"
      WHERE es."userId" = ${userId}::uuid AND es."starredAt" IS NOT NULL ORDER BY e.seq`;
    return rows.map((row) => row.seq);
  }
}
