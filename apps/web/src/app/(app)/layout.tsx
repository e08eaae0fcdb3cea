import type { ReactNode } from 'react';
import { AppFrame } from '@/features/shell/app-frame';

/** Every page of the signed-in app shares the shell (header, sidebar, toasts). */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <AppFrame>{children}</AppFrame>;
}
