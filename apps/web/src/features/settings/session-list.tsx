'use client';

import { useState } from 'react';
import type { SessionsQuery } from '@/gql/graphql';
import { fullDate, plural } from '@/lib/format';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Icon } from '@/components/icons';
import { useToast } from '@/components/toast';
import { LogOutOtherSessionsMutation, RevokeSessionMutation } from './settings.graphql';
import { describeUserAgent } from './user-agent';
import { TimeAgo } from '@/components/time-ago';

type Session = SessionsQuery['sessions'][number];

/** Where the viewer is signed in: device, address, last seen; sign one or all others out. */
export function SessionList({ initial }: { initial: Session[] }) {
  const toast = useToast();
  const [sessions, setSessions] = useState(initial);
  const [busyId, setBusyId] = useState<string | null>(null);
  const others = sessions.filter((session) => !session.isCurrent);

  const revoke = async (session: Session) => {
    setBusyId(session.id);
    try {
      await queryBrowser(RevokeSessionMutation, { variables: { id: session.id } });
      setSessions((list) => list.filter((item) => item.id !== session.id));
      toast(`Signed out ${describeUserAgent(session.userAgent)}`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  const revokeOthers = async () => {
    setBusyId('others');
    try {
      const { logOutOtherSessions: count } = await queryBrowser(LogOutOtherSessionsMutation);
      setSessions((list) => list.filter((item) => item.isCurrent));
      toast(count === 0 ? 'No other sessions to sign out' : `Signed out ${plural(count, 'other session')}`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="sessions-title">
      <div className="section-head">
        <h2 id="sessions-title" className="section-title">
          Where you are signed in
        </h2>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={others.length === 0 || busyId !== null}
          onClick={() => void revokeOthers()}
        >
          <Icon name="logout" size={16} />
          Sign out all other sessions
        </button>
      </div>
      <ul className="rows">
        {sessions.map((session) => (
          <li key={session.id} className="row">
            <div className="row__main">
              <p className="row__title">
                {describeUserAgent(session.userAgent)}
                {session.isCurrent ? <span className="badge badge--accent">This device</span> : null}
              </p>
              <p className="row__meta muted">
                {session.ip ? <>{session.ip} · </> : null}
                {session.isCurrent ? (
                  'Active now'
                ) : (
                  <>
                    Last seen{' '}
                    <TimeAgo iso={session.lastSeenAt} />
                  </>
                )}{' '}
                · Signed in <time dateTime={session.createdAt}>{fullDate(session.createdAt)}</time>
              </p>
              {session.userAgent ? <p className="row__detail muted">{session.userAgent}</p> : null}
            </div>
            {session.isCurrent ? null : (
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={busyId !== null}
                onClick={() => void revoke(session)}
              >
                Sign out<span className="visually-hidden"> {describeUserAgent(session.userAgent)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
