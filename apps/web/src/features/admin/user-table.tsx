'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { AdminUsersQuery } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { formText, messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { VerifiedBadge } from '@/components/icons';
import { useToast } from '@/components/toast';
import { SuspendUserMutation, UnsuspendUserMutation } from './admin.graphql';
import { TimeAgo } from '@/components/time-ago';
import './admin.css';

type User = AdminUsersQuery['adminUsers']['edges'][number]['node'];

/** Every account (newest first) with a handle filter; suspend and lift suspensions. */
export function UserTable({
  initial,
  query,
  nextCursor,
  viewerId,
}: {
  initial: User[];
  query: string;
  nextCursor: string | null;
  viewerId: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [users, setUsers] = useState(initial);
  const [busyId, setBusyId] = useState<string | null>(null);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = formText(new FormData(event.currentTarget), 'q').trim().replace(/^@/, '');
    router.push(q ? `/admin/users?q=${encodeURIComponent(q)}` : '/admin/users');
  };

  const toggle = async (user: User) => {
    setBusyId(user.id);
    try {
      const next = user.suspendedAt
        ? (await queryBrowser(UnsuspendUserMutation, { variables: { id: user.id } })).unsuspendUser
        : (await queryBrowser(SuspendUserMutation, { variables: { id: user.id } })).suspendUser;
      setUsers((list) =>
        list.map((item) => (item.id === user.id ? { ...item, suspendedAt: next.suspendedAt ?? null } : item)),
      );
      toast(
        next.suspendedAt
          ? `${user.displayName} is suspended and signed out`
          : `${user.displayName} can sign in again`,
      );
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="users-title">
      <div className="section-head">
        <h2 id="users-title" className="section-title">
          People
        </h2>
        <form className="inline-search" role="search" onSubmit={search}>
          <label htmlFor="user-query" className="visually-hidden">
            Find by handle
          </label>
          <input
            id="user-query"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="Handle starts with…"
          />
          <button type="submit" className="button button--quiet button--small">
            Find
          </button>
        </form>
      </div>
      {users.length === 0 ? (
        <p className="empty-note">Nobody matches “{query}”.</p>
      ) : (
        <ul className="rows">
          {users.map((user) => (
            <li key={user.id} className={`row${user.suspendedAt ? ' row--muted' : ''}`}>
              <Avatar name={user.displayName} src={user.avatarUrl} size="md" />
              <div className="row__main">
                <p className="row__title">
                  <Link href={`/u/${user.handle}`}>{user.displayName}</Link>
                  {user.isVerifiedCreator ? <VerifiedBadge label="Verified creator" /> : null}
                  {user.role === 'ADMIN' ? <span className="badge badge--accent">Admin</span> : null}
                  {user.suspendedAt ? <span className="status status--revoked">Suspended</span> : null}
                </p>
                <p className="row__meta muted">
                  @{user.handle}
                  {user.email ? <> · {user.email}</> : null} · joined{' '}
                  <TimeAgo iso={user.createdAt} />
                  {user.invitedBy ? <> · invited by @{user.invitedBy.handle}</> : null}
                  {user.suspendedAt ? <> · suspended <TimeAgo iso={user.suspendedAt} /></> : null}
                </p>
              </div>
              {user.id === viewerId ? (
                <span className="muted">You</span>
              ) : (
                <button
                  type="button"
                  className={`button button--small${user.suspendedAt ? '' : ' button--quiet'}`}
                  disabled={busyId === user.id}
                  onClick={() => void toggle(user)}
                >
                  {user.suspendedAt ? 'Lift suspension' : 'Suspend'}
                  <span className="visually-hidden"> {user.displayName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <nav className="pager" aria-label="More people">
          <Link
            href={`/admin/users?${new URLSearchParams({ ...(query ? { q: query } : {}), after: nextCursor }).toString()}`}
            className="button button--quiet button--small"
          >
            Next page
          </Link>
        </nav>
      ) : null}
    </section>
  );
}
