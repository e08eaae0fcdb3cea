'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Icon } from '@/components/icons';
import './discover.css';

/** The search box of the app header: a plain GET form to /search (works before hydration too). */
export function HeaderSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  return (
    <form action="/search" method="get" role="search" className="header-search" aria-label="Search posts">
      <label htmlFor="header-search-input" className="visually-hidden">
        Search posts
      </label>
      <Icon name="search" size={16} className="header-search__icon" />
      <input
        key={current}
        id="header-search-input"
        name="q"
        type="search"
        defaultValue={current}
        placeholder="Search"
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className="header-search__input"
      />
    </form>
  );
}
