'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { formText, messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { FormError } from '@/components/form-error';
import { useToast } from '@/components/toast';
import { UpdateProfileMutation } from './settings.graphql';
import './settings.css';

export interface ProfileValues {
  handle: string;
  email: string | null;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
}

/** Display name, bio and avatar URL (updateProfile); the avatar preview follows the field. */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const router = useRouter();
  const toast = useToast();
  const [avatarUrl, setAvatarUrl] = useState(initial.avatarUrl ?? '');
  const [name, setName] = useState(initial.displayName);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const preview = /^https:\/\/\S+$/.test(avatarUrl.trim()) ? avatarUrl.trim() : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await queryBrowser(UpdateProfileMutation, {
        variables: {
          input: {
            displayName: formText(form, 'displayName').trim(),
            bio: formText(form, 'bio').trim(),
            avatarUrl: formText(form, 'avatarUrl').trim() || null,
          },
        },
      });
      toast('Profile saved');
      router.refresh();
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby="profile-title">
      <h2 id="profile-title" className="section-title">
        Profile
      </h2>
      <div className="profile-edit__identity">
        <Avatar name={name || initial.handle} src={preview} size="lg" />
        <p className="muted">
          @{initial.handle}
          {initial.email ? <> · {initial.email}</> : null}
        </p>
      </div>
      <FormError message={error} />
      <div className="field">
        <label htmlFor="displayName">Display name</label>
        <input
          id="displayName"
          name="displayName"
          required
          maxLength={60}
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="bio">Bio</label>
        <textarea
          id="bio"
          name="bio"
          rows={4}
          maxLength={500}
          defaultValue={initial.bio}
          aria-describedby="bio-hint"
        />
        <p id="bio-hint" className="field__hint">
          A few words about you, shown on your profile. Up to 500 characters.
        </p>
      </div>
      <div className="field">
        <label htmlFor="avatarUrl">Avatar URL</label>
        <input
          id="avatarUrl"
          name="avatarUrl"
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={avatarUrl}
          onChange={(event) => setAvatarUrl(event.target.value)}
          aria-describedby="avatar-hint"
        />
        <p id="avatar-hint" className="field__hint">
          The https address of a square picture. Leave it empty to show your initials.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
