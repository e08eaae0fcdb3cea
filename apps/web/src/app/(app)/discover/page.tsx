import type { Metadata } from 'next';
import { DiscoverView } from '@/features/discover/discover-view';
import { DiscoverQuery } from '@/features/discover/discover.graphql';
import { queryServer } from '@/lib/graphql/server';
import '@/features/discover/discover.css';

export const metadata: Metadata = { title: 'Discover' };

export default async function DiscoverPage({ searchParams }: { searchParams: Promise<{ window?: string }> }) {
  const window = (await searchParams).window === 'week' ? 'WEEK' : 'DAY';
  const data = await queryServer(DiscoverQuery, { variables: { window } });
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Find more</p>
          <h1 className="page__title">Discover</h1>
          <p className="muted page__lede">
            What the people you follow read, and what everyone here is talking about.
          </p>
        </div>
      </header>
      <DiscoverView key={window} discover={data.discover} trending={data.trending} window={window} />
    </div>
  );
}
