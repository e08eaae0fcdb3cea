'use client';

import { useEffect } from 'react';

/** Shown instead of a page that failed to render; the header and theme stay in place. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="site-main container" tabIndex={-1}>
      <section className="card empty-state" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong</h1>
        <p>This page could not be shown. Trying again often helps.</p>
        {error.digest ? (
          <p className="muted">
            Reference: <code>{error.digest}</code>
          </p>
        ) : null}
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </section>
    </main>
  );
}
