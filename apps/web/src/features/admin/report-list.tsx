'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { ReportStatus, ReportsQuery } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { useToast } from '@/components/toast';
import { DismissReportMutation, RemoveCommentMutation } from './admin.graphql';
import { TimeAgo } from '@/components/time-ago';
import './admin.css';

type Report = ReportsQuery['reports']['edges'][number]['node'];

const TABS: { status: ReportStatus; label: string }[] = [
  { status: 'OPEN', label: 'Open' },
  { status: 'RESOLVED', label: 'Removed' },
  { status: 'DISMISSED', label: 'Dismissed' },
];

/** Reported comments, oldest first: read it in context, remove it (its author is told) or dismiss. */
export function ReportList({ initial, status }: { initial: Report[]; status: ReportStatus }) {
  const toast = useToast();
  const [reports, setReports] = useState(initial);
  const [busyId, setBusyId] = useState<string | null>(null);

  const act = async (report: Report, action: 'remove' | 'dismiss') => {
    setBusyId(report.id);
    try {
      if (action === 'remove' && report.comment) {
        await queryBrowser(RemoveCommentMutation, { variables: { id: report.comment.id } });
        toast('Comment removed; its author was told');
      } else {
        await queryBrowser(DismissReportMutation, { variables: { id: report.id } });
        toast('Report dismissed');
      }
      // Removing resolves every report of that comment.
      setReports((list) =>
        list.filter(
          (item) =>
            item.id !== report.id && (action === 'dismiss' || item.comment?.id !== report.comment?.id),
        ),
      );
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title" className="section-title">
        Reported comments
      </h2>
      <nav className="segmented segmented--text" aria-label="Report status">
        {TABS.map((tab) => (
          <Link
            key={tab.status}
            href={`/admin/reports?status=${tab.status}`}
            className="segmented__option"
            aria-current={tab.status === status ? 'page' : undefined}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {reports.length === 0 ? (
        <p className="empty-note">{status === 'OPEN' ? 'No open reports. All clear.' : 'Nothing here.'}</p>
      ) : (
        <ul className="rows">
          {reports.map((report) => (
            <li key={report.id} className="row row--top report">
              <Avatar
                name={report.comment?.author?.displayName ?? 'Deleted'}
                src={report.comment?.author?.avatarUrl}
                size="md"
              />
              <div className="row__main">
                <p className="row__title">
                  {report.comment?.author ? (
                    <Link href={`/u/${report.comment.author.handle}`}>
                      {report.comment.author.displayName}
                    </Link>
                  ) : (
                    'Deleted account'
                  )}
                  {report.comment?.removedAt ? <span className="status status--revoked">Removed</span> : null}
                </p>
                {report.comment ? (
                  <blockquote className="report__quote">
                    {report.comment.isTombstone ? '(deleted by its author)' : report.comment.body}
                  </blockquote>
                ) : (
                  <p className="muted">The comment no longer exists.</p>
                )}
                <p className="row__meta muted">
                  Reported by {report.reporter ? `@${report.reporter.handle}` : 'a deleted account'}{' '}
                  <TimeAgo iso={report.createdAt} />
                  {report.reason ? <> — “{report.reason}”</> : null}
                  {report.comment ? (
                    <>
                      {' '}
                      · on{' '}
                      <Link href={`/entries/${report.comment.entryId}#comment-${report.comment.id}`}>
                        {report.comment.entry.title || 'a post'}
                      </Link>
                    </>
                  ) : null}
                </p>
              </div>
              {report.status === 'OPEN' ? (
                <div className="row__actions">
                  {report.comment && !report.comment.removedAt ? (
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={busyId === report.id}
                      onClick={() => void act(report, 'remove')}
                    >
                      Remove comment
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={busyId === report.id}
                    onClick={() => void act(report, 'dismiss')}
                  >
                    Dismiss
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
