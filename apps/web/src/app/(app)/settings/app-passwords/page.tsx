import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { AppPasswordList } from '@/features/app-passwords/app-password-list';
import { AppPasswordsQuery } from '@/features/app-passwords/app-passwords.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · App passwords' };

export default async function AppPasswordsSettingsPage() {
  const { appPasswords } = await queryServer(AppPasswordsQuery);
  const requestHeaders = await headers();
  const host = requestHeaders.get('host') ?? 'localhost';
  const protocol = requestHeaders.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return <AppPasswordList initial={appPasswords} origin={`${protocol}://${host}`} />;
}
