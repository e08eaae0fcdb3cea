import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type NormalizedItem } from '@tributary/bridges';
import { hashGuid } from '@tributary/db';
import { v7 as uuidv7 } from 'uuid';
import { PrismaService } from '../common/prisma.service.js';
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

// Inserts new items and rewrites changed ones, keyed by (sourceId, guidHash), and records the fetch's
// success on the source — one statement, one round trip. Data-modifying CTEs always run in full.
// $1 rows (jsonb), $2 source id, $3 title, $4 description, $5 siteUrl, $6 imageUrl, $7 etag,
// $8 lastModified, $9 cursor, $10 nextFetchAt, $11 interval, $12 postsPerDay, $13 lastEntryAt, $14 status.
const STORE_FETCH = `
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
    RETURNING id, (xmax = 0) AS inserted
  ), source AS (
    UPDATE "Source" SET
      title = COALESCE($3::text, title),
      description = COALESCE($4::text, description),
      "siteUrl" = COALESCE($5::text, "siteUrl"),
      "imageUrl" = COALESCE($6::text, "imageUrl"),
      etag = $7::text, "lastModified" = $8::text, cursor = $9::text,
      "nextFetchAt" = $10::timestamptz, "fetchIntervalSeconds" = $11::int, "postsPerDay" = $12::float8,
      "lastEntryAt" = COALESCE($13::timestamptz, "lastEntryAt"),
      "lastFetchedAt" = now(), "lastSuccessAt" = now(), "lastHttpStatus" = $14::int, status = 'OK',
      "failingSince" = NULL, "consecutiveFailures" = 0, "lastError" = NULL, "updatedAt" = now()
    WHERE id = $2::uuid
  )
  SELECT id::text AS id, inserted FROM upserted`;

@Injectable()
export class EntriesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stores a fetched page in one statement: inserts new items and rewrites changed ones, keyed by
   * (sourceId, guidHash) — running it twice, or from two workers at once, leaves exactly one row per
   * item; unchanged items are not written at all — and records the success (health, validators,
   * schedule) on the source. `sortAt` is fixed at insert (publication time, never in the future) so
   * timeline pages stay stable while entries arrive.
   */
  async storeFetch(sourceId: string, items: readonly NormalizedItem[], update: SuccessUpdate): Promise<UpsertOutcome> {
    // One row per guid: feeds sometimes repeat an item; the first (newest) wins.
    const rows = [...new Map(items.map((item) => [item.guid, toRow(sourceId, item)])).values()];
    const { meta, state } = update;
    const result = await this.prisma.client.$queryRawUnsafe<{ id: string; inserted: boolean }[]>(
      STORE_FETCH,
      JSON.stringify(rows),
      sourceId,
      meta.title ? meta.title.slice(0, META_LIMITS.title) : null,
      meta.description !== null ? meta.description.slice(0, META_LIMITS.description) : null,
      meta.siteUrl || null,
      meta.imageUrl || null,
      state.etag,
      state.lastModified,
      state.cursor,
      update.nextFetchAt,
      update.intervalSeconds,
      update.postsPerDay,
      update.lastEntryAt,
      update.httpStatus,
    );
    return {
      inserted: result.filter((row) => row.inserted).map((row) => row.id),
      updated: result.filter((row) => !row.inserted).map((row) => row.id),
    };
  }
}
