'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A header link that marks itself as the current page. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = href === '/' ? pathname === '/' : pathname.startsWith(href);
  return (
    <Link href={href} className="site-nav__link" aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </Link>
  );
}
