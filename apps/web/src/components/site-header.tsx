import Link from 'next/link';
import type { Theme } from '@/lib/theme';
import { LogoMark } from './logo';
import { NavLink } from './nav-link';
import { ThemeToggle } from './theme-toggle';

const NAV_ITEMS = [
  { href: '/', label: 'Status' },
  { href: '/login', label: 'Sign in' },
] as const;

/** The header of visitor pages (the signed-in app has its own, in components/shell). */
export function SiteHeader({ theme }: { theme: Theme }) {
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link href="/" className="wordmark">
          <LogoMark />
          <span className="wordmark__text">Tributary</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul className="site-nav__list">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle initialTheme={theme} />
      </div>
    </header>
  );
}
