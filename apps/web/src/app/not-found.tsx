import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="site-main container" tabIndex={-1}>
      <section className="card empty-state" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p>There is nothing at this address.</p>
        <Link href="/" className="button">
          Go to the start page
        </Link>
      </section>
    </main>
  );
}
