'use client';

import { useRouter } from 'next/navigation';
import { useTransition, type ReactNode } from 'react';

/** Re-renders the current page's server components (fresh data) without a full reload. */
export function RefreshButton({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-busy={isPending}
      disabled={isPending}
      onClick={() => startTransition(() => router.refresh())}
    >
      {children}
    </button>
  );
}
