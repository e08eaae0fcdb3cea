// The timeline's state lives in the URL (shareable, the back button works): view, unread, folder, source.
import type { TimelineFilter, TimelineView } from '@/gql/graphql';
import type { IconName } from '@/components/icons';

export type ViewKey = 'all' | 'articles' | 'social' | 'pictures' | 'videos' | 'audio';

export const TIMELINE_VIEWS: readonly { key: ViewKey; label: string; icon: IconName; api: TimelineView }[] = [
  { key: 'all', label: 'All', icon: 'all', api: 'ALL' },
  { key: 'articles', label: 'Articles', icon: 'article', api: 'ARTICLES' },
  { key: 'social', label: 'Social', icon: 'social', api: 'SOCIAL' },
  { key: 'pictures', label: 'Pictures', icon: 'picture', api: 'PICTURES' },
  { key: 'videos', label: 'Videos', icon: 'video', api: 'VIDEOS' },
  { key: 'audio', label: 'Audio', icon: 'audio', api: 'AUDIO' },
];

export interface TimelineParams {
  view: ViewKey;
  unread: boolean;
  folder: string | null;
  source: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | null {
  const one = Array.isArray(value) ? value[0] : value;
  return one && one.length > 0 ? one : null;
}

export function parseTimelineParams(params: SearchParams): TimelineParams {
  const view = first(params.view);
  return {
    view: TIMELINE_VIEWS.some((item) => item.key === view) ? (view as ViewKey) : 'all',
    unread: first(params.unread) === '1',
    folder: first(params.folder),
    source: first(params.source),
  };
}

export function toTimelineFilter(params: TimelineParams): TimelineFilter {
  return {
    view: TIMELINE_VIEWS.find((item) => item.key === params.view)?.api ?? 'ALL',
    unreadOnly: params.unread,
    ...(params.folder ? { folder: params.folder } : {}),
    ...(params.source ? { sourceId: params.source } : {}),
  };
}

/** The URL of a timeline; omitted parts take their defaults. */
export function timelineHref(params: Partial<TimelineParams>): string {
  const search = new URLSearchParams();
  if (params.view && params.view !== 'all') search.set('view', params.view);
  if (params.folder) search.set('folder', params.folder);
  if (params.source) search.set('source', params.source);
  if (params.unread) search.set('unread', '1');
  const query = search.toString();
  return query ? `/timeline?${query}` : '/timeline';
}
