'use client';

import type { SourceKind } from '@/gql/graphql';
import { KIND_LABEL, plural } from '@/lib/format';
import { Avatar } from '@/components/avatar';
import { VerifiedBadge } from '@/components/icons';
import { SubscribeToggle } from '@/components/subscribe-toggle';
import { PlatformIcon } from './platform-icon';
import './claims.css';

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
          {isSignedIn ? <SubscribeToggle source={source} isSubscribed={source.viewerIsSubscribed} /> : null}
        </li>
      ))}
    </ul>
  );
}
