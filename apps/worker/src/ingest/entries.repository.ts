import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type NormalizedItem } from '@tributary/bridges';
import { hashGuid } from '@tributary/db';
import { v7 as uuidv7 } from 'uuid';
import { PrismaService } from '../common/prisma.service.js';

export interface UpsertOutcome {
  /** Ids of entries that did not exist before. */
  inserted: string[];
  /** Ids of existing entries whose content changed (edited posts). */
  updated: string[];
}

function contentHash(item: NormalizedItem): string {
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

@Injectable()
export class EntriesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Inserts new items and rewrites changed ones in one statement, keyed by (sourceId, guidHash): running
   * it twice, or from two workers at once, leaves exactly one row per item. Unchanged items are not
   * written at all. `sortAt` is fixed at insert (publication time, never in the future) so timeline
   * pages stay stable while entries arrive.
   */
  async upsertItems(sourceId: string, items: readonly NormalizedItem[]): Promise<UpsertOutcome> {
    if (items.length === 0) return { inserted: [], updated: [] };
    // One row per guid: feeds sometimes repeat an item; the first (newest) wins.
    const rows = [...new Map(items.map((item) => [item.guid, toRow(sourceId, item)])).values()];
    const result = await this.prisma.client.$queryRaw<{ id: string; inserted: boolean }[]>`
      INSERT INTO "Entry" (id, "sourceId", guid, "guidHash", url, title, "contentHtml", summary, author, kind,
        media, "hasImage", "hasVideo", "hasAudio", "isPreview", extra, "contentHash", "publishedAt", "editedAt",
        "sortAt", "createdAt", "updatedAt")
      SELECT r.id, r."sourceId", r.guid, r."guidHash", r.url, r.title, r."contentHtml", r.summary, r.author,
        r.kind::"EntryKind", r.media, r."hasImage", r."hasVideo", r."hasAudio", r."isPreview", r.extra,
        r."contentHash", r."publishedAt", r."editedAt", LEAST(COALESCE(r."publishedAt", now()), now()), now(), now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, "sourceId" uuid, guid text,
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
      RETURNING id, (xmax = 0) AS inserted`;
    return {
      inserted: result.filter((row) => row.inserted).map((row) => row.id),
      updated: result.filter((row) => !row.inserted).map((row) => row.id),
    };
  }
}
