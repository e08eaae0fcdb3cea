import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type NormalizedItem } from '@tributary/bridges';
import { hashGuid } from '@tributary/db';
import { v7 as uuidv7 } from 'uuid';
import { MicroBatcher } from '../../common/micro-batcher.js';
import { PrismaService } from '../../common/prisma.service.js';
import { type ScheduleReason } from '../politeness/schedule.util.js';
import { HEALTHY_SOURCE_SET } from '../../sources/source-health.writer.js';
import { META_LIMITS, type SuccessUpdate } from './sources.repository.js';

export interface UpsertOutcome {
  /** Ids of entries that did not exist before. */
  inserted: string[];
  /** Ids of existing entries whose content changed (edited posts). */
  updated: string[];
}

/**
 * Entry.contentHash: the bridge's fingerprint of the raw item when it has one (feeds; it comes back in
 * `knownItems` so unchanged items are not even sanitized next time), else a hash of the normalized item.
 */
function contentHash(item: NormalizedItem): string {
  if (item.fingerprint) return item.fingerprint;
  return createHash('sha256')
    .update(JSON.stringify([item.title, item.contentHtml, item.url, item.author, item.media, item.isPaidPreview ?? false]))
    .digest('hex');
}

function toRow(sourceId: string, item: NormalizedItem) {
  const types = item.media.map((media) => media.type);
  const extra = {
    ...(item.views !== undefined && { views: item.views }),
    ...(item.forwardedFrom && { forwardedFrom: item.forwardedFrom }),
    ...(item.edited && { edited: true }),
    ...(item.poll && { poll: item.poll }),
    ...(item.linkPreview && { linkPreview: item.linkPreview }),
    ...(item.metrics && { metrics: item.metrics }),
    ...(item.categories?.length && { categories: item.categories }),
  };
  return {
    id: uuidv7(),
    sourceId,
    guid: item.guid,
    guidHash: hashGuid(item.guid),
    url: item.url,
    title: item.title ?? '',
    contentHtml: item.contentHtml,
    summary: item.summary,
    author: item.author,
    kind: item.kind === 'post' ? 'POST' : 'ARTICLE',
    media: item.media,
    hasImage: types.some((type) => type.startsWith('image/')),
    hasVideo: types.some((type) => type.startsWith('video/')),
    hasAudio: types.some((type) => type.startsWith('audio/')),
    isPreview: item.isPaidPreview ?? false,
    extra: Object.keys(extra).length > 0 ? extra : null,
    contentHash: contentHash(item),
    publishedAt: item.publishedAt?.toISOString() ?? null,
    editedAt: item.edited || item.updatedAt ? (item.updatedAt ?? new Date()).toISOString() : null,
  };
}

const ENTRY_COLUMNS = `id, "sourceId", guid, "guidHash", url, title, "contentHtml", summary, author, kind,
  media, "hasImage", "hasVideo", "hasAudio", "isPreview", extra, "contentHash", "publishedAt", "editedAt",
  "sortAt", "createdAt", "updatedAt"`;

