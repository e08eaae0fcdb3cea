import type { ReactNode } from 'react';
import { AppFrame } from '@/features/shell/app-frame';
import { queryServer } from '@/lib/graphql/server';
import { ViewerQuery } from '@/features/shell/shell.graphql';
import SiteLayout from '../(site)/layout';

async function isSignedIn(): Promise<boolean> {
  try {
    return !!(await queryServer(ViewerQuery)).me;
  } catch {
    return false;
  }
}

/** Profiles are public: members see them in the app shell, visitors in the site frame. */
export default async function ProfileLayout({ children }: { children: ReactNode }) {
  return (await isSignedIn()) ? <AppFrame>{children}</AppFrame> : <SiteLayout>{children}</SiteLayout>;
}
