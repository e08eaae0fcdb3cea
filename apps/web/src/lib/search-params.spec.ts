import { describe, expect, it } from 'vitest';
import { hasSearchFilters, parseSearchParams, searchFilterProblem, searchHref, toSearchFilter } from './search-params';

const SOURCE = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('search params', () => {
  it('round-trips through the URL and becomes the API filter, days inclusive in UTC', () => {
    const params = parseSearchParams({ q: ' tides ', source: SOURCE, author: ' Ana ', from: '2026-02-28', to: '2026-03-01' });
    expect(params).toEqual({ query: 'tides', sourceId: SOURCE, author: 'Ana', from: '2026-02-28', to: '2026-03-01' });
    expect(hasSearchFilters(params)).toBe(true);
    expect(toSearchFilter(params)).toEqual({
      sourceId: SOURCE,
      author: 'Ana',
      from: '2026-02-28T00:00:00.000Z',
      to: '2026-03-02T00:00:00.000Z',
    });
    expect(parseSearchParams(Object.fromEntries(new URL(`http://x${searchHref(params)}`).searchParams))).toEqual(params);
  });

  it('drops what cannot be right and asks nothing of the API without filters', () => {
    const params = parseSearchParams({ q: 'x', source: 'not-an-id', from: '2026-02-30', to: '26-1-1', author: '  ' });
    expect(params).toEqual({ query: 'x', sourceId: null, author: null, from: null, to: null });
    expect(hasSearchFilters(params)).toBe(false);
    expect(toSearchFilter(params)).toBeNull();
    expect(searchHref({})).toBe('/search');
  });

  it('says when the days are the wrong way round', () => {
    expect(searchFilterProblem(parseSearchParams({ from: '2026-05-02', to: '2026-05-01' }))).toMatch(/after/);
    expect(searchFilterProblem(parseSearchParams({ from: '2026-05-01', to: '2026-05-01' }))).toBeNull();
  });
});
