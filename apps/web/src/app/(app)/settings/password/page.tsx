import type { Metadata } from 'next';
import { PasswordForm } from '@/components/settings/password-form';

export const metadata: Metadata = { title: 'Settings · Password' };

export default function PasswordSettingsPage() {
  return <PasswordForm />;
}
