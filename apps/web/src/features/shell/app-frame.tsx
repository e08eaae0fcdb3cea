import 'server-only';
// First, so that the features' own CSS (imported by their components below) comes after it.
import '@/components/page-pieces.css';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getFragmentData } from '@/gql';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { ShellQuery, ViewerFields } from './shell.graphql';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import { ToastProvider } from '@/components/toast';
import { ViewerProvider } from '@/components/viewer';
import { AppShell, SIDEBAR_COOKIE } from './app-shell';
import { SessionEndedBanner } from './session-ended-banner';
import { Sidebar, type SidebarData } from './sidebar';

async function loadShell() {
  try {
    return await queryServer(ShellQuery);
  } catch (error) {
    if (isGraphQLRequestError(error) && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/** Where to come back to after signing in: the page asked for (proxy.ts passes it as x-url). */
export async function loginRedirect(): Promise<never> {
  const url = safeRedirectPath((await headers()).get('x-url'), '');
  redirect(url ? `/login?next=${encodeURIComponent(url)}` : '/login');
}

/** The signed-in app: header, sidebar (drawer on phones), and the page. Sends visitors to sign in. */
export async function AppFrame({ children }: { children: ReactNode }) {
  const [data, jar] = await Promise.all([loadShell(), cookies()]);
  if (!data?.me) return loginRedirect();
  const me = getFragmentData(ViewerFields, data.me);
  const theme = parseTheme(jar.get(THEME_COOKIE)?.value);
  const sidebar: SidebarData = {
    folders: data.folders.map((folder) => ({ id: folder.id, name: folder.name })),
    subscriptions: data.subscriptions.map((subscription) => ({
      id: subscription.id,
      title: subscription.title,
      unreadCount: subscription.unreadCount,
      folderId: subscription.folder?.id ?? null,
      sourceId: subscription.source.id,
      kind: subscription.source.kind,
      imageUrl: subscription.source.imageUrl ?? null,
      isVerified: subscription.source.isVerified,
      isFailing:
        subscription.source.health.status === 'FAILING' || subscription.source.health.status === 'GONE',
      lastError: subscription.source.health.lastError ?? null,
    })),
  };
  return (
    <ViewerProvider viewer={{ ...me, avatarUrl: me.avatarUrl ?? null }}>
      <ToastProvider>
        <AppShell
          theme={theme}
          unreadNotifications={data.unreadNotificationsCount}
          isCollapsedInitially={jar.get(SIDEBAR_COOKIE)?.value === 'collapsed'}
          sidebar={<Sidebar data={sidebar} />}
        >
          {children}
        </AppShell>
        <SessionEndedBanner />
      </ToastProvider>
    </ViewerProvider>
  );
}
