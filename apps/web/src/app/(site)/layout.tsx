import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';

/** Pages for visitors: the start page, sign-in and sign-up. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <>
      <SiteHeader theme={theme} />
      <main id="main" className="site-main container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>Tributary — one timeline for everyone you read.</p>
        </div>
      </footer>
    </>
  );
}
