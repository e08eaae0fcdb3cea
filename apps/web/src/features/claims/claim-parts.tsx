'use client';

// The claim wizard's presentational parts: one per state of a claim, everything through props.
import Link from 'next/link';
import { Avatar } from '@/components/avatar';
import { FormError } from '@/components/form-error';
import { Icon, VerifiedBadge } from '@/components/icons';
import { TimeAgo } from '@/components/time-ago';
import { fullDate, KIND_LABEL } from '@/lib/format';
import { CLAIM_STATUS_LABEL } from './claim-status';
import type { ClaimSource } from './claim-wizard';
import { CopyButton } from './copy-button';
import { PlatformIcon } from './platform-icon';
import type { Claim } from './use-claim-wizard';
import './claims.css';

/** The source being claimed: picture, title, platform and address. */
export function ClaimSourceHeader({ source }: { source: ClaimSource }) {
  return (
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
}

/** No claim yet: what claiming gives, and the button for a code. */
export function ClaimIntro({ source, error, isStarting, onStart }: {
  source: ClaimSource;
  error: string | null;
  isStarting: boolean;
  onStart: () => void;
}) {
  return (
    <section className="card claim" aria-labelledby="claim-intro">
      <ClaimSourceHeader source={source} />
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
        <button type="button" className="button" disabled={isStarting} onClick={onStart}>
          {isStarting ? 'Getting your code…' : 'Get my code'}
        </button>
      </div>
    </section>
  );
}

/** The source is yours. */
export function ClaimVerified({ source, claim, viewerHandle }: { source: ClaimSource; claim: Claim; viewerHandle: string }) {
  return (
    <section className="card claim" aria-labelledby="claim-done">
      <ClaimSourceHeader source={source} />
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

/** Copy the code, publish it, check: and why a check failed, or that the code expired. */
export function ClaimSteps({
  source,
  claim,
  error,
  isStarting,
  isChecking,
  isLimited,
  secondsLeft,
  onStart,
  onCheck,
}: {
  source: ClaimSource;
  claim: Claim;
  error: string | null;
  isStarting: boolean;
  isChecking: boolean;
  isLimited: boolean;
  secondsLeft: number;
  onStart: () => void;
  onCheck: () => void;
}) {
  const isExpired = claim.status === 'EXPIRED' || claim.status === 'REVOKED';

  return (
    <section className="card claim" aria-labelledby="claim-steps">
      <ClaimSourceHeader source={source} />
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
              <button type="button" className="button" disabled={isStarting} onClick={onStart}>
                {isStarting ? 'Getting a new code…' : 'Start again'}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                disabled={isChecking || isLimited}
                onClick={onCheck}
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
