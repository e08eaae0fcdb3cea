'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { SourceKind } from '@/gql/graphql';
import { KIND_LABEL } from '@/lib/format';
import { TIMELINE_VIEWS, timelineHref } from '@/lib/timeline-params';
import { Avatar } from '../avatar';
import { Icon, VerifiedBadge } from '../icons';

export interface SidebarSubscription {
  id: string;
  title: string;
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

function SourceLink({ subscription, isCurrent }: { subscription: SidebarSubscription; isCurrent: boolean }) {
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
    </Link>
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
                  <span className="sidebar__count">{inFolder.length}</span>
                </Link>
                <ul className="side-list side-list--nested">
                  {inFolder.map((subscription) => (
                    <li key={subscription.id}>
                      <SourceLink
                        subscription={subscription}
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
            <SourceLink
              subscription={subscription}
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
