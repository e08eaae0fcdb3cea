'use client';

import Link from 'next/link';
import type { MouseEvent } from 'react';
import { KIND_LABEL, mediaKind, plural } from '@/lib/format';
import type { EntryCard as Entry } from '@/features/entries/entries.graphql';
import { Avatar } from '@/components/avatar';
import { ForwardedFrom } from '@/features/entries/forwarded-from';
import { Icon, VerifiedBadge } from '@/components/icons';
import { TimeAgo } from '@/components/time-ago';

export type CardVariant = 'article' | 'social' | 'tile' | 'media';

export interface CardHandlers {
  onOpen: (entry: Entry, event: MouseEvent) => void;
  onToggleStar: (entry: Entry) => void;
  onToggleRead: (entry: Entry) => void;
  onShare: (entry: Entry) => void;
  onShowImage: (entry: Entry, mediaIndex: number) => void;
}

export function imagesOf(entry: Entry) {
  return entry.media.filter((media) => mediaKind(media.type) === 'image');
}

/** Alt text for an entry's picture: sources give none, so describe it by the post it belongs to. */
export function altFor(entry: Entry, index: number, count: number): string {
  const about = entry.title || entry.summary.slice(0, 100) || entry.source.title;
  return count > 1 ? `Picture ${index + 1} of ${count} from “${about}”` : `Picture from “${about}”`;
}