// Stores the outcome of several fetches at once — one statement, one round trip, one commit: inserts
// new items and rewrites changed ones, keyed by (sourceId, guidHash), and records each fetch's success on
// its source (a 304 leaves the validators, the posting rate and the metadata as they are).
// Data-modifying CTEs always run in full. $1 entry rows (jsonb), $2 source updates (jsonb).
const STORE_FETCHES = `
  WITH upserted AS (
    INSERT INTO "Entry" (${ENTRY_COLUMNS})
    SELECT r.id, r."sourceId", r.guid, r."guidHash", r.url, r.title, r."contentHtml", r.summary, r.author,
      r.kind::"EntryKind", r.media, r."hasImage", r."hasVideo", r."hasAudio", r."isPreview", r.extra,
      r."contentHash", r."publishedAt", r."editedAt", LEAST(COALESCE(r."publishedAt", now()), now()), now(), now()
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "sourceId" uuid, guid text,
      "guidHash" text, url text, title text, "contentHtml" text, summary text, author text, kind text,
      media jsonb, "hasImage" boolean, "hasVideo" boolean, "hasAudio" boolean, "isPreview" boolean,
      extra jsonb, "contentHash" text, "publishedAt" timestamptz, "editedAt" timestamptz)
    ON CONFLICT ("sourceId", "guidHash") DO UPDATE SET
      url = EXCLUDED.url, title = EXCLUDED.title, "contentHtml" = EXCLUDED."contentHtml",
      summary = EXCLUDED.summary, author = EXCLUDED.author, kind = EXCLUDED.kind, media = EXCLUDED.media,
      "hasImage" = EXCLUDED."hasImage", "hasVideo" = EXCLUDED."hasVideo", "hasAudio" = EXCLUDED."hasAudio",
      "isPreview" = EXCLUDED."isPreview", extra = EXCLUDED.extra, "contentHash" = EXCLUDED."contentHash",
      "editedAt" = COALESCE(EXCLUDED."editedAt", now()), "updatedAt" = now()
    WHERE "Entry"."contentHash" IS DISTINCT FROM EXCLUDED."contentHash"
    RETURNING id, "sourceId", (xmax = 0) AS inserted
  ), counts AS (
    SELECT "sourceId", count(*) FILTER (WHERE inserted)::int AS count FROM upserted GROUP BY "sourceId"
  ), source AS (
    UPDATE "Source" AS s SET
      title = COALESCE(u.title, s.title),
      description = COALESCE(u.description, s.description),
      "siteUrl" = COALESCE(u."siteUrl", s."siteUrl"),
      "imageUrl" = COALESCE(u."imageUrl", s."imageUrl"),
      etag = CASE WHEN u.modified THEN u.etag ELSE s.etag END,
      "lastModified" = CASE WHEN u.modified THEN u."lastModified" ELSE s."lastModified" END,
      cursor = CASE WHEN u.modified THEN u.cursor ELSE s.cursor END,
      "postsPerDay" = CASE WHEN u.modified THEN u."postsPerDay" ELSE s."postsPerDay" END,
      "nextFetchAt" = u."nextFetchAt", "fetchIntervalSeconds" = u."intervalSeconds",
      "lastEntryAt" = COALESCE(u."lastEntryAt", s."lastEntryAt"),
      "lastFetchMs" = COALESCE(u."lastFetchMs", s."lastFetchMs"),
      "scheduleReason" = u."scheduleReason"::"ScheduleReason",
      "lastFetchNewEntries" = COALESCE(n.count, 0),
      "lastFetchResult" = (CASE WHEN NOT u.modified THEN 'NOT_MODIFIED' WHEN n.count > 0 THEN 'NEW_ENTRIES'
        ELSE 'NO_NEW_ENTRIES' END)::"FetchResult",
      ${HEALTHY_SOURCE_SET}, "updatedAt" = now()
    FROM jsonb_to_recordset($2::jsonb) AS u(id uuid, modified boolean, title text, description text,
      "siteUrl" text, "imageUrl" text, etag text, "lastModified" text, cursor text,
      "nextFetchAt" timestamptz, "intervalSeconds" int, "postsPerDay" float8, "lastEntryAt" timestamptz,
      "httpStatus" int, "lastFetchMs" int, "scheduleReason" text)
    LEFT JOIN counts n ON n."sourceId" = u.id
    WHERE s.id = u.id
  )
  SELECT id::text AS id, "sourceId"::text AS "sourceId", inserted FROM upserted`;

/** How long a finished fetch waits for others to share its write, and how many share one at most. */
export const WRITE_BATCH = { windowMs: 10, maxItems: 64 };

type EntryRow = ReturnType<typeof toRow>;

/** One source's part of a batched write. */
interface SourceWrite {
  id: string;
  /** False for a 304: validators, posting rate and metadata stay as they are. */
  modified: boolean;
  title: string | null;
  description: string | null;
  siteUrl: string | null;
  imageUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  cursor: string | null;
  nextFetchAt: Date;
  intervalSeconds: number;
  postsPerDay: number | null;
  lastEntryAt: Date | null;
  httpStatus: number;
  lastFetchMs: number | null;
  scheduleReason: ScheduleReason;
}

