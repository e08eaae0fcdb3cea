import type { Metadata } from 'next';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/timeline';
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
