import type { Metadata } from 'next';
import { getFragmentData } from '@/gql';
import { InviteList } from '@/features/admin/invite-list';
import { InviteFields, MyInvitesQuery } from '@/features/admin/admin.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Invites' };

export default async function InvitesPage() {
  const { myInvites, me } = await queryServer(MyInvitesQuery);
  return (
    <div className="page page--narrow stack">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Grow Tributary</p>
          <h1 className="page__title">Invites</h1>
        </div>
      </header>
      <InviteList
        initial={myInvites.map((invite) => getFragmentData(InviteFields, invite))}
        isAdmin={me?.role === 'ADMIN'}
      />
    </div>
  );
}
