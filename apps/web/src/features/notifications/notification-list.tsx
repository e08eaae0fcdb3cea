'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { NotificationsQuery as NotificationsData } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { TimeAgo } from '@/components/time-ago';
import { MarkNotificationsReadMutation, NotificationsQuery } from './notifications.graphql';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { Icon } from '@/components/icons';
import { useToast } from '@/components/toast';

type Item = NotificationsData['notifications']['edges'][number]['node'];

function describe(item: Item): { text: string; href: string | null } {
  const who = item.actor?.displayName ?? 'Someone';
  const entryHref = item.entry ? `/entries/${item.entry.id}` : null;
  const commentHref = item.comment
    ? `/entries/${item.comment.entryId}#comment-${item.comment.id}`
    : entryHref;
  const entryTitle = item.entry?.title ? `“${item.entry.title}”` : 'a post';
  const claimSource = item.claim?.source.title ?? item.source?.title ?? 'a source';
  switch (item.type) {
    case 'REPLY':
      return { text: `${who} replied to your comment on ${entryTitle}`, href: commentHref };
    case 'MENTION':
      return { text: `${who} mentioned you on ${entryTitle}`, href: commentHref };
    case 'NEW_FOLLOWER':
      return { text: `${who} followed you`, href: item.actor ? `/u/${item.actor.handle}` : null };
    case 'SHARE':
      return { text: `${who} shared ${entryTitle}, which you commented on`, href: entryHref };
    case 'INVITE_REDEEMED':
      return {
        text: `${who} joined Tributary with your invite`,
        href: item.actor ? `/u/${item.actor.handle}` : null,
      };
    case 'CLAIM_VERIFIED':
      return { text: `You are now the verified owner of ${claimSource}`, href: '/settings/claims' };
    case 'CLAIM_FAILED':
      return {
        text: `Verifying ${claimSource} failed${item.claim?.failureReason ? `: ${item.claim.failureReason}` : ''}`,
        href: '/settings/claims',
      };
    case 'CLAIM_EXPIRED':
      return { text: `Your claim on ${claimSource} expired`, href: '/settings/claims' };
    case 'CLAIM_LOST':
      return { text: `Someone else proved they own ${claimSource}`, href: '/settings/claims' };
    case 'CLAIM_REVOKED':
      return { text: `An administrator revoked your claim on ${claimSource}`, href: '/settings/claims' };
    case 'COMMENT_REMOVED':
      return { text: `An administrator removed your comment on ${entryTitle}`, href: entryHref };
  }
}

export function NotificationList({
  initial,
  pageInfo: initialPageInfo,
  unreadCount,
}: {
  initial: Item[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  unreadCount: number;
}) {
  const toast = useToast();
  const [items, setItems] = useState(initial);
  const [pageInfo, setPageInfo] = useState(initialPageInfo);
  const [unread, setUnread] = useState(unreadCount);
  const [isBusy, setBusy] = useState(false);

  const announce = (count: number) =>
    window.dispatchEvent(new CustomEvent('tributary:notifications-count', { detail: count }));

  const markAll = async () => {
    setBusy(true);
    try {
      await queryBrowser(MarkNotificationsReadMutation, { variables: { all: true, ids: null } });
      setItems((list) => list.map((item) => ({ ...item, isRead: true })));
      setUnread(0);
      announce(0);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  const markOne = (item: Item) => {
    if (item.isRead) return;
    setItems((list) => list.map((other) => (other.id === item.id ? { ...other, isRead: true } : other)));
    const next = Math.max(0, unread - 1);
    setUnread(next);
    announce(next);
    void queryBrowser(MarkNotificationsReadMutation, { variables: { ids: [item.id], all: null } }).catch(
      () => undefined,
    );
  };

  const loadMore = async () => {
    setBusy(true);
    try {
      const data = await queryBrowser(NotificationsQuery, {
        variables: { first: 30, after: pageInfo.endCursor ?? null },
      });
      setItems((list) => [...list, ...data.notifications.edges.map((edge) => edge.node)]);
      setPageInfo(data.notifications.pageInfo);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Activity</p>
          <h1 className="page__title">Notifications</h1>
          <p className="muted">{unread > 0 ? `${unread} unread` : 'All caught up'}</p>
        </div>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={isBusy || unread === 0}
          onClick={() => void markAll()}
        >
          <Icon name="check" size={16} /> Mark all read
        </button>
      </header>
      {items.length === 0 ? (
        <div className="empty-state card">
          <h2>No notifications yet</h2>
          <p className="muted">
            Replies, mentions, new followers and shares of what you discussed show up here.
          </p>
        </div>
      ) : (
        <ol className="notifications card" aria-label="Notifications">
          {items.map((item) => {
            const { text, href } = describe(item);
            const body = (
              <>
                <Avatar name={item.actor?.displayName ?? 'Tributary'} src={item.actor?.avatarUrl} size="md" />
                <span className="notification__text">
                  {!item.isRead ? <span className="visually-hidden">Unread: </span> : null}
                  {text}
                  {item.comment?.body ? (
                    <span className="notification__quote">{item.comment.body}</span>
                  ) : null}
                  <TimeAgo className="notification__time" iso={item.createdAt} />
                </span>
                {!item.isRead ? <span className="dot" aria-hidden="true" /> : null}
              </>
            );
            return (
              <li key={item.id} className={`notification${item.isRead ? '' : ' notification--unread'}`}>
                {href ? (
                  <Link href={href} className="notification__link" onClick={() => markOne(item)}>
                    {body}
                  </Link>
                ) : (
                  <button type="button" className="notification__link" onClick={() => markOne(item)}>
                    {body}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={isBusy}
          onClick={() => void loadMore()}
        >
          Older notifications
        </button>
      ) : null}
    </>
  );
}
