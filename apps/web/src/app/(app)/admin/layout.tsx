import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/features/admin/admin-nav';
import { AdminGateQuery } from '@/features/admin/admin.graphql';
import { queryServer } from '@/lib/graphql/server';

/** Administrators only: checked on the server from `me { role }`; everyone else gets a 404. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { me } = await queryServer(AdminGateQuery);
  if (me?.role !== 'ADMIN') notFound();
  return (
    <div className="page admin">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Administration</p>
          <h1 className="page__title">Admin</h1>
        </div>
      </header>
      <AdminNav />
      <div className="admin__body">{children}</div>
    </div>
  );
}