/** An <img> that keeps its box while loading: width/height when known, else the aspect class. */
function MediaImage({
  media,
  alt,
  className,
}: {
  media: Entry['media'][number];
  alt: string;
  className: string;
}) {
  const hasSize = !!media.width && !!media.height;
  return (
    <img
      className={`${className}${hasSize ? '' : ' media--unsized'}`}
      src={media.url}
      alt={alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}

function SharedByLine({ entry }: { entry: Entry }) {
  const share = entry.sharedBy;
  if (!share) return null;
  return (
    <div className="shared-by">
      <Icon name="share" size={14} />
      <span>
        <Link href={`/u/${share.user.handle}`} className="shared-by__who">
          {share.user.displayName}
        </Link>{' '}
        shared this · <TimeAgo iso={share.sharedAt} isPosted hasTitle={false} />
      </span>
      {share.note ? <q className="shared-by__note">{share.note}</q> : null}
    </div>
  );
}

function SourceLine({ entry, avatar = 'xs' }: { entry: Entry; avatar?: 'xs' | 'md' }) {
  const when = entry.publishedAt ?? entry.sortAt;
  return (
    <div className={`entry__source entry__source--${avatar}`}>
      <Avatar name={entry.source.title} src={entry.source.imageUrl} size={avatar} square={avatar === 'xs'} />
      <span className="entry__source-text">
        <Link href={`/timeline?source=${entry.source.id}`} className="entry__source-name">
          {entry.source.title}
        </Link>
        {entry.isVerified || entry.source.isVerified ? <VerifiedBadge label="Verified creator" /> : null}
        <span className="entry__source-meta">
          {entry.author && avatar === 'md' ? <span>{entry.author} · </span> : null}
          <span className="visually-hidden">{KIND_LABEL[entry.source.kind]}, </span>
          <TimeAgo iso={when} isPosted />
        </span>
      </span>
    </div>
  );
}

function Actions({
  entry,
  handlers,
  compact = false,
}: {
  entry: Entry;
  handlers: CardHandlers;
  compact?: boolean;
}) {
  const title = entry.title || 'this post';
  return (
    <div className="entry__actions">
      <button
        type="button"
        className="action"
        aria-pressed={entry.viewerHasStarred}
        aria-label={entry.viewerHasStarred ? `Unstar “${title}”` : `Star “${title}”`}
        title={entry.viewerHasStarred ? 'Unstar (s)' : 'Star (s)'}
        onClick={() => handlers.onToggleStar(entry)}
      >
        <Icon name="star" size={18} className={entry.viewerHasStarred ? 'icon--filled' : undefined} />
      </button>
      <Link
        href={`/entries/${entry.id}#comments`}
        className="action"
        aria-label={`${plural(entry.commentsCount, 'comment')} on “${title}”`}
      >
        <Icon name="comment" size={18} />
        {entry.commentsCount > 0 ? <span aria-hidden="true">{entry.commentsCount}</span> : null}
      </Link>
      <button
        type="button"
        className="action"
        aria-pressed={entry.viewerHasShared}
        aria-label={entry.viewerHasShared ? `Shared — change or unshare “${title}”` : `Share “${title}”`}
        title="Share with a note"
        onClick={() => handlers.onShare(entry)}
      >
        <Icon name="share" size={18} />
        {entry.sharesCount > 0 ? <span aria-hidden="true">{entry.sharesCount}</span> : null}
      </button>
      {compact ? null : (
        <button
          type="button"
          className="action action--read"
          aria-pressed={entry.viewerHasRead}
          aria-label={entry.viewerHasRead ? `Mark “${title}” unread` : `Mark “${title}” read`}
          title={entry.viewerHasRead ? 'Mark unread (m)' : 'Mark read (m)'}
          onClick={() => handlers.onToggleRead(entry)}
        >
          <Icon name={entry.viewerHasRead ? 'circle' : 'check'} size={18} />
        </button>
      )}
    </div>
  );
}

function TitleLink({
  entry,
  handlers,
  className,
}: {
  entry: Entry;
  handlers: CardHandlers;
  className: string;
}) {
  return (
    <Link
      href={`/entries/${entry.id}`}
      className={className}
      onClick={(event) => handlers.onOpen(entry, event)}
    >
      {entry.title || entry.summary.slice(0, 80) || 'Untitled post'}
    </Link>
  );
}

/** One timeline item, drawn for its view: a reading-list row, a social card, a picture tile or a player. */
export function EntryCardView({
  entry,
  variant,
  handlers,
  titleId,
}: {
  entry: Entry;
  variant: CardVariant;
  handlers: CardHandlers;
  titleId: string;
}) {
  const images = imagesOf(entry);
  const players = entry.media.filter((media) => ['video', 'audio'].includes(mediaKind(media.type)));

  if (variant === 'tile') {
    const first = images[0];
    return (
      <>
        <button type="button" className="tile__button" onClick={() => handlers.onShowImage(entry, 0)}>
          {first ? (
            <MediaImage media={first} alt={altFor(entry, 0, images.length)} className="tile__image" />
          ) : null}
          {images.length > 1 ? (
            <span className="tile__count" aria-hidden="true">
              {images.length}
            </span>
          ) : null}
          <span className="visually-hidden">Open picture viewer</span>
        </button>
        <div className="tile__caption">
          <Avatar name={entry.source.title} src={entry.source.imageUrl} size="xs" square />
          <TitleLink entry={entry} handlers={handlers} className="tile__title" />
        </div>
        <span id={titleId} className="visually-hidden">
          {entry.title || entry.source.title}
        </span>
      </>
    );
  }

  if (variant === 'article') {
    const thumb = images[0];
    return (
      <>
        <SharedByLine entry={entry} />
        <div className="entry__row">
          <div className="entry__main">
            <SourceLine entry={entry} />
            <ForwardedFrom forward={entry.forwardedFrom} />
            <h2 className="entry__title" id={titleId}>
              <TitleLink entry={entry} handlers={handlers} className="entry__link" />
            </h2>
            {entry.summary ? <p className="entry__summary">{entry.summary}</p> : null}
            <Actions entry={entry} handlers={handlers} />
          </div>
          {thumb ? (
            <div className="entry__thumb">
              <img
                src={thumb.url}
                alt=""
                loading="lazy"
                decoding="async"
                referrerPolicy="no-referrer"
                width={160}
                height={120}
              />
            </div>
          ) : null}
        </div>
      </>
    );
  }

  // Social card (also video/audio items with their players).
  const shown = images.slice(0, 4);
  return (
    <>
      <SharedByLine entry={entry} />
      <SourceLine entry={entry} avatar="md" />
      <ForwardedFrom forward={entry.forwardedFrom} />
      <div className="entry__body">
        {entry.title && !entry.summary.startsWith(entry.title.replace(/…$/, '')) ? (
          <h2 className="entry__title entry__title--social" id={titleId}>
            <TitleLink entry={entry} handlers={handlers} className="entry__link" />
          </h2>
        ) : (
          <h2 className="visually-hidden" id={titleId}>
            <TitleLink entry={entry} handlers={handlers} className="entry__link" />
          </h2>
        )}
        {entry.summary ? <p className="entry__text">{entry.summary}</p> : null}
        {entry.isPreview ? (
          <p className="entry__preview">Preview — the full post is for paid subscribers.</p>
        ) : null}
      </div>
      {variant === 'media' || players.length > 0
        ? players
            .slice(0, 1)
            .map((media) =>
              mediaKind(media.type) === 'video' ? (
                <video
                  key={media.url}
                  className="entry__video"
                  src={media.url}
                  controls
                  preload="none"
                  width={media.width ?? undefined}
                  height={media.height ?? undefined}
                  poster={images[0]?.url}
                  aria-label={`Video: ${entry.title || entry.source.title}`}
                />
              ) : (
                <audio
                  key={media.url}
                  className="entry__audio"
                  src={media.url}
                  controls
                  preload="none"
                  aria-label={`Audio: ${entry.title || entry.source.title}`}
                />
              ),
            )
        : null}
      {shown.length > 0 &&
      !(variant === 'media' && players.some((media) => mediaKind(media.type) === 'video')) ? (
        <div className={`gallery gallery--${shown.length}`}>
          {shown.map((media, index) => (
            <button
              key={media.url}
              type="button"
              className="gallery__item"
              onClick={() => handlers.onShowImage(entry, index)}
            >
              <MediaImage
                media={media}
                alt={altFor(entry, index, images.length)}
                className="gallery__image"
              />
              {index === 3 && images.length > 4 ? (
                <span className="gallery__more">+{images.length - 4}</span>
              ) : null}
            </button>
          ))}
        </div>
      ) : null}
      <div className="entry__foot">
        <Actions entry={entry} handlers={handlers} />
        <Link
          href={`/entries/${entry.id}`}
          className="entry__open"
          onClick={(event) => handlers.onOpen(entry, event)}
        >
          Open
          <span className="visually-hidden"> “{entry.title || 'post'}”</span>
        </Link>
      </div>
    </>
  );
}
