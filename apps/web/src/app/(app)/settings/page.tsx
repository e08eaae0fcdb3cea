import type { Metadata } from 'next';
import { ProfileForm } from '@/features/settings/profile-form';
import { SettingsProfileQuery } from '@/features/settings/settings.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Profile' };

export default async function ProfileSettingsPage() {
  const { me } = await queryServer(SettingsProfileQuery);
  if (!me) return null;
  return (
    <ProfileForm
      initial={{
        handle: me.handle,
        email: me.email ?? null,
        displayName: me.displayName,
        bio: me.bio,
        avatarUrl: me.avatarUrl ?? null,
      }}
    />
  );
}
