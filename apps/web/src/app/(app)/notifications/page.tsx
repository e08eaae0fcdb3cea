import type { Metadata } from 'next';
import { NotificationList } from '@/features/notifications/notification-list';
import { queryServer } from '@/lib/graphql/server';
import { NotificationsQuery } from '@/features/notifications/notifications.graphql';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const data = await queryServer(NotificationsQuery, { variables: { first: 30, after: null } });
  return (
    <div className="page page--narrow">
      <NotificationList
        initial={data.notifications.edges.map((edge) => edge.node)}
        pageInfo={data.notifications.pageInfo}
        unreadCount={data.unreadNotificationsCount}
      />
    </div>
  );
}
