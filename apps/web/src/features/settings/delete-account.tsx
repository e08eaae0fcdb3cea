'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { formText, messageFor } from '@/lib/ui-errors';
import { Dialog } from '@/components/dialog';
import { FormError } from '@/components/form-error';
import { DeleteAccountMutation } from './settings.graphql';
import './settings.css';

/** Deleting an account: what goes and what stays, then a confirmation dialog asking for the password. */
export function DeleteAccount({ handle }: { handle: string }) {
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [typed, setTyped] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await queryBrowser(DeleteAccountMutation, { variables: { password: formText(form, 'password') } });
      router.replace('/?deleted=1');
      router.refresh();
    } catch (caught) {
      setError(
        messageFor(caught, {
          UNAUTHENTICATED: 'That password is not right.',
          FORBIDDEN: 'That password is not right.',
        }),
      );
      setBusy(false);
    }
  };

  return (
    <section className="card card--danger" aria-labelledby="delete-title">
      <h2 id="delete-title" className="section-title">
        Delete your account
      </h2>
      <p>This cannot be undone. When you delete your account:</p>
      <ul className="plain-list">
        <li>
          your profile, sessions, subscriptions, folders, follows, stars, read state and unused invites are
          deleted;
        </li>
        <li>
          your comments stay in their threads as “deleted” without your name, so replies still make sense;
        </li>
        <li>sources you verified become unclaimed, and your published feeds stop.</li>
      </ul>
      <p className="muted">
        Want a copy first? <Link href="/settings/data">Download your data</Link> or{' '}
        <Link href="/settings/opml">export your subscriptions</Link>.
      </p>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          Delete my account…
        </button>
      </div>
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title="Delete your account for good?"
        className="delete-dialog"
      >
        <form className="form" onSubmit={(event) => void submit(event)}>
          <p>
            Type your handle <strong>{handle}</strong> and your password to confirm.
          </p>
          <FormError message={error} />
          <div className="field">
            <label htmlFor="confirm-handle">Your handle</label>
            <input
              id="confirm-handle"
              name="handle"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="delete-password">Password</label>
            <input
              id="delete-password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
            />
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
              Keep my account
            </button>
            <button
              type="submit"
              className="button button--danger"
              disabled={isBusy || typed.trim().replace(/^@/, '').toLowerCase() !== handle.toLowerCase()}
            >
              {isBusy ? 'Deleting…' : 'Delete account'}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
