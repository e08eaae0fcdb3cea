import type { Metadata } from 'next';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  // Only a path on this origin; anything else (`/\evil.example`, `/%09/evil.example`, …) → the timeline.
  const target = safeRedirectPath(next);
  return (
    <section className="auth card" aria-labelledby="login-title">
      <h1 id="login-title" className="auth__title">
        Sign in
      </h1>
      <p className="muted">Welcome back. Use your email address or your handle.</p>
      <LoginForm next={target} />
    </section>
  );
}
