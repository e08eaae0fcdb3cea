import type { Metadata } from 'next';
import { AdminGateQuery, AdminUsersQuery } from '@/features/admin/admin.graphql';
import { UserTable } from '@/features/admin/user-table';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Admin · People' };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; after?: string }>;
}) {
  const { q = '', after } = await searchParams;
  const [{ adminUsers }, { me }] = await Promise.all([
    queryServer(AdminUsersQuery, { variables: { query: q || null, after: after ?? null } }),
    queryServer(AdminGateQuery),
  ]);
  return (
    <UserTable
      key={`${q}:${after ?? ''}`}
      initial={adminUsers.edges.map((edge) => edge.node)}
      query={q}
      nextCursor={adminUsers.pageInfo.hasNextPage ? (adminUsers.pageInfo.endCursor ?? null) : null}
      viewerId={me?.id ?? ''}
    />
  );
}
