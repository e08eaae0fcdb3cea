'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import type { DiscoverQuery as DiscoverData, TrendingWindow } from '@/gql/graphql';
import { KIND_LABEL, plural } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { PlatformIcon } from '@/features/claims/platform-icon';
import { FollowButton } from '@/features/people/follow-button';
import { Icon, VerifiedBadge } from '@/components/icons';
import { SubscribeToggle } from '@/components/subscribe-toggle';
import { useToast } from '@/components/toast';
import { DismissSuggestionMutation } from './discover.graphql';
import './discover.css';

type Discover = DiscoverData['discover'];
type Trending = DiscoverData['trending'];

function DismissButton({ name, onDismiss }: { name: string; onDismiss: () => Promise<void> }) {
  const [isBusy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="icon-button icon-button--small"
      disabled={isBusy}
      title={`Not interested in ${name}`}
      onClick={() => {
        setBusy(true);
        void onDismiss().finally(() => setBusy(false));
      }}
    >
      <Icon name="close" size={16} />
      <span className="visually-hidden">Not interested in {name}</span>
    </button>
  );
}

/** Follow a suggested person, or never see them suggested again. */
function PersonActions({
  user,
  onDismiss,
}: {
  user: { handle: string; displayName: string };
  onDismiss: () => Promise<void>;
}) {
  return (
    <div className="suggestion__actions">
      <FollowButton handle={user.handle} name={user.displayName} isFollowing={false} small />
      <DismissButton name={user.displayName} onDismiss={onDismiss} />
    </div>
  );
}

function SuggestionSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="discover__section">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <ul className="suggestions">{children}</ul>
    </section>
  );
}

