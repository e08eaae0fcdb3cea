import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { StatusPanel } from '@/components/status-panel';
import { fetchHealthReport } from '@/lib/health';
import { queryServer } from '@/lib/graphql/server';
import { ViewerQuery } from '@/features/shell/shell.graphql';

async function isSignedIn(): Promise<boolean> {
  try {
    return !!(await queryServer(ViewerQuery, { timeoutMs: 3_000 })).me;
  } catch {
    return false;
  }
}

export default async function HomePage() {
  // Rendered per request: the health is live and every response carries a fresh CSP nonce.
  await connection();
  const [report, signedIn] = await Promise.all([fetchHealthReport(), isSignedIn()]);
  if (signedIn) redirect('/timeline');

  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title" className="hero__title">
          Tributary
        </h1>
        <p className="hero__lede">
          A social reader: follow creators wherever they publish — blogs, newsletters, Substack, Telegram and
          X — read everything in one timeline, and talk about it with the people you follow.
        </p>
        <ul className="chip-list" aria-label="Where creators publish">
          {['Blogs & RSS', 'Newsletters', 'Substack', 'Telegram', 'X'].map((platform) => (
            <li key={platform} className="chip">
              {platform}
            </li>
          ))}
        </ul>
        <p className="hero__actions">
          <Link href="/login" className="button">
            Sign in
          </Link>
          <span className="muted">Tributary grows by invitation: ask a member for a link.</span>
        </p>
      </section>
      <StatusPanel report={report} />
    </div>
  );
}
