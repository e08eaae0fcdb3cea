import type { Metadata } from 'next';
import { SessionsQuery } from '@/features/settings/settings.graphql';
import { SessionList } from '@/features/settings/session-list';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Sessions' };

export default async function SessionsSettingsPage() {
  const { sessions } = await queryServer(SessionsQuery);
  return <SessionList initial={sessions} />;
}
