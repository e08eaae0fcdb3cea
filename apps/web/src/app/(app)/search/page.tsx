import type { Metadata } from 'next';
import { SearchQuery } from '@/components/discover/operations';
import { SearchResults } from '@/components/discover/search-results';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import '@/components/settings/part-b.css';

type SearchParams = Promise<{ q?: string }>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = (await searchParams).q?.trim();
  return { title: q ? `Search: ${q}` : 'Search' };
}

async function run(query: string) {
  try {
    return {
      data: (await queryServer(SearchQuery, { variables: { query, after: null, filter: null } })).search,
      error: null,
    };
  } catch (error) {
    if (isGraphQLRequestError(error) && (error.code === 'BAD_USER_INPUT' || error.code === 'RATE_LIMITED')) {
      return { data: null, error: error.message };
    }
    throw error;
  }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const query = ((await searchParams).q ?? '').trim().slice(0, 200);
  const result = query ? await run(query) : null;
  return (
    <div className="page page--narrow stack">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Search</p>
          <h1 className="page__title">{query ? <>Results for “{query}”</> : 'Search posts'}</h1>
        </div>
      </header>
      <form action="/search" method="get" role="search" className="search-form" aria-label="Search again">
        <label htmlFor="search-page-input" className="visually-hidden">
          Search posts
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder="Words, “a phrase”, -exclude"
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {!query ? (
        <p className="muted">
          Search every post members here can read: titles first, then summaries and full text, in any
          language.
        </p>
      ) : result?.error ? (
        <p className="form__error" role="alert">
          {result.error}
        </p>
      ) : result?.data ? (
        <SearchResults key={query} query={query} initial={result.data} />
      ) : null}
    </div>
  );
}
