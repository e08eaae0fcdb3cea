'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { fullDate, KIND_LABEL, mediaKind, timeAgo } from '@/lib/format';
import type { CommentPage, EntryReader } from '@/lib/queries';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '../avatar';
import { Icon, VerifiedBadge } from '../icons';
import { useToast } from '../toast';
import { CommentsThread } from './comments';
import { ForwardedFrom } from './forwarded-from';
import { setRead, setStarred } from './entry-actions';
import { ShareDialog } from './share-dialog';
import { TimeAgo } from '@/components/time-ago';

/**
 * An entry in full: source and author, the server-sanitized HTML (the only HTML rendered from source
 * content), media players, star / share / read actions, and the comments thread.
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
  const toast = useToast();
  const [entry, setEntry] = useState(initial);
  const [isSharing, setSharing] = useState(false);
  const [lastInitial, setLastInitial] = useState(initial);
  if (initial !== lastInitial) {
    setLastInitial(initial);
    setEntry(initial);
  }

  const update = (change: Partial<EntryReader>) => {
    setEntry((current) => ({ ...current, ...change }));
    onChange?.(change);
  };

  // Opening an entry reads it.
  const id = initial.id;
  const wasRead = initial.viewerHasRead;
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => {
    if (wasRead) return;
    setRead([id], true).then(
      () => latestOnChange.current?.({ viewerHasRead: true }),
      () => undefined,
    );
  }, [id, wasRead]);

  const toggleStar = async () => {
    const next = !entry.viewerHasStarred;
    update({ viewerHasStarred: next });
    try {
      await setStarred(entry.id, next);
      toast(next ? 'Starred' : 'Removed from starred');
    } catch (error) {
      update({ viewerHasStarred: !next });
      toast(messageFor(error), 'error');
    }
  };

  const markUnread = async () => {
    update({ viewerHasRead: false });
    try {
      await setRead([entry.id], false);
      toast('Marked unread');
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const when = entry.publishedAt ?? entry.sortAt;
  const players = entry.media.filter((media) => ['video', 'audio'].includes(mediaKind(media.type)));
  const hasInlineImages = entry.contentHtml.includes('<img');
  const images = hasInlineImages ? [] : entry.media.filter((media) => mediaKind(media.type) === 'image');
  const owner = entry.source.claimedBy;

  return (
    <article className="reader" aria-labelledby={`reader-title-${entry.id}`}>
      {entry.sharedBy ? (
        <p className="shared-by">
          <Icon name="share" size={14} />
          <span>
            <Link href={`/u/${entry.sharedBy.user.handle}`} className="shared-by__who">
              {entry.sharedBy.user.displayName}
            </Link>{' '}
            shared this
          </span>
          {entry.sharedBy.note ? <q className="shared-by__note">{entry.sharedBy.note}</q> : null}
        </p>
      ) : null}
      <header className="reader__header">
        <div className="reader__source">
          <Avatar name={entry.source.title} src={entry.source.imageUrl} size="md" />
          <div>
            <p className="reader__source-name">
              <Link href={`/sources/${entry.source.id}`}>{entry.source.title}</Link>
              {entry.source.isVerified ? <VerifiedBadge label="Verified source" /> : null}
            </p>
            <p className="reader__byline">
              {KIND_LABEL[entry.source.kind]}
              {entry.author ? <> · {entry.author}</> : null}
              {owner ? (
                <>
                  {' '}
                  · by <Link href={`/u/${owner.handle}`}>{owner.displayName}</Link>
                </>
              ) : null}{' '}
              ·{' '}
              <TimeAgo iso={when} />
              {entry.editedAt ? <> · edited</> : null}
              {owner ? null : (
                <>
                  {' '}
                  ·{' '}
                  <Link href={`/settings/claims/new?source=${entry.source.id}`} className="reader__claim">
                    Is this yours?<span className="visually-hidden"> Claim {entry.source.title}</span>
                  </Link>
                </>
              )}
            </p>
          </div>
        </div>
        <Heading id={`reader-title-${entry.id}`} className="reader__title">
          {entry.title || 'Untitled post'}
        </Heading>
        <div className="reader__toolbar" role="toolbar" aria-label="Entry actions">
          <button
            type="button"
            className="button button--quiet button--small"
            aria-pressed={entry.viewerHasStarred}
            onClick={() => void toggleStar()}
          >
            <Icon name="star" size={16} className={entry.viewerHasStarred ? 'icon--filled' : undefined} />
            {entry.viewerHasStarred ? 'Starred' : 'Star'}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-pressed={entry.viewerHasShared}
            onClick={() => setSharing(true)}
          >
            <Icon name="share" size={16} />
            {entry.viewerHasShared ? 'Shared' : 'Share'}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void markUnread()}
            disabled={!entry.viewerHasRead}
          >
            <Icon name="circle" size={16} />
            Mark unread
          </button>
          {entry.url ? (
            <a
              href={entry.url}
              className="button button--quiet button--small"
              target="_blank"
              rel="noopener noreferrer"
            >
              <Icon name="external" size={16} />
              Original
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : null}
        </div>
      </header>
      <ForwardedFrom forward={entry.forwardedFrom} />

      {players.map((media) =>
        mediaKind(media.type) === 'video' ? (
          <video
            key={media.url}
            className="reader__video"
            src={media.url}
            controls
            preload="metadata"
            width={media.width ?? undefined}
            height={media.height ?? undefined}
            aria-label="Video of this post"
          />
        ) : (
          <audio
            key={media.url}
            className="reader__audio"
            src={media.url}
            controls
            preload="metadata"
            aria-label="Audio of this post"
          />
        ),
      )}
      {images.length > 0 ? (
        <div className="reader__images">
          {images.map((media, index) => (
            <img
              key={media.url}
              src={media.url}
              alt={`Picture ${index + 1} of ${images.length} from this post`}
              width={media.width ?? undefined}
              height={media.height ?? undefined}
              className={media.width && media.height ? undefined : 'media--unsized'}
              loading="lazy"
              decoding="async"
              referrerPolicy="no-referrer"
            />
          ))}
        </div>
      ) : null}

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
        onChange={(_, shared) => {
          update({
            viewerHasShared: shared,
            sharesCount: entry.sharesCount + (shared && !entry.viewerHasShared ? 1 : !shared ? -1 : 0),
          });
          toast(shared ? 'Shared with your followers' : 'Share removed');
        }}
      />
    </article>
  );
}
