import { Injectable } from '@nestjs/common';
import { type Entry, Prisma } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';
import { TimelineView } from '../timeline/dto/timeline-filter.input.js';
import { type SearchKeyset } from './search-cursor.util.js';
import { MARK_END, MARK_START } from './search-highlight.util.js';

export interface SearchQuery {
  /** tsquery text from `parse` (a constant, so the planner sees how common its words are). */
  tsquery: string;
  titleTsquery: string;
  sourceId: string | null;
  author: string | null;
  from: Date | null;
  to: Date | null;
  view: TimelineView;
  after: SearchKeyset | null;
  limit: number;
  /** How many of the newest matches are ranked at most (docs/discovery.md, "Search"). */
  candidates: number;
  /** The newest sortAt of all entries (from `parse`), which anchors the week windows; null: none stored. */
  newest: Date | null;
}

export type SearchRow = Entry & { score: number; titleHighlight: string | null; snippet: string | null };

/** Entries of these sources are visible to every member: someone on the instance subscribes, or a creator verified it. */
export function isPublicSource(sourceId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Subscription" pub WHERE pub."sourceId" = ${sourceId})
    OR EXISTS (SELECT 1 FROM "Claim" pc WHERE pc."sourceId" = ${sourceId} AND pc.status = 'VERIFIED'))`;
}

/** The ids of the sources whose entries every member may see (isPublicSource as a set, for a hashed semi-join). */
function visibleSourceIds(): Prisma.Sql {
  return Prisma.sql`SELECT pub."sourceId" FROM "Subscription" pub UNION SELECT pc."sourceId" FROM "Claim" pc WHERE pc.status = 'VERIFIED'`;
}

const WEEK_MS = 7 * 24 * 3_600_000;

export interface SearchWindow {
  /** tsquery OR-ing the week lexemes of the window (tributary_search_week_tag); null: the last window. */
  tags: string | null;
  /** The last window: entries older than the tagged weeks (`before`) or newer (`since`). */
  before: Date | null;
  since: Date | null;
}

/**
 * The week windows `candidates()` searches, newest first, around the week of the newest entry:
 * that week, the one before and the one after, then the 7 weeks before, then every other week
 * (older ones, and any entry newer still, written after `newest` was read). Together they cover
 * every sortAt exactly once. Anchored on the newest entry rather than the clock, so an instance (or
 * the bench) that received nothing for weeks still finds its latest entries in the first window.
 */
export function searchWindows(newest: Date): SearchWindow[] {
  const week = Math.floor(newest.getTime() / WEEK_MS);
  const tags = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => `'~w${from + index}'`).join(' | ');
  return [
    { tags: tags(week - 1, week + 1), before: null, since: null },
    { tags: tags(week - 8, week - 2), before: null, since: null },
    { tags: null, before: new Date((week - 8) * WEEK_MS), since: new Date((week + 2) * WEEK_MS) },
  ];
}

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`;

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** What a person typed → the tsquery (all languages' readings OR-ed) and its title-only twin; null when nothing is searchable. */
  async parse(text: string): Promise<{ tsquery: string; titleTsquery: string; newest: Date | null } | null> {
    const rows = await this.prisma.client.$queryRaw<{ q: string | null; qa: string | null; newest: Date | null }[]>`
      SELECT q::text AS q, tributary_title_query(q)::text AS qa, (SELECT max("sortAt") FROM "EntrySearch") AS newest
      FROM (SELECT tributary_search_query(${text}) AS q) x`;
    const row = rows[0];
    return row?.q && row.qa ? { tsquery: row.q, titleTsquery: row.qa, newest: row.newest } : null;
  }

  /**
   * The newest `query.candidates` matching, visible entries (ids, newest first; docs/discovery.md,
   * "Cost". Asked week window by week window, newest first, so the GIN index intersects the query
   * with a few weeks' tags and only recent matches are read from the heap; an older window is
   * searched only while fewer than `candidates` were found).
   */
  async candidates(query: SearchQuery): Promise<string[]> {
    const ids: string[] = [];
    if (query.newest === null) return ids;
    for (const window of searchWindows(query.newest)) {
      // MATERIALIZED: the GIN index finds the window's matches, then they are sorted. Without it the
      // planner may walk the sortAt index newest-first testing every row, which never stops early
      // when the words are rarer than its estimate (a whole-table scan for a word nobody used).
      const rows = await this.prisma.client.$queryRaw<{ entryId: string }[]>`
        WITH matches AS MATERIALIZED (
          SELECT es."entryId", es."sortAt"
          FROM "EntrySearch" es ${this.needsEntry(query) ? Prisma.sql`JOIN "Entry" e ON e.id = es."entryId"` : Prisma.empty}
          WHERE es.document @@ ${window.tags === null ? Prisma.sql`${query.tsquery}::tsquery` : Prisma.sql`(${query.tsquery}::tsquery && ${window.tags}::tsquery)`}
            ${window.tags === null ? Prisma.sql`AND (es."sortAt" < ${window.before}::timestamptz OR es."sortAt" >= ${window.since}::timestamptz)` : Prisma.empty}
            AND es."sourceId" IN (${visibleSourceIds()}) ${this.filters(query)}
        )
        SELECT "entryId" FROM matches ORDER BY "sortAt" DESC LIMIT ${query.candidates - ids.length}`;
      for (const row of rows) ids.push(row.entryId);
      if (ids.length >= query.candidates) break;
    }
    return ids;
  }

  /**
   * One page of results among `candidates` (from `candidates()`): ranked by title match, then
   * ts_rank_cd, then newest, from the cursor. Highlights are computed for the page's rows only.
   */
  page(query: SearchQuery, candidates: string[]): Promise<SearchRow[]> {
    if (candidates.length === 0) return Promise.resolve([]);
    const q = Prisma.sql`${query.tsquery}::tsquery`;
    const after = query.after
      ? Prisma.sql`WHERE (score, "sortAt", "entryId") < (${query.after.score}::float8, ${query.after.at}::timestamptz, ${query.after.id}::uuid)`
      : Prisma.empty;
    return this.prisma.client.$queryRaw<SearchRow[]>`
      WITH scored AS (
        SELECT es."entryId", es."sortAt",
          ((es.document @@ ${query.titleTsquery}::tsquery)::int + ts_rank_cd(es.document, ${q}, 1 | 32))::float8 AS score
        FROM "EntrySearch" es
        WHERE es."entryId" = ANY(${candidates}::uuid[])
      ), page AS (
        SELECT * FROM scored ${after}
        ORDER BY score DESC, "sortAt" DESC, "entryId" DESC
        LIMIT ${query.limit}
      )
      SELECT e.*, page.score,
        ts_headline(cfg.config, translate(tributary_search_text(e.title), ${MARK_START + MARK_END}, ''), ${q}, ${HEADLINE_TITLE}) AS "titleHighlight",
        ts_headline(cfg.config, translate(left(tributary_search_text(e.summary) || ' ' || tributary_search_text(e."contentHtml"), 30000), ${MARK_START + MARK_END}, ''), ${q}, ${HEADLINE_SNIPPET}) AS snippet
      FROM page
      JOIN "Entry" e ON e.id = page."entryId"
      JOIN "Source" s ON s.id = e."sourceId"
      CROSS JOIN LATERAL (SELECT tributary_search_config(COALESCE(e.language, s.language)) AS config) cfg
      ORDER BY page.score DESC, page."sortAt" DESC, page."entryId" DESC`;
  }

  private needsEntry(query: SearchQuery): boolean {
    return query.author !== null || query.view !== TimelineView.ALL;
  }

  private filters(query: SearchQuery): Prisma.Sql {
    const parts: Prisma.Sql[] = [];
    if (query.sourceId) parts.push(Prisma.sql`es."sourceId" = ${query.sourceId}::uuid`);
    if (query.from) parts.push(Prisma.sql`es."sortAt" >= ${query.from}::timestamptz`);
    if (query.to) parts.push(Prisma.sql`es."sortAt" < ${query.to}::timestamptz`);
    if (query.author) {
      const pattern = `%${query.author.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      parts.push(Prisma.sql`e.author ILIKE ${pattern}`);
    }
    switch (query.view) {
      case TimelineView.ALL:
        break;
      case TimelineView.ARTICLES:
        parts.push(Prisma.sql`e.kind = 'ARTICLE'`);
        break;
      case TimelineView.SOCIAL:
        parts.push(Prisma.sql`e.kind = 'POST'`);
        break;
      case TimelineView.PICTURES:
        parts.push(Prisma.sql`e."hasImage"`);
        break;
      case TimelineView.VIDEOS:
        parts.push(Prisma.sql`e."hasVideo"`);
        break;
      case TimelineView.AUDIO:
        parts.push(Prisma.sql`e."hasAudio"`);
        break;
    }
    return parts.length === 0 ? Prisma.empty : Prisma.sql`AND ${Prisma.join(parts, ' AND ')}`;
  }
}
