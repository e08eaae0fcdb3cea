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
}

export type SearchRow = Entry & { score: number; titleHighlight: string | null; snippet: string | null };

/** Entries of these sources are visible to every member: someone on the instance subscribes, or a creator verified it. */
export function isPublicSource(sourceId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Subscription" pub WHERE pub."sourceId" = ${sourceId})
    OR EXISTS (SELECT 1 FROM "Claim" pc WHERE pc."sourceId" = ${sourceId} AND pc.status = 'VERIFIED'))`;
}

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`;

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** What a person typed → the tsquery (all languages' readings OR-ed) and its title-only twin; null when nothing is searchable. */
  async parse(text: string): Promise<{ tsquery: string; titleTsquery: string } | null> {
    const rows = await this.prisma.client.$queryRaw<{ q: string | null; qa: string | null }[]>`
      SELECT q::text AS q, tributary_title_query(q)::text AS qa FROM (SELECT tributary_search_query(${text}) AS q) x`;
    const row = rows[0];
    return row?.q && row.qa ? { tsquery: row.q, titleTsquery: row.qa } : null;
  }

  /**
   * One page of results. The newest `candidates` matching, visible entries are ranked (ts_rank_cd,
   * title-only matches first), then ordered by (score, sortAt, id) from the cursor. Highlights are
   * computed for the page's rows only.
   */
  page(query: SearchQuery): Promise<SearchRow[]> {
    const q = Prisma.sql`${query.tsquery}::tsquery`;
    const filters = this.filters(query);
    const needsEntry = query.author !== null || query.view !== TimelineView.ALL;
    const after = query.after
      ? Prisma.sql`WHERE (score, "sortAt", "entryId") < (${query.after.score}::float8, ${query.after.at}::timestamptz, ${query.after.id}::uuid)`
      : Prisma.empty;
    return this.prisma.client.$queryRaw<SearchRow[]>`
      WITH candidates AS (
        SELECT es."entryId", es."sortAt", es.document
        FROM "EntrySearch" es ${needsEntry ? Prisma.sql`JOIN "Entry" e ON e.id = es."entryId"` : Prisma.empty}
        WHERE es.document @@ ${q} AND ${isPublicSource(Prisma.sql`es."sourceId"`)} ${filters}
        ORDER BY es."sortAt" DESC
        LIMIT ${query.candidates}
      ), scored AS (
        SELECT "entryId", "sortAt",
          ((document @@ ${query.titleTsquery}::tsquery)::int + ts_rank_cd(document, ${q}, 1 | 32))::float8 AS score
        FROM candidates
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
