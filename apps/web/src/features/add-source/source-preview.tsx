'use client';

import { TimeAgo } from '@/components/time-ago';
import { Avatar } from '@/components/avatar';
import { VerifiedBadge } from '@/components/icons';
import { KIND_LABEL } from '@/lib/format';
import type { Preview } from './use-add-source';

/** What a source looks like before subscribing: title, picture, description, recent posts, folder. */
export function SourcePreview({
  id,
  shown,
  isSubscribing,
  folder,
  folders,
  onFolderChange,
  onSubscribe,
}: {
  id: string;
  shown: Preview;
  isSubscribing: boolean;
  folder: string;
  folders: string[];
  onFolderChange: (folder: string) => void;
  onSubscribe: () => void;
}) {
  return (
    <section className="preview card" aria-labelledby={`${id}-title`} aria-busy={isSubscribing}>
      <header className="preview__header">
        <Avatar name={shown.title ?? shown.url} src={shown.imageUrl} size="lg" />
        <div className="preview__heading">
          <p className="preview__kind">{KIND_LABEL[shown.kind]}</p>
          <h2 id={`${id}-title`} className="preview__title">
            {shown.title ?? shown.url}
            {shown.source?.isVerified ? <VerifiedBadge label="Verified source" /> : null}
          </h2>
          <p className="preview__url">{shown.siteUrl ?? shown.url}</p>
        </div>
      </header>
      {shown.description ? <p className="preview__description">{shown.description}</p> : null}
      {shown.source && shown.source.subscribersCount > 0 ? (
        <p className="muted">
          {shown.source.subscribersCount === 1 ? '1 reader' : `${shown.source.subscribersCount} readers`}{' '}
          on Tributary
          {shown.source.viewerIsSubscribed ? ' — you already follow it' : ''}
        </p>
      ) : null}
      {shown.recentItems.length > 0 ? (
        <>
          <h3 className="preview__subtitle">Recent posts</h3>
          <ul className="preview__items">
            {shown.recentItems.slice(0, 5).map((item, index) => (
              <li key={`${item.url ?? ''}${index}`} className="preview__item">
                {item.imageUrl ? (
                  <img
                    src={item.imageUrl}
                    alt=""
                    width={56}
                    height={56}
                    loading="lazy"
                    decoding="async"
                    referrerPolicy="no-referrer"
                  />
                ) : null}
                <div>
                  <p className="preview__item-title">
                    {item.title || item.summary.slice(0, 120) || 'Untitled'}
                  </p>
                  {item.publishedAt ? (
                    <p className="muted preview__item-date">
                  <TimeAgo iso={item.publishedAt} hasTitle={false} />
                </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No recent posts to show yet.</p>
      )}
      <div className="preview__subscribe">
        <div className="field">
          <label htmlFor={`${id}-folder`}>Folder (optional)</label>
          <input
            id={`${id}-folder`}
            list={`${id}-folders`}
            value={folder}
            onChange={(event) => onFolderChange(event.target.value)}
            placeholder="Choose or type a new folder"
            disabled={isSubscribing}
          />
          <datalist id={`${id}-folders`}>
            {folders.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <button
          type="button"
          className="button"
          disabled={isSubscribing || !!shown.source?.viewerIsSubscribed}
          aria-busy={isSubscribing}
          onClick={onSubscribe}
        >
          {isSubscribing
            ? 'Subscribing…'
            : shown.source?.viewerIsSubscribed
              ? 'Already following'
              : 'Subscribe'}
        </button>
      </div>
      {isSubscribing ? (
        <div className="progress" role="status">
          <div className="progress__bar" aria-hidden="true" />
          <p>Fetching the first posts. This can take a few seconds for a large feed…</p>
        </div>
      ) : null}
    </section>
  );
}
