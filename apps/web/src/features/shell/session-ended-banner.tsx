'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { onSessionEnded } from '@/lib/graphql/live';
import './session-ended-banner.css';

/**
 * Says so when the session ends elsewhere (signed out in another tab, session revoked): the live
 * streams find out first, and without this the page would look alive until the next click failed.
 */
export function SessionEndedBanner() {
  const [hasEnded, setEnded] = useState(false);
  const pathname = usePathname();
  const searchParams = useSearchParams();

  useEffect(() => onSessionEnded(() => setEnded(true)), []);

  if (!hasEnded) return null;
  const query = searchParams.toString();
  const next = `${pathname}${query ? `?${query}` : ''}`;
  return (
    <div className="session-ended" role="alert">
      <p className="session-ended__text">
        You were signed out.{' '}
        <Link href={`/login?next=${encodeURIComponent(next)}`} className="session-ended__link">
          Sign in again
        </Link>
      </p>
    </div>
  );
}
