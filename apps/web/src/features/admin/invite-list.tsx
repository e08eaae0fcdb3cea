'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { getFragmentData } from '@/gql';
import type { InviteFieldsFragment, InviteStatus } from '@/gql/graphql';
import { fullDate, plural } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { nextCursorOf } from '@/lib/paging';
import { formText, messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { CopyButton } from '@/features/claims/copy-button';
import { FormError } from '@/components/form-error';
import { Icon } from '@/components/icons';
import { LoadMoreButton, useLoadMore } from '@/components/load-more';
import { useToast } from '@/components/toast';
import {
  AdminInvitesQuery,
  AdminRevokeInviteMutation,
  CreateInviteMutation,
  InviteFields,
  RevokeInviteMutation,
} from './admin.graphql';
import { TimeAgo } from '@/components/time-ago';
import './admin.css';

type Invite = InviteFieldsFragment;

const STATUS_LABEL: Record<InviteStatus, string> = {
  ACTIVE: 'Active',
  USED_UP: 'Used',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

function CreateInviteForm({ isAdmin, onCreated }: { isAdmin: boolean; onCreated: (invite: Invite) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const note = formText(form, 'note').trim();
    const maxUses = Number(formText(form, 'maxUses') || '1');
    const expiresInDays = Number(formText(form, 'expiresInDays') || '0');
    setBusy(true);
    setError(null);
    try {
      const data = await queryBrowser(CreateInviteMutation, {
        variables: {
          input: {
            ...(note ? { note } : {}),
            ...(isAdmin ? { maxUses, ...(expiresInDays > 0 ? { expiresInDays } : {}) } : {}),
          },
        },
      });
      onCreated(getFragmentData(InviteFields, data.createInvite));
      formElement.reset();
    } catch (caught) {
      setError(
        messageFor(caught, {
          FORBIDDEN: 'You have used all your invites for now.',
          RATE_LIMITED: 'You made several invites just now. Wait a minute.',
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby="new-invite-title">
      <h2 id="new-invite-title" className="section-title">
        Invite someone
      </h2>
      <p className="muted">
        Tributary grows by invitation. Make a code, send its link to one person, and see here when they join.
      </p>
      <FormError message={error} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="invite-note">Note (only you see it)</label>
          <input id="invite-note" name="note" maxLength={200} placeholder="For Sam, from the book club" />
        </div>
        {isAdmin ? (
          <>
            <div className="field">
              <label htmlFor="invite-uses">How many people</label>
              <input
                id="invite-uses"
                name="maxUses"
                type="number"
                min={1}
                max={1000}
                defaultValue={1}
                inputMode="numeric"
              />
            </div>
            <div className="field">
              <label htmlFor="invite-expiry">Expires after (days)</label>
              <input
                id="invite-expiry"
                name="expiresInDays"
                type="number"
                min={0}
                max={365}
                defaultValue={14}
                inputMode="numeric"
                aria-describedby="invite-expiry-hint"
              />
              <p id="invite-expiry-hint" className="field__hint">
                0 for the default.
              </p>
            </div>
          </>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isBusy}>
          <Icon name="plus" size={16} />
          {isBusy ? 'Creating…' : 'Create invite'}
        </button>
      </div>
    </form>
  );
}

/**
 * Invites, newest first: state, who joined with each, copy-link and revoke. `mode="admin"` lists
 * anyone's invites and revokes with the administrators' mutation.
 */
export function InviteList({
  initial,
  nextCursor = null,
  isAdmin,
  canCreate = true,
  mode = 'own',
}: {
  initial: Invite[];
  /** Admin mode: where the next page of everyone's invites starts (null: none). */
  nextCursor?: string | null;
  isAdmin: boolean;
  canCreate?: boolean;
  mode?: 'own' | 'admin';
}) {
  const toast = useToast();
  const list = useLoadMore({ nodes: initial, nextCursor }, async (after) => {
    const { adminInvites } = await queryBrowser(AdminInvitesQuery, { variables: { after } });
    return {
      nodes: adminInvites.edges.map((edge) => getFragmentData(InviteFields, edge.node)),
      nextCursor: nextCursorOf(adminInvites.pageInfo),
    };
  });
  const { items: invites, setItems: setInvites } = list;
  const [busyId, setBusyId] = useState<string | null>(null);

  const revoke = async (invite: Invite) => {
    setBusyId(invite.id);
    try {
      const revoked =
        mode === 'admin'
          ? (await queryBrowser(AdminRevokeInviteMutation, { variables: { id: invite.id } }))
              .adminRevokeInvite
          : (await queryBrowser(RevokeInviteMutation, { variables: { id: invite.id } })).revokeInvite;
      const next = getFragmentData(InviteFields, revoked);
      setInvites((list) => list.map((item) => (item.id === next.id ? next : item)));
      toast(`Invite ${invite.code} revoked`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      {canCreate ? (
        <CreateInviteForm isAdmin={isAdmin} onCreated={(invite) => setInvites((list) => [invite, ...list])} />
      ) : null}
      <section className="card" aria-labelledby="invites-title">
        <h2 id="invites-title" className="section-title">
          {mode === 'admin' ? 'Everyone’s invites' : 'Your invites'}
          {list.hasMore ? null : (
            <>
              {' '}
              <span className="muted section-title__count">{invites.length}</span>
            </>
          )}
        </h2>
        {invites.length === 0 ? (
          <p className="empty-note">No invites yet.</p>
        ) : (
          <ul className="rows">
            {invites.map((invite) => (
              <li key={invite.id} className="row invite">
                <div className="row__main">
                  <p className="row__title">
                    <code className="invite__code">{invite.code}</code>
                    <span className={`status status--${invite.status.toLowerCase()}`}>
                      {STATUS_LABEL[invite.status]}
                    </span>
                  </p>
                  <p className="row__meta muted">
                    {mode === 'admin' ? (
                      <>
                        {invite.createdBy ? (
                          <Link href={`/u/${invite.createdBy.handle}`}>@{invite.createdBy.handle}</Link>
                        ) : (
                          'First-run code'
                        )}{' '}
                        ·{' '}
                      </>
                    ) : null}
                    {invite.note ? <>{invite.note} · </> : null}
                    {invite.maxUses > 1 ? (
                      <>
                        {invite.usesCount} of {invite.maxUses} used ·{' '}
                      </>
                    ) : null}
                    Created <TimeAgo iso={invite.createdAt} hasTitle={false} />
                    {invite.expiresAt ? (
                      <>
                        {' '}
                        · {invite.status === 'EXPIRED' ? 'expired' : 'expires'}{' '}
                        <time dateTime={invite.expiresAt}>{fullDate(invite.expiresAt)}</time>
                      </>
                    ) : null}
                  </p>
                  {invite.usedBy.length > 0 ? (
                    <div className="invite__joined">
                      <span className="muted">Joined: </span>
                      <ul className="joined">
                        {invite.usedBy.map((user) => (
                          <li key={user.id}>
                            <Link href={`/u/${user.handle}`} className="joined__person">
                              <Avatar name={user.displayName} src={user.avatarUrl} size="xs" />
                              {user.displayName}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </div>
                <div className="row__actions">
                  {invite.status === 'ACTIVE' ? (
                    <>
                      <CopyButton
                        text={invite.url}
                        label="Copy link"
                        what={`the invite link for ${invite.code}`}
                      />
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        disabled={busyId === invite.id}
                        onClick={() => void revoke(invite)}
                      >
                        Revoke<span className="visually-hidden"> {invite.code}</span>
                      </button>
                    </>
                  ) : invite.usedBy.length === 0 ? null : (
                    <span className="muted">{plural(invite.usedBy.length, 'person', 'people')} joined</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {list.hasMore ? (
          <LoadMoreButton isLoading={list.isLoading} onClick={() => void list.loadMore()} what="invites" />
        ) : null}
      </section>
    </>
  );
}
