'use client';

import { ForwardedFrom } from '@/features/entries/forwarded-from';
import { ShareDialog } from '@/features/entries/share-dialog';
import { CommentsThread } from '@/features/comments/comments';
import type { EntryReader } from '@/features/entries/entries.graphql';
import type { CommentPage } from '@/features/comments/comments.graphql';
import { ReaderHeader, ReaderMedia, SharedByNote } from './reader-parts';
import { useEntryReader } from './use-entry-reader';

/**
 * An entry in full: source and author, the server-sanitized HTML (the only HTML rendered from source
 * content), media players, star / share / read actions (useEntryReader), and the comments thread.
 */
export function EntryReaderView({
  entry: initial,
  comments,
  headingLevel = 1,
  onChange,
}: {
  entry: EntryReader;
  comments: CommentPage;
  headingLevel?: 1 | 2;
  onChange?: (change: Partial<EntryReader>) => void;
}) {
  const { entry, isSharing, setSharing, toggleStar, markUnread, onShared } = useEntryReader(initial, onChange);

  return (
    <article className="reader" aria-labelledby={`reader-title-${entry.id}`}>
      <SharedByNote entry={entry} />
      <ReaderHeader
        entry={entry}
        headingLevel={headingLevel}
        onToggleStar={() => void toggleStar()}
        onShare={() => setSharing(true)}
        onMarkUnread={() => void markUnread()}
      />
      <ForwardedFrom forward={entry.forwardedFrom} />

      <ReaderMedia entry={entry} />
      {/* Sanitized by the server (packages/bridges sanitize.ts allowlist) before it was stored. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: entry.contentHtml }} />
      {entry.isPreview ? (
        <p className="notice">
          This is a preview: the full post is for paid subscribers.{' '}
          {entry.url ? (
            <a href={entry.url} target="_blank" rel="noopener noreferrer">
              Read it at the source
            </a>
          ) : null}
        </p>
      ) : null}

      <CommentsThread entryId={entry.id} initial={comments} count={entry.commentsCount} />

      <ShareDialog
        entry={isSharing ? entry : null}
        onClose={() => setSharing(false)}
        onChange={(_, shared) => onShared(shared)}
      />
    </article>
  );
}
