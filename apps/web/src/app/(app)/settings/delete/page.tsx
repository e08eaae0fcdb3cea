import type { Metadata } from 'next';
import { DeleteAccount } from '@/features/settings/delete-account';
import { SettingsProfileQuery } from '@/features/settings/settings.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Delete account' };

export default async function DeleteSettingsPage() {
  const { me } = await queryServer(SettingsProfileQuery);
  if (!me) return null;
  return <DeleteAccount handle={me.handle} />;
}
