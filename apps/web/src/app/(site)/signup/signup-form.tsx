'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/form-error';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryBrowser } from '@/lib/graphql/browser';
import { SignUpMutation } from './signup.graphql';
import { formText, messageFor } from '@/lib/ui-errors';

type Field = 'inviteCode' | 'displayName' | 'handle' | 'email' | 'password';

const FIELDS: readonly Field[] = ['inviteCode', 'displayName', 'handle', 'email', 'password'];

/** Which field an API error is about: the `field:` it starts with, else the first field it names. */
function fieldOf(message: string): Field | null {
  const prefix = FIELDS.find((field) => message.startsWith(`${field}:`));
  if (prefix) return prefix;
  const lower = message.toLowerCase();
  if (lower.includes('invite')) return 'inviteCode';
  if (lower.includes('handle')) return 'handle';
  if (lower.includes('email')) return 'email';
  if (lower.includes('password')) return 'password';
  if (lower.includes('name')) return 'displayName';
  return null;
}

export function SignupForm({ invite }: { invite: string }) {
  const router = useRouter();
  const [error, setError] = useState<{ message: string; field: Field | null } | null>(null);
  const [isBusy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => formText(form, name).trim();
    setBusy(true);
    setError(null);
    try {
      await queryBrowser(SignUpMutation, {
        variables: {
          input: {
            inviteCode: value('inviteCode'),
            displayName: value('displayName'),
            handle: value('handle').replace(/^@/, ''),
            email: value('email'),
            password: formText(form, 'password'),
          },
        },
      });
      router.replace('/welcome');
      router.refresh();
    } catch (caught) {
      const message = messageFor(caught, {
        INVITE_INVALID:
          'This invite code is not valid any more: it may be used up, expired or revoked. Ask for a new one.',
      });
      const field =
        isGraphQLRequestError(caught) && caught.code === 'INVITE_INVALID' ? 'inviteCode' : fieldOf(message);
      setError({ message, field });
      setBusy(false);
    }
  };

  const invalid = (field: Field) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'signup-error' } : {};

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor="inviteCode">Invite code</label>
        <input
          id="inviteCode"
          name="inviteCode"
          defaultValue={invite}
          required
          autoCapitalize="none"
          spellCheck={false}
          {...invalid('inviteCode')}
        />
      </div>
      <div className="field">
        <label htmlFor="displayName">Name</label>
        <input
          id="displayName"
          name="displayName"
          autoComplete="name"
          required
          maxLength={100}
          {...invalid('displayName')}
        />
      </div>
      <div className="field">
        <label htmlFor="handle">Handle</label>
        <div className="input-prefix">
          <span aria-hidden="true">@</span>
          <input
            id="handle"
            name="handle"
            autoComplete="username"
            required
            pattern="@?[A-Za-z0-9_]{3,30}"
            aria-describedby="handle-hint"
            autoCapitalize="none"
            spellCheck={false}
            {...invalid('handle')}
          />
        </div>
        <p id="handle-hint" className="field__hint">
          3–30 letters, digits or underscores. Your profile will be at /u/handle.
        </p>
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required {...invalid('email')} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          aria-describedby="password-hint"
          {...invalid('password')}
        />
        <p id="password-hint" className="field__hint">
          At least 8 characters; common passwords and ones built from your handle, email or name are refused.
        </p>
      </div>
      <FormError id="signup-error" message={error?.message} />
      <button type="submit" className="button button--block" disabled={isBusy} aria-busy={isBusy}>
        {isBusy ? 'Creating your account…' : 'Create account'}
      </button>
      <p className="muted form__foot">
        Already a member? <Link href="/login">Sign in</Link>
      </p>
    </form>
  );
}
