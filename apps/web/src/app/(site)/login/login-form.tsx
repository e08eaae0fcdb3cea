'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/form-error';
import { queryBrowser } from '@/lib/graphql/browser';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { LogInMutation } from './login.graphql';
import { formText, messageFor } from '@/lib/ui-errors';

/** Runs in the browser so the session cookie set by the API comes back through /graphql. */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await queryBrowser(LogInMutation, {
        variables: {
          input: {
            login: formText(form, 'login').trim(),
            password: formText(form, 'password'),
          },
        },
      });
      // Checked again here: this is the navigation that would leave the site.
      router.replace(safeRedirectPath(next));
      router.refresh();
    } catch (caught) {
      setError(
        messageFor(caught, {
          UNAUTHENTICATED: 'That email, handle or password is not right.',
          BAD_USER_INPUT: 'That email, handle or password is not right.',
          FORBIDDEN: 'This account is suspended.',
        }),
      );
      setBusy(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      aria-describedby={error ? 'login-error' : undefined}
    >
      <div className="field">
        <label htmlFor="login">Email or handle</label>
        <input
          id="login"
          name="login"
          autoComplete="username"
          required
          autoCapitalize="none"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <FormError id="login-error" message={error} />
      <button type="submit" className="button button--block" disabled={isBusy} aria-busy={isBusy}>
        {isBusy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="muted form__foot">
        New here? Tributary grows by invitation — open the link a member sent you, or{' '}
        <Link href="/signup">enter an invite code</Link>.
      </p>
    </form>
  );
}