interface FetchWrite {
  source: SourceWrite;
  rows: EntryRow[];
}

@Injectable()
export class EntriesRepository {
  private readonly writes: MicroBatcher<FetchWrite, UpsertOutcome>;

  constructor(private readonly prisma: PrismaService) {
    this.writes = new MicroBatcher((batch) => this.storeFetches(batch), {
      ...WRITE_BATCH,
      keyOf: (write) => write.source.id,
    });
  }

  /**
   * Stores a fetched page: inserts new items and rewrites changed ones, keyed by (sourceId, guidHash) —
   * running it twice, or from two workers at once, leaves exactly one row per item; unchanged items are
   * not written at all — and records the success (health, validators, schedule) on the source. `sortAt`
   * is fixed at insert (publication time, never in the future) so timeline pages stay stable while
   * entries arrive. Fetches finishing within {@link WRITE_BATCH}.windowMs of each other share one
   * statement; the promise resolves once that statement has committed.
   */
  storeFetch(sourceId: string, items: readonly NormalizedItem[], update: SuccessUpdate): Promise<UpsertOutcome> {
    // One row per guid: feeds sometimes repeat an item; the first (newest) wins.
    const rows = [...new Map(items.map((item) => [item.guid, toRow(sourceId, item)])).values()];
    const { meta, state } = update;
    return this.writes.submit({
      rows,
      source: {
        id: sourceId,
        modified: true,
        title: meta.title ? meta.title.slice(0, META_LIMITS.title) : null,
        description: meta.description !== null ? meta.description.slice(0, META_LIMITS.description) : null,
        siteUrl: meta.siteUrl || null,
        imageUrl: meta.imageUrl || null,
        etag: state.etag,
        lastModified: state.lastModified,
        cursor: state.cursor,
        nextFetchAt: update.nextFetchAt,
        intervalSeconds: update.intervalSeconds,
        postsPerDay: update.postsPerDay,
        lastEntryAt: update.lastEntryAt,
        httpStatus: update.httpStatus,
        lastFetchMs: update.fetchMs,
        scheduleReason: update.scheduleReason ?? 'POSTING_RATE',
      },
    });
  }

  /** A 304: the source is healthy and due again at `nextFetchAt`; no entry is written. Batched like storeFetch. */
  async recordNotModified(
    sourceId: string,
    nextFetchAt: Date,
    intervalSeconds: number,
    fetchMs: number,
    scheduleReason: ScheduleReason = 'POSTING_RATE',
  ): Promise<void> {
    await this.writes.submit({
      rows: [],
      source: {
        id: sourceId,
        modified: false,
        title: null,
        description: null,
        siteUrl: null,
        imageUrl: null,
        etag: null,
        lastModified: null,
        cursor: null,
        nextFetchAt,
        intervalSeconds,
        postsPerDay: null,
        lastEntryAt: null,
        httpStatus: 304,
        lastFetchMs: fetchMs,
        scheduleReason,
      },
    });
  }

  private async storeFetches(batch: readonly FetchWrite[]): Promise<UpsertOutcome[]> {
    // Straight to pg as a named prepared statement: parsed and planned once per connection.
    const { rows: result } = await this.prisma.pool.query<{ id: string; sourceId: string; inserted: boolean }>({
      name: 'store-fetches',
      text: STORE_FETCHES,
      values: [JSON.stringify(batch.flatMap((write) => write.rows)), JSON.stringify(batch.map((write) => write.source))],
    });
    const outcomes = new Map(batch.map((write): [string, UpsertOutcome] => [write.source.id, { inserted: [], updated: [] }]));
    for (const row of result) {
      const outcome = outcomes.get(row.sourceId)!;
      (row.inserted ? outcome.inserted : outcome.updated).push(row.id);
    }
    return batch.map((write) => outcomes.get(write.source.id)!);
  }
}
