'use client';

import { type FormEvent, useState } from 'react';
import type { AppPasswordsQuery } from '@/gql/graphql';
import { TimeAgo } from '@/components/time-ago';
import { fullDate } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { useToast } from '@/components/toast';
import { CreateAppPasswordMutation, RevokeAppPasswordMutation } from './app-passwords.graphql';
import './app-passwords.css';

type AppPassword = AppPasswordsQuery['appPasswords'][number];

/**
 * Passwords for reader apps (Google Reader and Fever APIs, docs/sync-api.md): create one per app — the
 * secret is shown once — see when each was last used, revoke what you no longer use.
 */
export function AppPasswordList({ initial, origin }: { initial: AppPassword[]; origin: string }) {
  const toast = useToast();
  const [passwords, setPasswords] = useState(initial);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = new FormData(form).get('name');
    const name = typeof value === 'string' ? value.trim() : '';
    setBusyId('new');
    try {
      const { createAppPassword } = await queryBrowser(CreateAppPasswordMutation, { variables: { input: { name } } });
      setPasswords((list) => [createAppPassword.appPassword, ...list]);
      setCreated({ name: createAppPassword.appPassword.name, secret: createAppPassword.secret });
      form.reset();
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  const revoke = async (password: AppPassword) => {
    setBusyId(password.id);
    try {
      await queryBrowser(RevokeAppPasswordMutation, { variables: { id: password.id } });
      setPasswords((list) => list.filter((item) => item.id !== password.id));
      toast(`Revoked “${password.name}”`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <form className="form card" onSubmit={(event) => void create(event)} aria-labelledby="app-passwords-title">
        <h2 id="app-passwords-title" className="section-title">
          App passwords
        </h2>
        <p className="muted">
          Reader apps such as NetNewsWire, Reeder or Read You sign in with an app password, never with your account
          password. Make one per app, so you can revoke it alone.
        </p>
        <dl className="app-passwords__endpoints muted">
          <dt>Google Reader API</dt>
          <dd>
            <code>{origin}/api/greader</code>
          </dd>
          <dt>Fever API</dt>
          <dd>
            <code>{origin}/api/fever/</code>
          </dd>
        </dl>
        {created ? (
          <div className="notice notice--ok" role="status">
            <p>
              The password for “{created.name}”. Copy it into the app now: it is not shown again.
            </p>
            <p className="app-passwords__secret">
              <code>{created.secret}</code>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => void navigator.clipboard?.writeText(created.secret).then(() => toast('Copied'))}
              >
                Copy
              </button>
            </p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="app-password-name">Which app is it for?</label>
          <input id="app-password-name" name="name" required maxLength={100} placeholder="Reeder on my phone" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busyId !== null}>
            {busyId === 'new' ? 'Creating…' : 'Create app password'}
          </button>
        </div>
      </form>
      <section className="card" aria-labelledby="app-passwords-list-title">
        <h2 id="app-passwords-list-title" className="section-title">
          Your app passwords
        </h2>
        {passwords.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="rows">
          {passwords.map((password) => (
            <li key={password.id} className="row">
              <div className="row__main">
                <p className="row__title">{password.name}</p>
                <p className="row__meta muted">
                  {password.lastUsedAt ? (
                    <>
                      Last used{' '}
                      <TimeAgo iso={password.lastUsedAt} />
                    </>
                  ) : (
                    'Never used'
                  )}{' '}
                  · Created <time dateTime={password.createdAt}>{fullDate(password.createdAt)}</time>
                  {password.expiresAt ? (
                    <>
                      {' '}
                      · Expires <time dateTime={password.expiresAt}>{fullDate(password.expiresAt)}</time>
                    </>
                  ) : null}
                </p>
              </div>
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={busyId !== null}
                onClick={() => void revoke(password)}
              >
                Revoke<span className="visually-hidden"> {password.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
