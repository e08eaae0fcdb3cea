import type { Metadata } from 'next';
import { SessionsQuery } from '@/components/settings/operations';
import { SessionList } from '@/components/settings/session-list';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Sessions' };

export default async function SessionsSettingsPage() {
  const { sessions } = await queryServer(SessionsQuery);
  return <SessionList initial={sessions} />;
}
