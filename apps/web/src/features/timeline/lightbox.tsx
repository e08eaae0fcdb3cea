'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icons';
import { altFor, imagesOf } from './entry-card';

export interface LightboxPicture {
  entry: EntryCard;
  index: number;
}

/** Every picture of the loaded timeline, in order, as a flat list the lightbox walks through. */
export function picturesOf(entries: EntryCard[]): LightboxPicture[] {
  return entries.flatMap((entry) => imagesOf(entry).map((_, index) => ({ entry, index })));
}

/** A modal picture viewer: ←/→ move, Esc closes (native dialog: focus stays inside). */
export function Lightbox({
  pictures,
  position,
  onMove,
  onClose,
}: {
  pictures: LightboxPicture[];
  position: number | null;
  onMove: (position: number) => void;
  onClose: () => void;
}) {
  const current = position === null ? undefined : pictures[position];
  const count = pictures.length;

  useEffect(() => {
    if (position === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' && position < count - 1) {
        event.preventDefault();
        onMove(position + 1);
      } else if (event.key === 'ArrowLeft' && position > 0) {
        event.preventDefault();
        onMove(position - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [position, count, onMove]);

  const images = current ? imagesOf(current.entry) : [];
  const media = current ? images[current.index] : undefined;
  return (
    <Dialog open={position !== null} onClose={onClose} title="Picture viewer" className="lightbox" hideTitle>
      {current && media && position !== null ? (
        <div className="lightbox__body">
          <figure className="lightbox__figure">
            <img
              key={media.url}
              className="lightbox__image"
              src={media.url}
              alt={altFor(current.entry, current.index, images.length)}
              width={media.width ?? undefined}
              height={media.height ?? undefined}
              referrerPolicy="no-referrer"
            />
            <figcaption className="lightbox__caption">
              <span aria-live="polite">
                {position + 1} / {count}
              </span>
              <span className="lightbox__title">{current.entry.title || current.entry.source.title}</span>
              <Link href={`/entries/${current.entry.id}`} className="lightbox__open">
                Open post
              </Link>
            </figcaption>
          </figure>
          <button
            type="button"
            className="lightbox__nav lightbox__nav--prev"
            disabled={position === 0}
            onClick={() => onMove(position - 1)}
          >
            <Icon name="left" size={28} />
            <span className="visually-hidden">Previous picture</span>
          </button>
          <button
            type="button"
            className="lightbox__nav lightbox__nav--next"
            disabled={position >= count - 1}
            onClick={() => onMove(position + 1)}
          >
            <Icon name="right" size={28} />
            <span className="visually-hidden">Next picture</span>
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}
