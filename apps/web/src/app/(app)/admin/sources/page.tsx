import type { Metadata } from 'next';
import { SourceHealthQuery } from '@/components/admin/operations';
import { SourceHealthTable } from '@/components/admin/source-health';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Admin · Source health' };

export default async function AdminSourcesPage() {
  const { subscriptions } = await queryServer(SourceHealthQuery);
  return <SourceHealthTable initial={subscriptions.map((subscription) => subscription.source)} />;
}
