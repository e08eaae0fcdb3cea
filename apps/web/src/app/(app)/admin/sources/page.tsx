import type { Metadata } from 'next';
import type { SourceStatus } from '@/gql/graphql';
import { SourceHealthQuery } from '@/features/admin/admin.graphql';
import { SourceHealthTable } from '@/features/admin/source-health';
import { queryServer } from '@/lib/graphql/server';
import { nextCursorOf } from '@/lib/paging';

export const metadata: Metadata = { title: 'Admin · Source health' };

const STATUSES: readonly SourceStatus[] = ['FAILING', 'GONE', 'PENDING', 'OK'];

function parseStatus(value: string | undefined): SourceStatus | null {
  return STATUSES.find((status) => status === value) ?? null;
}

export default async function AdminSourcesPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const status = parseStatus((await searchParams).status);
  const { adminSources } = await queryServer(SourceHealthQuery, { variables: { status, after: null } });
  return (
    <SourceHealthTable
      key={status ?? 'ALL'}
      initial={adminSources.edges.map((edge) => edge.node)}
      nextCursor={nextCursorOf(adminSources.pageInfo)}
      status={status}
    />
  );
}