/** Suggestions from the viewer's circle (with why), and what is trending on the instance. */
export function DiscoverView({
  discover,
  trending,
  window,
}: {
  discover: Discover;
  trending: Trending;
  window: TrendingWindow;
}) {
  const toast = useToast();
  const [sources, setSources] = useState(discover.sources);
  const [people, setPeople] = useState(discover.people);
  const [creators, setCreators] = useState(discover.creators);
  const isEmpty = sources.length === 0 && people.length === 0 && creators.length === 0;

  const dismiss = async (kind: 'source' | 'user', id: string, name: string) => {
    try {
      await queryBrowser(DismissSuggestionMutation, {
        variables: { sourceId: kind === 'source' ? id : null, userId: kind === 'user' ? id : null },
      });
      if (kind === 'source') setSources((list) => list.filter((item) => item.source.id !== id));
      else {
        setPeople((list) => list.filter((item) => item.user.id !== id));
        setCreators((list) => list.filter((item) => item.user.id !== id));
      }
      toast(`You will not see ${name} suggested again`);
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  return (
    <div className="discover">
      {isEmpty ? (
        <p className="notice">
          No suggestions yet. Follow a few people (try whoever invited you) and suggestions from their reading
          appear here.
        </p>
      ) : null}

      {creators.length > 0 ? (
        <SuggestionSection id="creators-title" title="Creators you already read">
          {creators.map((item) => (
            <li key={item.user.id} className="suggestion card">
              <Avatar name={item.user.displayName} src={item.user.avatarUrl} size="md" />
              <div className="suggestion__text">
                <p className="suggestion__title">
                  <Link href={`/c/${item.user.handle}`}>{item.user.displayName}</Link>
                  <VerifiedBadge label="Verified creator" />
                </p>
                <p className="suggestion__reason">{item.reason}</p>
                {item.sourcesYouRead.length > 0 ? (
                  <p className="muted suggestion__meta">
                    {item.sourcesYouRead.map((source) => (
                      <span key={source.id} className="suggestion__source">
                        <PlatformIcon kind={source.kind} size={14} isDecorative /> {source.title}
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
              <PersonActions
                user={item.user}
                onDismiss={() => dismiss('user', item.user.id, item.user.displayName)}
              />
            </li>
          ))}
        </SuggestionSection>
      ) : null}

      {people.length > 0 ? (
        <SuggestionSection id="people-title" title="People to follow">
          {people.map((item) => (
            <li key={item.user.id} className="suggestion card">
              <Avatar name={item.user.displayName} src={item.user.avatarUrl} size="md" />
              <div className="suggestion__text">
                <p className="suggestion__title">
                  <Link href={`/u/${item.user.handle}`}>{item.user.displayName}</Link>
                  {item.user.isVerifiedCreator ? <VerifiedBadge label="Verified creator" /> : null}
                  <span className="muted"> @{item.user.handle}</span>
                </p>
                <p className="suggestion__reason">{item.reason}</p>
                {item.user.bio ? <p className="suggestion__bio muted">{item.user.bio}</p> : null}
              </div>
              <PersonActions
                user={item.user}
                onDismiss={() => dismiss('user', item.user.id, item.user.displayName)}
              />
            </li>
          ))}
        </SuggestionSection>
      ) : null}

      {sources.length > 0 ? (
        <SuggestionSection id="sources-title" title="Sources to read">
          {sources.map((item) => (
            <li key={item.source.id} className="suggestion card">
              <Avatar name={item.source.title} src={item.source.imageUrl} size="md" square />
              <div className="suggestion__text">
                <p className="suggestion__title">
                  <Link href={`/add?q=${encodeURIComponent(item.source.url)}`}>{item.source.title}</Link>
                  {item.source.isVerified ? <VerifiedBadge label="Verified source" /> : null}
                </p>
                <p className="suggestion__reason">{item.reason}</p>
                <p className="muted suggestion__meta">
                  <PlatformIcon kind={item.source.kind} size={14} isDecorative />{' '}
                  {KIND_LABEL[item.source.kind]} · {plural(item.source.subscribersCount, 'subscriber')}
                </p>
                {item.source.description ? (
                  <p className="suggestion__bio muted">{item.source.description}</p>
                ) : null}
              </div>
              <div className="suggestion__actions">
                <SubscribeToggle source={item.source} isSubscribed={false} />
                <DismissButton
                  name={item.source.title}
                  onDismiss={() => dismiss('source', item.source.id, item.source.title)}
                />
              </div>
            </li>
          ))}
        </SuggestionSection>
      ) : null}

      <section aria-labelledby="trending-title" className="discover__section">
        <div className="section-head">
          <h2 id="trending-title" className="section-title">
            Trending here
          </h2>
          <nav className="segmented segmented--text" aria-label="Trending window">
            <Link
              href="/discover"
              className="segmented__option"
              aria-current={window === 'DAY' ? 'page' : undefined}
            >
              Today
            </Link>
            <Link
              href="/discover?window=week"
              className="segmented__option"
              aria-current={window === 'WEEK' ? 'page' : undefined}
            >
              This week
            </Link>
          </nav>
        </div>
        {trending.entries.length === 0 && trending.sources.length === 0 ? (
          <p className="muted">
            Quiet {window === 'DAY' ? 'today' : 'this week'}: nothing is being shared or discussed yet.
          </p>
        ) : null}
        <div className="trending">
          {trending.entries.length > 0 ? (
            <ol className="trending__list" aria-label="Trending posts">
              {trending.entries.map((item, index) => (
                <li key={item.entry.id} className="trending__item">
                  <span className="trending__rank" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div>
                    <Link href={`/entries/${item.entry.id}`} className="trending__title">
                      {item.entry.title || item.entry.summary.slice(0, 100) || 'Untitled post'}
                    </Link>
                    <p className="muted trending__meta">
                      {item.entry.source.title}
                      {item.entry.source.isVerified ? <VerifiedBadge label="Verified source" /> : null} ·{' '}
                      {plural(item.peopleCount, 'person', 'people')}
                      {item.sharesCount > 0 ? <> · {plural(item.sharesCount, 'share')}</> : null}
                      {item.commentsCount > 0 ? <> · {plural(item.commentsCount, 'comment')}</> : null}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          ) : null}
          {trending.sources.length > 0 ? (
            <ul className="trending__sources" aria-label="Trending sources">
              {trending.sources.map((item) => (
                <li key={item.source.id} className="trending__source">
                  <Avatar name={item.source.title} src={item.source.imageUrl} size="sm" square />
                  <div className="trending__source-text">
                    <p className="trending__title">
                      {item.source.title}
                      {item.source.isVerified ? <VerifiedBadge label="Verified source" /> : null}
                    </p>
                    <p className="muted trending__meta">
                      {KIND_LABEL[item.source.kind]} · {plural(item.newSubscribersCount, 'new subscriber')}
                    </p>
                  </div>
                  <SubscribeToggle source={item.source} isSubscribed={item.source.viewerIsSubscribed} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
    </div>
  );
}
