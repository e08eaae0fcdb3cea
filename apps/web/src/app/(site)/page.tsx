import { connection } from 'next/server';
import { StatusPanel } from '@/components/status-panel';
import { fetchHealthReport } from '@/lib/health';

export default async function HomePage() {
  // Rendered per request: the health is live and every response carries a fresh CSP nonce.
  await connection();
  const report = await fetchHealthReport();

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
      </section>
      <StatusPanel report={report} />
    </div>
  );
}
