import type { Metadata } from 'next';
import type { ReportStatus } from '@/gql/graphql';
import { ReportsQuery } from '@/features/admin/admin.graphql';
import { ReportList } from '@/features/admin/report-list';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Admin · Reports' };

function parseStatus(value: string | undefined): ReportStatus {
  return value === 'RESOLVED' || value === 'DISMISSED' ? value : 'OPEN';
}

export default async function AdminReportsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string }>;
}) {
  const status = parseStatus((await searchParams).status);
  const { reports } = await queryServer(ReportsQuery, { variables: { status, after: null } });
  return <ReportList key={status} initial={reports.edges.map((edge) => edge.node)} status={status} />;
}
