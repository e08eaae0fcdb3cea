import Link from 'next/link';
import { hasSearchFilters, searchHref, type SearchParams } from '@/lib/search-params';
import './discover.css';

export interface SearchSourceOption {
  id: string;
  title: string;
}

function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The search form: words, and filters by source, author and days (a plain GET form: it works before
 * any script runs, and every search has a URL to share).
 */
export function SearchForm({ params, sources }: { params: SearchParams; sources: SearchSourceOption[] }) {
  const isFiltered = hasSearchFilters(params);
  const sourceTitle = sources.find((source) => source.id === params.sourceId)?.title;
  return (
    <form action="/search" method="get" role="search" className="search-box" aria-label="Search posts">
      <div className="search-form">
        <label htmlFor="search-page-input" className="visually-hidden">
          Search posts
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          defaultValue={params.query}
          maxLength={200}
          placeholder="Words, “a phrase”, -exclude"
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <details className="search-filters" open={isFiltered}>
        <summary className="search-filters__summary">Filters</summary>
        <div className="search-filters__grid">
          <div className="field">
            <label htmlFor="search-source">Source</label>
            <select id="search-source" name="source" defaultValue={params.sourceId ?? ''}>
              <option value="">Any source</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-author">Author</label>
            <input
              id="search-author"
              name="author"
              defaultValue={params.author ?? ''}
              maxLength={200}
              placeholder="Part of a name"
            />
          </div>
          <div className="field">
            <label htmlFor="search-from">From</label>
            <input id="search-from" name="from" type="date" defaultValue={params.from ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="search-to">To</label>
            <input
              id="search-to"
              name="to"
              type="date"
              defaultValue={params.to ?? ''}
              aria-describedby="search-days-hint"
            />
          </div>
        </div>
        <p id="search-days-hint" className="field__hint">
          Both days included (UTC). Filters narrow a search: type some words too.
        </p>
        <div className="form-actions">
          <button type="submit" className="button button--quiet button--small">
            Apply filters
          </button>
        </div>
      </details>
      {isFiltered ? (
        <p className="search-filters__active muted">
          Only posts
          {params.sourceId ? <> in {sourceTitle ? <strong>{sourceTitle}</strong> : 'one source'}</> : null}
          {params.author ? (
            <>
              {' '}
              by an author matching <strong>“{params.author}”</strong>
            </>
          ) : null}
          {params.from ? <> from {dayLabel(params.from)}</> : null}
          {params.to ? <> to {dayLabel(params.to)}</> : null}.{' '}
          <Link href={searchHref({ query: params.query })}>Clear filters</Link>
        </p>
      ) : null}
    </form>
  );
}
