'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { SourceKind } from '@/gql/graphql';
import { KIND_LABEL } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { UnreadCountsQuery } from './shell.graphql';
import { TIMELINE_VIEWS, timelineHref } from '@/lib/timeline-params';
import { Avatar } from '@/components/avatar';
import { READ_CHANGED_EVENT } from '@/features/entries/entry-actions';
import { Icon, VerifiedBadge } from '@/components/icons';
import { MenuButton } from '@/components/menu-button';
import { type RefreshState, useSourceRefresh } from '@/features/sources/use-source-refresh';
import { useToast } from '@/components/toast';

export interface SidebarSubscription {
  id: string;
  title: string;
  /** Unread entries, as the API counts them (it stops at 1000). */
  unreadCount: number;
  folderId: string | null;
  sourceId: string;
  kind: SourceKind;
  imageUrl: string | null;
  isVerified: boolean;
  isFailing: boolean;
  lastError: string | null;
}

export interface SidebarData {
  folders: { id: string; name: string }[];
  subscriptions: SidebarSubscription[];
}

const UNREAD_SHOWN_UP_TO = 999;

function countsOf(subscriptions: SidebarSubscription[]): Map<string, number> {
  return new Map(subscriptions.map((subscription) => [subscription.id, subscription.unreadCount]));
}

/**
 * Unread counts per subscription: from the server render, then re-read (one query for all of them)
 * shortly after anything marks entries read or unread.
 */
function useUnreadCounts(subscriptions: SidebarSubscription[]): Map<string, number> {
  const [base, setBase] = useState(subscriptions);
  const [counts, setCounts] = useState(() => countsOf(subscriptions));
  if (base !== subscriptions) {
    setBase(subscriptions);
    setCounts(countsOf(subscriptions));
  }
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        queryBrowser(UnreadCountsQuery).then(
          (data) => setCounts(new Map(data.subscriptions.map((item) => [item.id, item.unreadCount]))),
          () => undefined, // counts are a convenience: the next change tries again
        );
      }, 400);
    };
    window.addEventListener(READ_CHANGED_EVENT, refresh);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(READ_CHANGED_EVENT, refresh);
    };
  }, []);
  return counts;
}

function UnreadCount({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="side-link__unread">
      {count > UNREAD_SHOWN_UP_TO ? `${UNREAD_SHOWN_UP_TO}+` : count}
      <span className="visually-hidden"> unread</span>
    </span>
  );
}

function SourceLink({
  subscription,
  unread,
  isCurrent,
}: {
  subscription: SidebarSubscription;
  unread: number;
  isCurrent: boolean;
}) {
  return (
    <Link
      href={timelineHref({ source: subscription.sourceId })}
      className="side-link side-link--source"
      aria-current={isCurrent ? 'page' : undefined}
      title={
        subscription.isFailing
          ? `${subscription.title}: ${subscription.lastError ?? 'fetching fails'}`
          : subscription.title
      }
    >
      <Avatar name={subscription.title} src={subscription.imageUrl} size="xs" square />
      <span className="side-link__label">{subscription.title}</span>
      {subscription.isVerified ? <VerifiedBadge label="Verified source" /> : null}
      {subscription.isFailing ? (
        <span className="side-link__warn" title={subscription.lastError ?? 'Fetching fails'}>
          <Icon name="alert" size={14} />
          <span className="visually-hidden"> (fetching fails)</span>
        </span>
      ) : null}
      <span className="visually-hidden"> ({KIND_LABEL[subscription.kind]})</span>
      <UnreadCount count={unread} />
    </Link>
  );
}

