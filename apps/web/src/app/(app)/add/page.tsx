import type { Metadata } from 'next';
import { AddSource } from '@/features/add-source/add-source';

export const metadata: Metadata = { title: 'Add a source' };

export default async function AddPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Follow</p>
          <h1 className="page__title">Add a source</h1>
          <p className="muted page__lede">
            Paste the address of a blog, a feed, a newsletter, a Substack, a public Telegram channel or an X
            account. You will see what it is before you subscribe.
          </p>
        </div>
      </header>
      <AddSource initialInput={q ?? ''} />
    </div>
  );
}
