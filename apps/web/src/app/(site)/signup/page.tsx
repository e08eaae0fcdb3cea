import type { Metadata } from 'next';
import { SignupForm } from './signup-form';

export const metadata: Metadata = { title: 'Join Tributary' };

export default async function SignupPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const { invite } = await searchParams;
  return (
    <section className="auth card" aria-labelledby="signup-title">
      <h1 id="signup-title" className="auth__title">
        Join Tributary
      </h1>
      <p className="muted">
        {invite
          ? 'You were invited. Choose how people will see you.'
          : 'Tributary grows by invitation. Enter the code you were given.'}
      </p>
      <SignupForm invite={invite ?? ''} />
    </section>
  );
}
