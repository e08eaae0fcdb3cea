'use client';

import { useState, type FormEvent } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { formText, messageFor } from '@/lib/ui-errors';
import { FormError } from '@/components/form-error';
import { ChangePasswordMutation } from './settings.graphql';

/** Current + new password (typed twice); every other session ends when it changes. */
export function PasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = formText(form, 'newPassword');
    setDone(false);
    if (newPassword !== formText(form, 'confirmPassword')) {
      setError('The two new passwords differ. Type the same one twice.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await queryBrowser(ChangePasswordMutation, {
        variables: { input: { currentPassword: formText(form, 'currentPassword'), newPassword } },
      });
      formElement.reset();
      setDone(true);
    } catch (caught) {
      setError(messageFor(caught, { UNAUTHENTICATED: 'Your current password is not right.' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby="password-title">
      <h2 id="password-title" className="section-title">
        Change your password
      </h2>
      <p className="muted">Changing it signs you out everywhere else; this browser stays signed in.</p>
      <FormError message={error} />
      {isDone ? (
        <p className="notice notice--ok" role="status">
          Password changed. Your other sessions have been signed out.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="currentPassword">Current password</label>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
        />
      </div>
      <div className="field">
        <label htmlFor="newPassword">New password</label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="field__hint">
          At least 10 characters. A few unrelated words make a strong one.
        </p>
      </div>
      <div className="field">
        <label htmlFor="confirmPassword">New password, again</label>
        <input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
