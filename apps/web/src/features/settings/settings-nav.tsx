'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import './settings.css';

const SECTIONS = [
  { href: '/settings', label: 'Profile' },
  { href: '/settings/password', label: 'Password' },
  { href: '/settings/sessions', label: 'Sessions' },
  { href: '/settings/app-passwords', label: 'App passwords' },
  { href: '/settings/opml', label: 'Import & export' },
  { href: '/settings/data', label: 'Your data' },
  { href: '/settings/claims', label: 'Creator claims' },
  { href: '/settings/delete', label: 'Delete account' },
] as const;

/** The settings sections; the current one is marked (aria-current) from the URL. */
export function SettingsNav() {
  const pathname = usePathname();
  const current = SECTIONS.findLast((section) =>
    section.href === '/settings' ? pathname === '/settings' : pathname.startsWith(section.href),
  );
  return (
    <nav className="settings-nav" aria-label="Settings">
      <ul className="settings-nav__list">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="settings-nav__link"
              aria-current={current?.href === section.href ? 'page' : undefined}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
