import { Injectable } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { isStorableDate } from '../../common/date-range.util.js';
import { AppError } from '../../common/errors.js';
import { pageSize } from '../../graphql/cursor.util.js';
import { type EntryObject } from '../entries/dto/entry.object.js';
import { toEntryRow } from '../entries/entries.repository.js';
import { EntriesService } from '../entries/entries.service.js';
import { TimelineView } from '../timeline/dto/timeline-filter.input.js';
import { type SearchConnection, type SearchFilter } from './dto/search.objects.js';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor.util.js';
import { renderHighlight } from './search-highlight.util.js';
import { SearchRepository } from './search.repository.js';

export const SEARCH_MAX_PAGE = 50;
export const SEARCH_MAX_QUERY = 200;
/** The newest matches ranked per query: bounds the work for very common words (docs/discovery.md). */
export const SEARCH_CANDIDATES = 500;

const EMPTY: SearchConnection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly entries: EntriesService,
  ) {}

  /**
   * Full-text search over the entries a member may see: those of sources someone on the instance
   * subscribes to (the viewer's own subscriptions among them) or a creator verified. Most relevant
   * first; keyset-paginated on (score, sortAt, id).
   */
  async page(
    context: object,
    first: number,
    text: string,
    after: string | null,
    filter: SearchFilter | null,
  ): Promise<SearchConnection> {
    const limit = pageSize(first, SEARCH_MAX_PAGE);
    const trimmed = text.trim();
    if (trimmed.length === 0)
      throw new AppError('BAD_USER_INPUT', 'query: type something to search for', { field: 'query' });
    if (trimmed.length > SEARCH_MAX_QUERY) {
      throw new AppError('BAD_USER_INPUT', `query: at most ${SEARCH_MAX_QUERY} characters`, {
        field: 'query',
      });
    }
    const cursor = decodeSearchCursor(after);
    const from = validDate(filter?.from ?? null, 'from');
    const to = validDate(filter?.to ?? null, 'to');
    const sourceId = filter?.sourceId ?? null;
    if (sourceId !== null && !isUuid(sourceId)) return EMPTY;
    const author = filter?.author?.trim() || null;
    if (author && author.length > 200)
      throw new AppError('BAD_USER_INPUT', 'filter.author: at most 200 characters', { field: 'author' });

    const parsed = await this.search.parse(trimmed);
    if (!parsed) return EMPTY;
    const query = {
      ...parsed,
      sourceId,
      author,
      from,
      to,
      view: filter?.view ?? TimelineView.ALL,
      after: cursor,
      limit: limit + 1,
      candidates: SEARCH_CANDIDATES,
    };
    const rows = await this.search.page(query, await this.search.candidates(query));
    const kept = rows.slice(0, limit);
    const nodes: EntryObject[] = kept.map(toEntryRow);
    this.entries.prime(context, nodes);
    const edges = kept.map((row, index) => ({
      cursor: encodeSearchCursor({ score: row.score, at: row.sortAt, id: row.id }),
      node: nodes[index]!,
      score: row.score,
      highlight: { title: renderHighlight(row.titleHighlight), snippet: snippetOf(row.snippet) },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

function validDate(value: Date | null, field: string): Date | null {
  if (value === null) return null;
  if (!isStorableDate(value))
    throw new AppError('BAD_USER_INPUT', `filter.${field}: is not a date`, { field });
  return value;
}

/** A snippet without a single match is just the start of the text: keep it only when it explains the hit. */
function snippetOf(raw: string | null): string {
  const html = renderHighlight(raw);
  return html.includes('<mark>') ? html : '';
}
