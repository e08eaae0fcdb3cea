import type { Metadata } from 'next';
import Link from 'next/link';
import { AddSource } from '@/features/add-source/add-source';
import { Avatar } from '@/components/avatar';
import { FollowButton } from '@/features/people/follow-button';
import { queryServer } from '@/lib/graphql/server';
import { getPublicOrigin } from '@/server/public-origin';
import { KIND_LABEL } from '@/lib/format';
import { getFragmentData } from '@/gql';
import { PersonFields } from '@/features/people/people.graphql';
import { WelcomeQuery } from './welcome.graphql';

export const metadata: Metadata = { title: 'Welcome' };

const EXAMPLES = [
  ['A blog or news site', 'https://example.com'],
  ['A Substack', 'name.substack.com'],
  ['A Telegram channel', 't.me/channel or @channel'],
  ['An X account', 'x.com/name'],
] as const;

/** First run: follow a few sources and people, then read. */
export default async function WelcomePage() {
  const [data, origin] = await Promise.all([queryServer(WelcomeQuery), getPublicOrigin()]);
  const me = data.me;
  const inviter = getFragmentData(PersonFields, me?.invitedBy);
  const count = data.subscriptions.length;
  return (
    <div className="page page--narrow welcome">
      <header className="page__header">
        <div>
          <p className="page__eyebrow">Getting started</p>
          <h1 className="page__title">Welcome{me ? `, ${me.displayName}` : ''}</h1>
          <p className="muted page__lede">
            Tributary is one timeline for everyone you read. Two steps fill it.
          </p>
        </div>
      </header>

      <section className="welcome__step card" aria-labelledby="step-sources">
        <h2 id="step-sources" className="welcome__title">
          <span className="welcome__number" aria-hidden="true">
            1
          </span>
          Follow your first sources
        </h2>
        <p className="muted">Paste any of these — you will see a preview before you subscribe:</p>
        <ul className="examples">
          {EXAMPLES.map(([label, example]) => (
            <li key={label}>
              <span>{label}</span> <code>{example}</code>
            </li>
          ))}
        </ul>
        <AddSource compact />
        {count > 0 ? (
          <ul className="chip-list" aria-label="You follow">
            {data.subscriptions.map((subscription) => (
              <li key={subscription.id} className="chip chip--source">
                <Avatar name={subscription.title} src={subscription.source.imageUrl} size="xs" square />
                {subscription.title}
                <span className="visually-hidden"> ({KIND_LABEL[subscription.source.kind]})</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="welcome__step card" aria-labelledby="step-people">
        <h2 id="step-people" className="welcome__title">
          <span className="welcome__number" aria-hidden="true">
            2
          </span>
          Follow people
        </h2>
        <p className="muted">
          When people you follow share something, it appears in your timeline with their note.
        </p>
        {inviter ? (
          <div className="person">
            <Avatar name={inviter.displayName} src={inviter.avatarUrl} size="md" />
            <div className="person__text">
              <Link href={`/u/${inviter.handle}`} className="person__name">
                {inviter.displayName}
              </Link>
              <span className="muted"> @{inviter.handle} · invited you</span>
              {inviter.bio ? <p className="person__bio">{inviter.bio}</p> : null}
            </div>
            <FollowButton
              handle={inviter.handle}
              name={inviter.displayName}
              isFollowing={inviter.viewerIsFollowing}
              small
            />
          </div>
        ) : (
          <p className="muted">
            Visit a member’s profile (
            <code>
              {origin}/u/<var>handle</var>
            </code>
            ) and press Follow.
          </p>
        )}
      </section>

      <p className="welcome__done">
        <Link href="/timeline" className="button">
          {count > 0 ? 'Go to your timeline' : 'Skip for now'}
        </Link>
      </p>
    </div>
  );
}
