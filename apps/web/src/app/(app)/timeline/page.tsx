import type { Metadata } from 'next';
import Link from 'next/link';
import { Timeline, type TimelineLayout } from '@/features/timeline/timeline';
import { TimelineToolbar } from '@/features/timeline/timeline-toolbar';
import { queryServer } from '@/lib/graphql/server';
import { unmaskEntryPage } from '@/features/entries/entries.graphql';
import { ShellQuery } from '@/features/shell/shell.graphql';
import { TimelineQuery } from '@/features/timeline/timeline.graphql';
import {
  parseTimelineParams,
  TIMELINE_VIEWS,
  timelineHref,
  toTimelineFilter,
  type ViewKey,
} from '@/lib/timeline-params';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LAYOUTS: Record<ViewKey, TimelineLayout> = {
  all: 'mixed',
  articles: 'articles',
  social: 'social',
  pictures: 'grid',
  videos: 'media',
  audio: 'media',
};

const EMPTY: Record<ViewKey, string> = {
  all: 'Nothing here yet.',
  articles: 'No articles yet.',
  social: 'No posts yet.',
  pictures: 'No pictures yet.',
  videos: 'No videos yet.',
  audio: 'No audio yet.',
};

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = parseTimelineParams(await searchParams);
  return { title: TIMELINE_VIEWS.find((view) => view.key === params.view)?.label ?? 'Timeline' };
}

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const params = parseTimelineParams(await searchParams);
  const filter = toTimelineFilter(params);
  const [data, shell] = await Promise.all([
    queryServer(TimelineQuery, { variables: { first: 20, after: null, filter } }),
    params.source ? queryServer(ShellQuery) : Promise.resolve(null),
  ]);
  const view = TIMELINE_VIEWS.find((item) => item.key === params.view) ?? TIMELINE_VIEWS[0]!;
  const sourceTitle = params.source
    ? shell?.subscriptions.find((item) => item.source.id === params.source)?.title
    : null;
  const title = params.source ? (sourceTitle ?? 'Source') : params.folder ? params.folder : view.label;
  const { entries, pageInfo } = unmaskEntryPage(data.timeline);
  const key = timelineHref(params);

  return (
    <div className="page page--timeline">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">{params.source ? 'Source' : params.folder ? 'Folder' : 'Timeline'}</p>
          <h1 className="page__title">{title}</h1>
        </div>
        <TimelineToolbar params={params} />
      </header>
      <Timeline
        key={key}
        initialEntries={entries}
        initialPageInfo={pageInfo}
        source={{ kind: 'timeline', filter }}
        layout={LAYOUTS[params.view]}
        label={`${title}${params.unread ? ', unread only' : ''}`}
        empty={
          <div className="empty-state card">
            <h2>{params.unread ? 'All read' : EMPTY[params.view]}</h2>
            <p className="muted">
              {params.unread
                ? 'You have read everything here. New posts appear as they arrive.'
                : 'Follow blogs, newsletters, Telegram channels and X accounts, and what they publish lands here.'}
            </p>
            {params.unread ? (
              <Link href={timelineHref({ ...params, unread: false })} className="button button--quiet">
                Show everything
              </Link>
            ) : (
              <Link href="/add" className="button">
                Add a source
              </Link>
            )}
          </div>
        }
      />
    </div>
  );
}
