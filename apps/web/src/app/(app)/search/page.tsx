import type { Metadata } from 'next';
import { SearchQuery, SearchSourcesQuery, SearchSourceTitleQuery } from '@/features/discover/discover.graphql';
import { SearchForm, type SearchSourceOption } from '@/features/discover/search-form';
import { SearchResults } from '@/features/discover/search-results';
import type { SearchFilter } from '@/gql/graphql';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import {
  parseSearchParams,
  type RawSearchParams,
  searchFilterProblem,
  type SearchParams,
  toSearchFilter,
} from '@/lib/search-params';
import '@/features/discover/discover.css';

type PageParams = Promise<RawSearchParams>;

export async function generateMetadata({ searchParams }: { searchParams: PageParams }): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams);
  return { title: query ? `Search: ${query}` : 'Search' };
}

async function run(query: string, filter: SearchFilter | null) {
  try {
    return {
      data: (await queryServer(SearchQuery, { variables: { query, after: null, filter } })).search,
      error: null,
    };
  } catch (error) {
    if (isGraphQLRequestError(error) && (error.code === 'BAD_USER_INPUT' || error.code === 'RATE_LIMITED')) {
      return { data: null, error: error.message };
    }
    throw error;
  }
}

/** The viewer's sources to filter by, plus the source the URL names when it is not one of them. */
async function sourceOptions(params: SearchParams): Promise<SearchSourceOption[]> {
  const { subscriptions } = await queryServer(SearchSourcesQuery);
  const options = subscriptions
    .map((subscription) => ({ id: subscription.source.id, title: subscription.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
  if (params.sourceId && !options.some((option) => option.id === params.sourceId)) {
    try {
      const { source } = await queryServer(SearchSourceTitleQuery, { variables: { id: params.sourceId } });
      options.unshift({ id: source.id, title: source.title });
    } catch (error) {
      if (!isGraphQLRequestError(error) || error.code !== 'NOT_FOUND') throw error;
    }
  }
  return options;
}

export default async function SearchPage({ searchParams }: { searchParams: PageParams }) {
  const params = parseSearchParams(await searchParams);
  const { query } = params;
  const problem = searchFilterProblem(params);
  const filter = toSearchFilter(params);
  const [sources, result] = await Promise.all([
    sourceOptions(params),
    query && !problem ? run(query, filter) : Promise.resolve(null),
  ]);
  return (
    <div className="page page--narrow stack">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Search</p>
          <h1 className="page__title">{query ? <>Results for “{query}”</> : 'Search posts'}</h1>
        </div>
      </header>
      <SearchForm params={params} sources={sources} />
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : !query ? (
        <p className="muted">
          Search every post members here can read: titles first, then summaries and full text, in any
          language.
        </p>
      ) : result?.error ? (
        <p className="form__error" role="alert">
          {result.error}
        </p>
      ) : result?.data ? (
        <SearchResults key={JSON.stringify([query, filter])} query={query} filter={filter} initial={result.data} />
      ) : null}
    </div>
  );
}
