// The search page's URL: ?q=words&source=<id>&author=text&from=YYYY-MM-DD&to=YYYY-MM-DD. Days are
// whole UTC days, both ends included.
import type { SearchFilter } from '@/gql/graphql';
import { isUuid } from './ids';

export interface SearchParams {
  query: string;
  sourceId: string | null;
  author: string | null;
  from: string | null;
  to: string | null;
}

export type RawSearchParams = Partial<Record<'q' | 'source' | 'author' | 'from' | 'to', string | string[]>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** A calendar day `YYYY-MM-DD` that exists, or null. */
function day(value: string): string | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Reads the URL; values that cannot be right (a malformed id or day) are dropped. */
export function parseSearchParams(raw: RawSearchParams): SearchParams {
  const source = first(raw.source);
  const author = first(raw.author).slice(0, 200);
  return {
    query: first(raw.q).slice(0, 200),
    sourceId: isUuid(source) ? source : null,
    author: author || null,
    from: day(first(raw.from)),
    to: day(first(raw.to)),
  };
}

export function hasSearchFilters(params: SearchParams): boolean {
  return params.sourceId !== null || params.author !== null || params.from !== null || params.to !== null;
}

/** Why these filters can match nothing, in words, or null. */
export function searchFilterProblem(params: SearchParams): string | null {
  return params.from && params.to && params.from > params.to ? '“From” is after “to”: no post can match.' : null;
}

/** The API's filter: from the start of `from` to the end of `to` (UTC). */
export function toSearchFilter(params: SearchParams): SearchFilter | null {
  if (!hasSearchFilters(params)) return null;
  const end = params.to ? new Date(Date.parse(`${params.to}T00:00:00.000Z`) + 86_400_000).toISOString() : null;
  return {
    ...(params.sourceId ? { sourceId: params.sourceId } : {}),
    ...(params.author ? { author: params.author } : {}),
    ...(params.from ? { from: `${params.from}T00:00:00.000Z` } : {}),
    ...(end ? { to: end } : {}),
  };
}

/** The search page's URL for these parameters. */
export function searchHref(params: Partial<SearchParams>): string {
  const search = new URLSearchParams();
  if (params.query) search.set('q', params.query);
  if (params.sourceId) search.set('source', params.sourceId);
  if (params.author) search.set('author', params.author);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  const text = search.toString();
  return text ? `/search?${text}` : '/search';
}
