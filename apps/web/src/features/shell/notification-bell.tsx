'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { subscribeLive } from '@/lib/graphql/live';
import { NotificationAddedSubscription, ViewerQuery } from './shell.graphql';
import { Icon } from '@/components/icons';

/** The bell in the header: unread count, kept live by the notificationAdded subscription. */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  const pathname = usePathname();

  // A fresh server render (navigation, refresh) knows the true count.
  const [lastInitial, setLastInitial] = useState(initialCount);
  if (initialCount !== lastInitial) {
    setLastInitial(initialCount);
    setCount(initialCount);
  }

  useEffect(
    () =>
      subscribeLive(NotificationAddedSubscription, {
        onData: () => setCount((value) => value + 1),
        onConnected: () => {
          queryBrowser(ViewerQuery).then(
            (data) => setCount(data.unreadNotificationsCount),
            () => undefined,
          );
        },
      }),
    [],
  );

  useEffect(() => {
    const onRead = (event: Event) => setCount((event as CustomEvent<number>).detail);
    window.addEventListener('tributary:notifications-count', onRead);
    return () => window.removeEventListener('tributary:notifications-count', onRead);
  }, []);

  const label = count > 0 ? `Notifications, ${count} unread` : 'Notifications';
  return (
    <Link
      href="/notifications"
      className="icon-button bell"
      aria-label={label}
      title={label}
      aria-current={pathname === '/notifications' ? 'page' : undefined}
    >
      <Icon name="bell" />
      {count > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
