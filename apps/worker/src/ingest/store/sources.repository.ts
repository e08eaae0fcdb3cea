import { Injectable } from '@nestjs/common';
import { type FetchState, type SourceKind, type SourceMeta, type SourceRef } from '@tributary/bridges';
import { type Source } from '@tributary/db';
import { MicroBatcher } from '../../common/micro-batcher.js';
import { PrismaService } from '../../common/prisma.service.js';
import { type ScheduleReason } from '../politeness/schedule.util.js';

export interface SuccessUpdate {
  meta: SourceMeta;
  state: FetchState;
  nextFetchAt: Date;
  intervalSeconds: number;
  postsPerDay: number | null;
  lastEntryAt: Date | null;
  httpStatus: number;
  /** How long the fetch took, ms (null: not measured, e.g. a resolve). */
  fetchMs: number | null;
  /** Why nextFetchAt is what it is; default POSTING_RATE. */
  scheduleReason?: ScheduleReason;
}

export const META_LIMITS = { title: 500, description: 5_000 };

/** How many of a source's newest entries' fingerprints a fetch loads to skip unchanged items. */
export const KNOWN_ITEMS_LIMIT = 1_000;

/** What a fetch needs of its source, plus the fingerprints of its newest stored entries. */
export interface FetchableSource {
  id: string;
  kind: SourceKind;
  key: string;
  fetchUrl: string;
  siteUrl: string | null;
  status: Source['status'];
  etag: string | null;
  lastModified: string | null;
  cursor: string | null;
  postsPerDay: number | null;
  consecutiveFailures: number;
  /** `Entry.contentHash` of the newest entries (at most {@link KNOWN_ITEMS_LIMIT}). */
  knownItems: string[];
  subscribersCount: number;
  /** The source's WebSub subscription, if any (hub, topic, state), for the fetch's hub discovery. */
  webSub: { hubUrl: string | null; topicUrl: string | null; state: string | null };
  /** A hub pushes this source (verified subscription, lease running): it is polled only as a safety net. */
  isPushed: boolean;
}

// One statement, one round trip for several sources: each row and its newest fingerprints (index on
// (sourceId, sortAt DESC, id DESC)). Raw SQL: Prisma's query compiler cost more CPU than the query.
// $1 source ids (a uuid[] literal), $2 fingerprints per source. The fingerprints (hex) come as one
// space-separated text: splitting it costs far less than parsing a text[] literal.
const LOAD_FOR_FETCH = `
  SELECT s.id::text AS id, s.kind::text AS kind, s.key, s."fetchUrl", s."siteUrl", s.status::text AS status,
    s.etag, s."lastModified", s.cursor, s."postsPerDay", s."consecutiveFailures", s."subscribersCount",
    w."hubUrl" AS "webSubHubUrl", w."topicUrl" AS "webSubTopicUrl", w.state::text AS "webSubState",
    COALESCE(w.state = 'ACTIVE' AND w."leaseExpiresAt" > now(), false) AS "isPushed",
    (
      SELECT string_agg(known.hash, ' ') FROM (
        SELECT e."contentHash" AS hash FROM "Entry" e
        WHERE e."sourceId" = s.id AND e."contentHash" IS NOT NULL
        ORDER BY e."sortAt" DESC, e.id DESC
        LIMIT $2
      ) known
    ) AS "knownItems"
  FROM "Source" s
  LEFT JOIN "WebSubSubscription" w ON w."sourceId" = s.id
  WHERE s.id = ANY($1::uuid[])`;

/** Jobs starting within this window of each other load their sources with one query. */
export const READ_BATCH = { windowMs: 2, maxItems: 64 };

@Injectable()
export class SourcesRepository {
  private readonly reads: MicroBatcher<string, FetchableSource | null>;

  constructor(private readonly prisma: PrismaService) {
    this.reads = new MicroBatcher((ids) => this.loadManyForFetch(ids), READ_BATCH);
  }

  findById(id: string): Promise<Source | null> {
    return this.prisma.client.source.findUnique({ where: { id } });
  }

  /** Whether Tributary already reads the source `ref` names (its canonical kind and key). */
  async exists(ref: Pick<SourceRef, 'kind' | 'key'>): Promise<boolean> {
    const found = await this.prisma.client.source.findUnique({
      where: { kind_key: { kind: ref.kind, key: ref.key } },
      select: { id: true },
    });
    return found !== null;
  }

  /**
   * The source as a fetch needs it, with the fingerprints of its newest entries; null when gone.
   * Loads of jobs starting together share one query ({@link READ_BATCH}).
   */
  loadForFetch(id: string): Promise<FetchableSource | null> {
    return this.reads.submit(id);
  }

  private async loadManyForFetch(ids: readonly string[]): Promise<(FetchableSource | null)[]> {
    // Straight to pg as a named prepared statement: parsed and planned once per connection.
    type Row = Omit<FetchableSource, 'knownItems' | 'webSub'> & {
      knownItems: string | null;
      webSubHubUrl: string | null;
      webSubTopicUrl: string | null;
      webSubState: string | null;
    };
    const { rows } = await this.prisma.pool.query<Row>({
      name: 'load-for-fetch',
      text: LOAD_FOR_FETCH,
      values: [`{${ids.join(',')}}`, KNOWN_ITEMS_LIMIT],
    });
    const byId = new Map(
      rows.map(({ webSubHubUrl, webSubTopicUrl, webSubState, ...row }): [string, FetchableSource] => [
        row.id,
        {
          ...row,
          knownItems: row.knownItems ? row.knownItems.split(' ') : [],
          webSub: { hubUrl: webSubHubUrl, topicUrl: webSubTopicUrl, state: webSubState },
        },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Creates the source of a resolved reference, or returns the one that exists (race-safe upsert). */
  /** The source `ref` names, created when new (`isCreated`: this call inserted it; the unique (kind, key) decides). */
  async upsertResolved(ref: SourceRef, meta: SourceMeta): Promise<Source & { isCreated: boolean }> {
    const fields = {
      fetchUrl: ref.fetchUrl,
      siteUrl: meta.siteUrl ?? ref.siteUrl,
      title: (meta.title ?? '').slice(0, META_LIMITS.title),
      description: (meta.description ?? '').slice(0, META_LIMITS.description),
      imageUrl: meta.imageUrl,
    };
    const { count } = await this.prisma.client.source.createMany({
      data: [{ kind: ref.kind, key: ref.key, ...fields }],
      skipDuplicates: true,
    });
    const source = await this.prisma.client.source.findUniqueOrThrow({ where: { kind_key: { kind: ref.kind, key: ref.key } } });
    return { ...source, isCreated: count === 1 };
  }
}
