'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { LogOutMutation } from './shell.graphql';
import type { Theme } from '@/lib/theme';
import { Avatar } from '@/components/avatar';
import { Icon } from '@/components/icons';
import { LogoMark } from '@/components/logo';
import { MenuButton } from '@/components/menu-button';
import { ThemeToggle } from '@/components/theme-toggle';
import { HeaderSearch } from '@/features/discover/header-search';
import { useViewer } from '@/components/viewer';
import { NotificationBell } from './notification-bell';
import './shell.css';

export const SIDEBAR_COOKIE = 'tributary-sidebar';
const WIDE = '(min-width: 64rem)';

/**
 * The frame of every signed-in page. The sidebar is a column on wide screens (collapsible, remembered
 * in a cookie) and a drawer on narrow ones (Esc or a tap outside closes it; focus moves in and back).
 */
export function AppShell({
  theme,
  unreadNotifications,
  isCollapsedInitially,
  sidebar,
  children,
}: {
  theme: Theme;
  unreadNotifications: number;
  isCollapsedInitially: boolean;
  sidebar: ReactNode;
  children: ReactNode;
}) {
  const viewer = useViewer();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const [isCollapsed, setCollapsed] = useState(isCollapsedInitially);
  const menuButton = useRef<HTMLButtonElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);

  // Navigating closes the drawer.
  const location = `${pathname}?${searchParams.toString()}`;
  const [lastLocation, setLastLocation] = useState(location);
  if (location !== lastLocation) {
    setLastLocation(location);
    setDrawerOpen(false);
  }

  useEffect(() => {
    if (!isDrawerOpen) return;
    sidebarRef.current?.querySelector<HTMLElement>('a, button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDrawerOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isDrawerOpen]);

  const toggleSidebar = () => {
    if (window.matchMedia(WIDE).matches) {
      const next = !isCollapsed;
      setCollapsed(next);
      document.cookie = `${SIDEBAR_COOKIE}=${next ? 'collapsed' : 'open'}; Path=/; Max-Age=${60 * 60 * 24 * 400}; SameSite=Lax`;
    } else {
      setDrawerOpen((open) => !open);
    }
  };

  const logOut = async () => {
    try {
      await queryBrowser(LogOutMutation);
    } finally {
      router.replace('/login');
      router.refresh();
    }
  };

  return (
    <div
      className="app"
      data-drawer-open={isDrawerOpen || undefined}
      data-collapsed={isCollapsed || undefined}
    >
      <header className="app-header">
        <button
          ref={menuButton}
          type="button"
          className="icon-button"
          aria-controls="sidebar"
          aria-expanded={isDrawerOpen || !isCollapsed}
          onClick={toggleSidebar}
        >
          <Icon name={isDrawerOpen ? 'close' : 'menu'} />
          <span className="visually-hidden">Sidebar</span>
        </button>
        <Link href="/timeline" className="wordmark" aria-label="Tributary, your timeline">
          <LogoMark />
          <span className="wordmark__text">Tributary</span>
        </Link>
        <div className="app-header__spacer" />
        <HeaderSearch />
        <Link href="/search" className="icon-button header-search-link">
          <Icon name="search" />
          <span className="visually-hidden">Search</span>
        </Link>
        <Link href="/add" className="button button--small app-header__add">
          <Icon name="plus" size={18} />
          <span className="app-header__add-label">Add</span>
          <span className="visually-hidden"> a source</span>
        </Link>
        <NotificationBell initialCount={unreadNotifications} />
        <div className="app-header__theme">
          <ThemeToggle initialTheme={theme} />
        </div>
        {viewer ? (
          <MenuButton
            label={`Account menu for ${viewer.displayName}`}
            className="avatar-button"
            items={[
              { label: 'Your profile', onSelect: () => router.push(`/u/${viewer.handle}`) },
              { label: 'Notifications', onSelect: () => router.push('/notifications') },
              { label: 'Invites', onSelect: () => router.push('/invites') },
              { label: 'Settings', onSelect: () => router.push('/settings') },
              ...(viewer.role === 'ADMIN' ? [{ label: 'Admin', onSelect: () => router.push('/admin') }] : []),
              { label: 'Sign out', onSelect: () => void logOut() },
            ]}
          >
            <Avatar name={viewer.displayName} src={viewer.avatarUrl} size="sm" />
          </MenuButton>
        ) : null}
      </header>
      <div className="app-body">
        <aside id="sidebar" ref={sidebarRef} className="sidebar" aria-label="Sidebar">
          {sidebar}
        </aside>
        <div className="scrim" aria-hidden="true" onClick={() => setDrawerOpen(false)} />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
