'use client';

import { useEffect, useState } from 'react';
import { fullDate, postedAgo, timeAgo } from '@/lib/format';

/** How often a shown relative time is brought up to date. */
const TICK_MS = 60_000;

/**
 * A relative time ("5m ago") in a `<time>`. The server and the browser each say it against their own
 * clock, and those differ (a request's latency, a visitor's clock that is off), so the text is allowed
 * to differ at hydration (on this element only) and is said again against the browser's clock right
 * after, then once a minute.
 */
export function TimeAgo({
  iso,
  isPosted = false,
  hasTitle = true,
  className,
}: {
  iso: string | null | undefined;
  /** A posting time: one ahead of now reads "just now" (postedAgo). */
  isPosted?: boolean;
  /** Show the full date on hover. */
  hasTitle?: boolean;
  className?: string;
}) {
  const [now, setNow] = useState<number | undefined>(undefined);
  useEffect(() => {
    const first = setTimeout(() => setNow(Date.now()), 0);
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  if (!iso) return null;
  const say = isPosted ? postedAgo : timeAgo;
  return (
    <time className={className} dateTime={iso} title={hasTitle ? fullDate(iso) : undefined} suppressHydrationWarning>
      {say(iso, now)}
    </time>
  );
}
