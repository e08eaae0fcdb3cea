'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { getFragmentData } from '@/gql';
import type { ClaimFieldsFragment, SourceKind } from '@/gql/graphql';
import { fullDate, KIND_LABEL, timeAgo } from '@/lib/format';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '../avatar';
import { FormError } from '../form-error';
import { Icon, VerifiedBadge } from '../icons';
import { CLAIM_STATUS_LABEL, inWords, retryAfterSeconds } from './claim-status';
import { CopyButton } from './copy-button';
import { CheckClaimMutation, ClaimFields, StartClaimMutation } from './operations';
import { PlatformIcon } from './platform-icon';
import { TimeAgo } from '@/components/time-ago';

type Claim = ClaimFieldsFragment;

export interface ClaimSource {
  id: string;
  kind: SourceKind;
  title: string;
  url: string;
  siteUrl: string | null;
  imageUrl: string | null;
}

/** Seconds left of a RATE_LIMITED wait, counting down. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * Proving a source is yours: get a code, publish it where only the owner can (the platform's steps),
 * then "Check now". Says why a check failed, restarts expired codes, and waits out rate limits.
 */
export function ClaimWizard({
  source,
  viewerHandle,
  initialClaim,
}: {
  source: ClaimSource;
  viewerHandle: string;
  initialClaim: Claim | null;
}) {
  const [claim, setClaim] = useState<Claim | null>(initialClaim);
  const [isStarting, setStarting] = useState(false);
  const [isChecking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [limitedUntil, setLimitedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(limitedUntil);
  const isLimited = secondsLeft > 0;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const data = await queryBrowser(StartClaimMutation, { variables: { sourceId: source.id } });
      setClaim(getFragmentData(ClaimFields, data.startClaim));
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setStarting(false);
    }
  };

  const check = async () => {
    if (!claim) return;
    setChecking(true);
    setError(null);
    try {
      const data = await queryBrowser(CheckClaimMutation, { variables: { claimId: claim.id } });
      setClaim(getFragmentData(ClaimFields, data.checkClaim));
    } catch (caught) {
      if (isGraphQLRequestError(caught) && caught.code === 'RATE_LIMITED') {
        const seconds = retryAfterSeconds(caught.errors[0]?.extensions);
        setLimitedUntil(Date.now() + seconds * 1000);
        setError(`You checked several times in a short while. You can check again ${inWords(seconds)}.`);
      } else {
        setError(messageFor(caught));
      }
    } finally {
      setChecking(false);
    }
  };

  const header = (
    <header className="claim__source">
      <Avatar name={source.title} src={source.imageUrl} size="lg" square />
      <div>
        <p className="page__eyebrow">Claim a source</p>
        <h2 className="claim__title">{source.title}</h2>
        <p className="muted claim__where">
          <PlatformIcon kind={source.kind} isDecorative /> {KIND_LABEL[source.kind]} ·{' '}
          <a href={source.siteUrl ?? source.url} target="_blank" rel="noopener noreferrer">
            {(source.siteUrl ?? source.url).replace(/^https?:\/\//, '')}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      </div>
    </header>
  );

  if (!claim) {
    return (
      <section className="card claim" aria-labelledby="claim-intro">
        {header}
        <h3 id="claim-intro" className="subsection-title">
          Is this yours?
        </h3>
        <p>
          Prove it and your posts here carry a verified badge, your comments are marked as the author’s, and
          people can follow you across every platform you publish on from one creator page.
        </p>
        <ol className="steps steps--summary">
          <li>We give you a short code.</li>
          <li>You publish it on {source.title}, where only its owner can.</li>
          <li>We check, and the badge is yours. You can remove the code afterwards.</li>
        </ol>
        <FormError message={error} />
        <div className="form-actions">
          <button type="button" className="button" disabled={isStarting} onClick={() => void start()}>
            {isStarting ? 'Getting your code…' : 'Get my code'}
          </button>
        </div>
      </section>
    );
  }

  if (claim.status === 'VERIFIED') {
    return (
      <section className="card claim" aria-labelledby="claim-done">
        {header}
        <div className="claim__result claim__result--ok" role="status">
          <VerifiedBadge label="Verified source" />
          <div>
            <h3 id="claim-done" className="subsection-title">
              Verified — {source.title} is yours
            </h3>
            <p>
              Found {claim.method ? `the code ${methodWhere(claim.method)}` : 'the code'}{' '}
              {claim.verifiedAt ? <TimeAgo iso={claim.verifiedAt} hasTitle={false} /> : null}
              . Its posts now carry your badge. You can remove the code from {source.title}.
            </p>
          </div>
        </div>
        <div className="form-actions">
          <Link href={`/c/${viewerHandle}`} className="button">
            See your creator page
          </Link>
          <Link href="/settings/claims" className="button button--quiet">
            All your claims
          </Link>
        </div>
      </section>
    );
  }

  const isExpired = claim.status === 'EXPIRED' || claim.status === 'REVOKED';

  return (
    <section className="card claim" aria-labelledby="claim-steps">
      {header}
      <h3 id="claim-steps" className="visually-hidden">
        Steps
      </h3>
      <ol className="steps">
        <li className="step">
          <h4 className="step__title">Copy your code</h4>
          <div className="code-box">
            <code className="code-box__code">{claim.code}</code>
            <CopyButton text={claim.code} what="the verification code" />
          </div>
          <p className="field__hint">
            Only you see it. It is valid until{' '}
            <time dateTime={claim.expiresAt}>{fullDate(claim.expiresAt)}</time>.
          </p>
        </li>
        <li className="step">
          <h4 className="step__title">Publish it on {source.title}</h4>
          {claim.instructions.length > 1 ? <p className="muted">Any one of these works:</p> : null}
          <ul className="ways">
            {claim.instructions.map((way) => (
              <li key={`${way.method}-${way.title}`} className="way">
                <p className="way__title">{way.title}</p>
                <p className="way__text">{way.text}</p>
                {way.hint ? <p className="field__hint">{way.hint}</p> : null}
              </li>
            ))}
          </ul>
        </li>
        <li className="step">
          <h4 className="step__title">Check</h4>
          <p className="muted">
            Once it is published (a new post or a changed description can take a minute to appear), check now.
          </p>
          <div aria-live="polite">
            {isChecking ? (
              <p className="claim__checking">
                <span className="spinner spinner--inline" aria-hidden="true" /> Checking {source.title} for
                your code…
              </p>
            ) : claim.status === 'FAILED' ? (
              <div className="claim__result claim__result--failed" role="alert">
                <Icon name="alert" size={18} />
                <div>
                  <p className="claim__result-title">The code was not found yet.</p>
                  <p>{claim.failureReason ?? 'We could not find it on the source.'}</p>
                  {claim.checkedAt ? (
                    <p className="field__hint">
                      Last checked <TimeAgo iso={claim.checkedAt} hasTitle={false} />.
                    </p>
                  ) : null}
                </div>
              </div>
            ) : isExpired ? (
              <div className="claim__result claim__result--failed" role="alert">
                <Icon name="alert" size={18} />
                <div>
                  <p className="claim__result-title">
                    {claim.status === 'EXPIRED' ? 'This code has expired.' : 'This claim was revoked.'}
                  </p>
                  <p>Start again for a new code, then publish that one instead.</p>
                </div>
              </div>
            ) : (
              <p className="muted claim__state">Status: {CLAIM_STATUS_LABEL[claim.status]}</p>
            )}
          </div>
          {error ? (
            <p className="form__error" role="alert">
              {error}
              {isLimited ? <> ({secondsLeft}s)</> : null}
            </p>
          ) : null}
          <div className="form-actions">
            {isExpired ? (
              <button type="button" className="button" disabled={isStarting} onClick={() => void start()}>
                {isStarting ? 'Getting a new code…' : 'Start again'}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                disabled={isChecking || isLimited}
                onClick={() => void check()}
              >
                {isLimited ? `Check again in ${secondsLeft}s` : isChecking ? 'Checking…' : 'Check now'}
              </button>
            )}
          </div>
        </li>
      </ol>
    </section>
  );
}

function methodWhere(method: NonNullable<Claim['method']>): string {
  switch (method) {
    case 'DESCRIPTION':
      return 'in the description';
    case 'POST':
      return 'in a recent post';
    case 'FEED_ELEMENT':
      return 'in the feed';
    case 'REL_ME':
      return 'through your rel="me" link';
  }
}
