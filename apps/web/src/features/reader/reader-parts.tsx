'use client';

// The reader's presentational parts: everything through props.
import Link from 'next/link';
import { Avatar } from '@/components/avatar';
import { Icon, VerifiedBadge } from '@/components/icons';
import { TimeAgo } from '@/components/time-ago';
import { KIND_LABEL, mediaKind } from '@/lib/format';
import type { EntryReader } from '@/features/entries/entries.graphql';

export function SharedByNote({ entry }: { entry: EntryReader }) {
  return entry.sharedBy ? (
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
  ) : null;
}

/** Source, byline, title and the actions (star, share, mark unread, original). */
export function ReaderHeader({
  entry,
  headingLevel,
  onToggleStar,
  onShare,
  onMarkUnread,
}: {
  entry: EntryReader;
  headingLevel: 1 | 2;
  onToggleStar: () => void;
  onShare: () => void;
  onMarkUnread: () => void;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const when = entry.publishedAt ?? entry.sortAt;
  const owner = entry.source.claimedBy;
  return (
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
          onClick={onToggleStar}
        >
          <Icon name="star" size={16} className={entry.viewerHasStarred ? 'icon--filled' : undefined} />
          {entry.viewerHasStarred ? 'Starred' : 'Star'}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-pressed={entry.viewerHasShared}
          onClick={onShare}
        >
          <Icon name="share" size={16} />
          {entry.viewerHasShared ? 'Shared' : 'Share'}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={onMarkUnread}
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
  );
}

/** Video and audio players, and the pictures when the text does not show them itself. */
export function ReaderMedia({ entry }: { entry: EntryReader }) {
  const players = entry.media.filter((media) => ['video', 'audio'].includes(mediaKind(media.type)));
  const hasInlineImages = entry.contentHtml.includes('<img');
  const images = hasInlineImages ? [] : entry.media.filter((media) => mediaKind(media.type) === 'image');
  return (
    <>
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
    </>
  );
}
