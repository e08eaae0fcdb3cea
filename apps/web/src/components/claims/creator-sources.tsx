'use client';

import { useState } from 'react';
import type { SourceKind } from '@/gql/graphql';
import { KIND_LABEL, plural } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '../avatar';
import { VerifiedBadge } from '../icons';
import { useToast } from '../toast';
import { DiscoverSubscribeMutation, DiscoverUnsubscribeMutation } from '../discover/operations';
import { PlatformIcon } from './platform-icon';

export interface CreatorSource {
  id: string;
  kind: SourceKind;
  title: string;
  description: string;
  imageUrl: string | null;
  siteUrl: string | null;
  url: string;
  subscribersCount: number;
  viewerIsSubscribed: boolean;
}

/** Subscribe to one source (of a creator: following the creator brings them all). */
export function SubscribeToggle({
  source,
}: {
  source: Pick<CreatorSource, 'id' | 'kind' | 'title' | 'url' | 'viewerIsSubscribed'>;
}) {
  const toast = useToast();
  const [isSubscribed, setSubscribed] = useState(source.viewerIsSubscribed);
  const [isBusy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      if (isSubscribed) {
        await queryBrowser(DiscoverUnsubscribeMutation, { variables: { sourceId: source.id } });
      } else {
        await queryBrowser(DiscoverSubscribeMutation, {
          variables: { input: { source: source.url, kind: source.kind } },
        });
      }
      setSubscribed(!isSubscribed);
      toast(isSubscribed ? `Unsubscribed from ${source.title}` : `Subscribed to ${source.title}`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={`button button--small${isSubscribed ? ' button--quiet' : ''}`}
      aria-pressed={isSubscribed}
      disabled={isBusy}
      onClick={() => void toggle()}
    >
      {isSubscribed ? 'Subscribed' : 'Subscribe'}
      <span className="visually-hidden"> to {source.title}</span>
    </button>
  );
}

/** Every verified source of a creator, across platforms. */
export function CreatorSources({ sources, isSignedIn }: { sources: CreatorSource[]; isSignedIn: boolean }) {
  return (
    <ul className="creator-sources">
      {sources.map((source) => (
        <li key={source.id} className="creator-source card">
          <Avatar name={source.title} src={source.imageUrl} size="md" square />
          <div className="creator-source__text">
            <p className="creator-source__title">
              <a href={source.siteUrl ?? source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              <VerifiedBadge label="Verified source" />
            </p>
            <p className="muted creator-source__meta">
              <PlatformIcon kind={source.kind} isDecorative size={14} /> {KIND_LABEL[source.kind]} ·{' '}
              {plural(source.subscribersCount, 'subscriber')}
            </p>
            {source.description ? <p className="creator-source__description">{source.description}</p> : null}
          </div>
          {isSignedIn ? <SubscribeToggle source={source} /> : null}
        </li>
      ))}
    </ul>
  );
}
