import type { Metadata } from 'next';
import { getFragmentData } from '@/gql';
import { InviteList } from '@/features/admin/invite-list';
import { AdminInvitesQuery, InviteFields } from '@/features/admin/admin.graphql';
import { queryServer } from '@/lib/graphql/server';
import { nextCursorOf } from '@/lib/paging';

export const metadata: Metadata = { title: 'Admin · Invites' };

export default async function AdminInvitesPage() {
  const { adminInvites } = await queryServer(AdminInvitesQuery, { variables: { after: null } });
  return (
    <div className="stack">
      <p className="muted">
        Administrators make invites for many people with a cap and an expiry, and can revoke anyone’s invite.
      </p>
      <InviteList
        initial={adminInvites.edges.map((edge) => getFragmentData(InviteFields, edge.node))}
        nextCursor={nextCursorOf(adminInvites.pageInfo)}
        isAdmin
        mode="admin"
      />
    </div>
  );
}