/** A source in the sidebar with its menu: refresh it now (the result as a toast), open its page. */
function SourceItem(props: { subscription: SidebarSubscription; unread: number; isCurrent: boolean }) {
  const { subscription } = props;
  const toast = useToast();
  const onDone = useCallback(
    (state: RefreshState) => {
      if (state.phase === 'done') toast(`${subscription.title}: ${state.message}`, state.tone === 'error' ? 'error' : 'info');
      if (state.phase === 'failed') toast(`${subscription.title}: ${state.message}`, 'error');
    },
    [toast, subscription.title],
  );
  const { state, refresh } = useSourceRefresh(subscription.sourceId, onDone);
  return (
    <div className="side-source">
      <SourceLink {...props} />
      <MenuButton
        label={`Actions for ${subscription.title}`}
        className="icon-button icon-button--small side-source__menu"
        items={[
          {
            label: state.phase === 'running' ? 'Refreshing…' : 'Refresh',
            onSelect: () => {
              if (state.phase === 'running') return;
              toast(`Refreshing ${subscription.title}…`);
              void refresh();
            },
          },
          { label: 'Source page', href: `/sources/${subscription.sourceId}` },
        ]}
      >
        <Icon name="more" size={16} />
      </MenuButton>
    </div>
  );
}

/** Views, folders and sources; the current one is marked (aria-current) from the URL. */
export function Sidebar({ data }: { data: SidebarData }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const onTimeline = pathname === '/timeline';
  const view = params.get('view') ?? 'all';
  const folder = params.get('folder');
  const source = params.get('source');
  const isFiltered = !!folder || !!source;
  const loose = data.subscriptions.filter((subscription) => !subscription.folderId);
  const unread = useUnreadCounts(data.subscriptions);

  return (
    <nav className="sidebar__nav" aria-label="Reading">
      <h2 className="sidebar__heading">Views</h2>
      <ul className="side-list">
        {TIMELINE_VIEWS.map((item) => (
          <li key={item.key}>
            <Link
              href={timelineHref({ view: item.key })}
              className="side-link"
              aria-current={onTimeline && !isFiltered && view === item.key ? 'page' : undefined}
            >
              <Icon name={item.icon} size={18} />
              <span className="side-link__label">{item.label}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href="/starred"
            className="side-link"
            aria-current={pathname === '/starred' ? 'page' : undefined}
          >
            <Icon name="star" size={18} />
            <span className="side-link__label">Starred</span>
          </Link>
        </li>
        <li>
          <Link
            href="/discover"
            className="side-link"
            aria-current={pathname === '/discover' ? 'page' : undefined}
          >
            <Icon name="search" size={18} />
            <span className="side-link__label">Discover</span>
          </Link>
        </li>
      </ul>

      <h2 className="sidebar__heading">
        Sources <span className="sidebar__count">{data.subscriptions.length}</span>
      </h2>
      {data.subscriptions.length === 0 ? (
        <p className="sidebar__empty">
          Nothing yet. <Link href="/add">Add a source</Link> to fill your timeline.
        </p>
      ) : null}
      <ul className="side-list">
        {data.folders.map((item) => {
          const inFolder = data.subscriptions.filter((subscription) => subscription.folderId === item.id);
          return (
            <li key={item.id}>
              <details className="side-folder" open>
                <summary className="side-folder__summary">
                  <Icon name="chevron" size={14} className="side-folder__chevron" />
                  <span className="visually-hidden">Show or hide {item.name}</span>
                </summary>
                <Link
                  href={timelineHref({ folder: item.name })}
                  className="side-link side-link--folder"
                  aria-current={onTimeline && folder === item.name ? 'page' : undefined}
                >
                  <Icon name="folder" size={18} />
                  <span className="side-link__label">{item.name}</span>
                  <UnreadCount
                    count={inFolder.reduce((sum, subscription) => sum + (unread.get(subscription.id) ?? 0), 0)}
                  />
                </Link>
                <ul className="side-list side-list--nested">
                  {inFolder.map((subscription) => (
                    <li key={subscription.id}>
                      <SourceItem
                        subscription={subscription}
                        unread={unread.get(subscription.id) ?? 0}
                        isCurrent={onTimeline && source === subscription.sourceId}
                      />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
        {loose.map((subscription) => (
          <li key={subscription.id}>
            <SourceItem
              subscription={subscription}
              unread={unread.get(subscription.id) ?? 0}
              isCurrent={onTimeline && source === subscription.sourceId}
            />
          </li>
        ))}
      </ul>
      <Link href="/add" className="side-link side-link--add">
        <Icon name="plus" size={18} />
        <span className="side-link__label">Add a source</span>
      </Link>
    </nav>
  );
}
