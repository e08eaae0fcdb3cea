import type { Metadata } from 'next';
import { getFragmentData } from '@/gql';
import { InviteList } from '@/components/admin/invite-list';
import { InviteFields, MyInvitesQuery } from '@/components/admin/operations';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Admin · Invites' };

export default async function AdminInvitesPage() {
  const { myInvites } = await queryServer(MyInvitesQuery);
  return (
    <div className="stack">
      <p className="notice">
        Administrators make invites for many people with a cap and an expiry, and can revoke any invite. The
        API does not list other members’ invites yet, so this page shows yours.
      </p>
      <InviteList
        initial={myInvites.map((invite) => getFragmentData(InviteFields, invite))}
        isAdmin
        mode="admin"
      />
    </div>
  );
}
