'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { unmaskEntryReader, type EntryReader } from '@/features/entries/entries.graphql';
import { unmaskCommentPage, type CommentPage } from '@/features/comments/comments.graphql';
import { EntryQuery } from './reader.graphql';
import { messageFor } from '@/lib/ui-errors';
import { Icon } from '@/components/icons';
import { EntryReaderView } from './entry-reader';

type State =
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; entry: EntryReader; comments: CommentPage }
  | { status: 'failed'; id: string; message: string };

/** The reader beside the timeline on wide screens (narrow screens open /entries/[id] instead). */
export function EntryPanel({
  id,
  onClose,
  onChange,
}: {
  id: string;
  onClose: () => void;
  onChange: (change: Partial<EntryReader>) => void;
}) {
  const [state, setState] = useState<State>({ status: 'loading', id });
  const panel = useRef<HTMLElement>(null);
  if (state.id !== id) setState({ status: 'loading', id });

  useEffect(() => {
    const controller = new AbortController();
    queryBrowser(EntryQuery, { variables: { id }, signal: controller.signal }).then(
      (data) => {
        setState({
          status: 'ready',
          id,
          entry: unmaskEntryReader(data.entry),
          comments: unmaskCommentPage(data.entry.comments),
        });
        panel.current?.scrollTo({ top: 0 });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', id, message: messageFor(error) });
      },
    );
    return () => controller.abort();
  }, [id]);

  return (
    <aside ref={panel} className="reader-panel" aria-label="Reader" aria-busy={state.status === 'loading'}>
      <div className="reader-panel__bar">
        <button type="button" className="icon-button" onClick={onClose}>
          <Icon name="close" />
          <span className="visually-hidden">Close the reader (Esc)</span>
        </button>
        <Link href={`/entries/${id}`} className="button button--quiet button--small">
          Open as a page
        </Link>
      </div>
      {state.status === 'loading' ? (
        <div className="skeleton" role="status">
          <span className="visually-hidden">Loading the entry…</span>
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__line skeleton__line--title" />
          <div className="skeleton__line" />
          <div className="skeleton__line" />
          <div className="skeleton__line skeleton__line--short" />
        </div>
      ) : state.status === 'failed' ? (
        <p className="form__error" role="alert">
          {state.message}
        </p>
      ) : (
        <EntryReaderView entry={state.entry} comments={state.comments} headingLevel={2} onChange={onChange} />
      )}
    </aside>
  );
}
