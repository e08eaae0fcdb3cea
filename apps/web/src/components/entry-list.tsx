import Link from 'next/link';
import { fullDate, timeAgo } from '@/lib/format';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { Avatar } from './avatar';
import { VerifiedBadge } from './icons';

/** What the list shows of an entry (an EntryCard has it all; a source's page asks for just this). */
export type EntryListItem = Pick<
  EntryCard,
  'id' | 'title' | 'summary' | 'publishedAt' | 'sortAt' | 'isVerified'
> & {
  media: Pick<EntryCard['media'][number], 'url' | 'type'>[];
  source: Pick<EntryCard['source'], 'title' | 'imageUrl'>;
};

/** A plain, server-rendered list of entries (profiles, onboarding): no keyboard layer, no live updates. */
export function EntryList({ entries }: { entries: EntryListItem[] }) {
  return (
    <ol className="feed feed--plain">
      {entries.map((entry) => {
        const when = entry.publishedAt ?? entry.sortAt;
        const image = entry.media.find((media) => media.type.startsWith('image/'));
        return (
          <li key={entry.id} className="feed__item">
            <article className="entry entry--article">
              <div className="entry__row">
                <div className="entry__main">
                  <div className="entry__source entry__source--xs">
                    <Avatar name={entry.source.title} src={entry.source.imageUrl} size="xs" square />
                    <span className="entry__source-text">
                      <span className="entry__source-name">{entry.source.title}</span>
                      {entry.isVerified ? <VerifiedBadge label="Verified creator" /> : null}
                      <span className="entry__source-meta">
                        <time dateTime={when} title={fullDate(when)}>
                          {timeAgo(when)}
                        </time>
                      </span>
                    </span>
                  </div>
                  <h3 className="entry__title">
                    <Link href={`/entries/${entry.id}`} className="entry__link">
                      {entry.title || entry.summary.slice(0, 80) || 'Untitled post'}
                    </Link>
                  </h3>
                  {entry.summary ? <p className="entry__summary">{entry.summary}</p> : null}
                </div>
                {image ? (
                  <div className="entry__thumb">
                    <img
                      src={image.url}
                      alt=""
                      width={160}
                      height={120}
                      loading="lazy"
                      decoding="async"
                      referrerPolicy="no-referrer"
                    />
                  </div>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
