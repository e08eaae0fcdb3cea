'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { TIMELINE_VIEWS, timelineHref, toTimelineFilter, type TimelineParams } from '@/lib/timeline-params';
import { messageFor } from '@/lib/ui-errors';
import { useToast } from '@/components/toast';
import { MarkAllReadMutation } from './timeline.graphql';

/** View tabs (phones see them here; the sidebar has them on wide screens), unread filter, mark all read. */
export function TimelineToolbar({ params }: { params: TimelineParams }) {
  const router = useRouter();
  const toast = useToast();
  const [isBusy, setBusy] = useState(false);

  const markAll = async () => {
    setBusy(true);
    try {
      const changed = await queryBrowser(MarkAllReadMutation, {
        variables: { filter: toTimelineFilter(params), before: new Date().toISOString() },
      });
      toast(changed.markAllRead === 1 ? '1 item marked read' : `${changed.markAllRead} items marked read`);
      router.refresh();
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar">
      {!params.folder && !params.source ? (
        <nav className="view-tabs" aria-label="Views">
          {TIMELINE_VIEWS.map((view) => (
            <Link
              key={view.key}
              href={timelineHref({ ...params, view: view.key })}
              className="view-tabs__tab"
              aria-current={params.view === view.key ? 'page' : undefined}
            >
              {view.label}
            </Link>
          ))}
        </nav>
      ) : null}
      <div className="segmented segmented--text" role="group" aria-label="Show">
        <Link
          href={timelineHref({ ...params, unread: false })}
          className="segmented__option"
          aria-current={!params.unread ? 'true' : undefined}
        >
          All
        </Link>
        <Link
          href={timelineHref({ ...params, unread: true })}
          className="segmented__option"
          aria-current={params.unread ? 'true' : undefined}
        >
          Unread
        </Link>
      </div>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => void markAll()}
        disabled={isBusy}
        aria-busy={isBusy}
      >
        Mark all read
      </button>
    </div>
  );
}
