'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Icon } from '@/components/icons';
import './admin.css';

const SECTIONS = [
  { href: '/admin/users', label: 'People' },
  { href: '/admin/invites', label: 'Invites' },
  { href: '/admin/reports', label: 'Reports' },
  { href: '/admin/sources', label: 'Source health' },
] as const;

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav className="tabs admin-tabs" aria-label="Administration">
      {SECTIONS.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          className="tabs__tab"
          aria-current={pathname.startsWith(section.href) ? 'page' : undefined}
        >
          {section.label}
        </Link>
      ))}
      {/* bull-board, passed through from the API: a separate app, so a full page load. */}
      <a href="/admin/queues" className="tabs__tab" target="_blank" rel="noopener">
        Queues <Icon name="external" size={14} />
        <span className="visually-hidden"> (opens the queue dashboard in a new tab)</span>
      </a>
    </nav>
  );
}
