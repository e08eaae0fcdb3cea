import type { Metadata } from 'next';
import { PasswordForm } from '@/features/settings/password-form';

export const metadata: Metadata = { title: 'Settings · Password' };

export default function PasswordSettingsPage() {
  return <PasswordForm />;
}
