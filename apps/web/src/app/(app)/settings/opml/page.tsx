import type { Metadata } from 'next';
import { OpmlTools } from '@/features/settings/opml-tools';

export const metadata: Metadata = { title: 'Settings · Import & export' };

export default function OpmlSettingsPage() {
  return <OpmlTools />;
}
