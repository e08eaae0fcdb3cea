import type { Metadata } from 'next';
import { Timeline } from '@/features/timeline/timeline';
import { queryServer } from '@/lib/graphql/server';
import { unmaskEntryPage } from '@/features/entries/entries.graphql';
import { StarredQuery } from '@/features/timeline/timeline.graphql';

export const metadata: Metadata = { title: 'Starred' };

export default async function StarredPage() {
  const data = await queryServer(StarredQuery, { variables: { first: 20, after: null } });
  const { entries, pageInfo } = unmaskEntryPage(data.starred);
  return (
    <div className="page page--timeline">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Saved for later</p>
          <h1 className="page__title">Starred</h1>
        </div>
      </header>
      <Timeline
        initialEntries={entries}
        initialPageInfo={pageInfo}
        source={{ kind: 'starred' }}
        layout="mixed"
        label="Starred"
        isLive={false}
        marksReadOnScroll={false}
        empty={
          <div className="empty-state card">
            <h2>Nothing starred yet</h2>
            <p className="muted">Star what you want to keep: press s on an item, or the star under it.</p>
          </div>
        }
      />
    </div>
  );
}
