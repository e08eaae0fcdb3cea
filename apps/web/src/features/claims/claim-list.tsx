import Link from 'next/link';
import type { ClaimFieldsFragment } from '@/gql/graphql';
import { fullDate, KIND_LABEL, timeAgo } from '@/lib/format';
import { Avatar } from '@/components/avatar';
import { VerifiedBadge } from '@/components/icons';
import { CLAIM_STATUS_LABEL } from './claim-status';
import { PlatformIcon } from './platform-icon';
import './claims.css';

/** The viewer's claims, newest first, with where each stands and the way to continue it. */
export function ClaimList({ claims, handle }: { claims: ClaimFieldsFragment[]; handle: string }) {
  const verified = claims.filter((claim) => claim.status === 'VERIFIED');
  return (
    <section className="card" aria-labelledby="claims-title">
      <div className="section-head">
        <h2 id="claims-title" className="section-title">
          Creator claims
        </h2>
        {verified.length > 0 ? (
          <Link href={`/c/${handle}`} className="button button--quiet button--small">
            Your creator page
          </Link>
        ) : null}
      </div>
      <p className="muted">
        Publish on a blog, a newsletter, a Substack, a Telegram channel or X? Prove it is yours and your posts
        carry a verified badge. Start from any of its posts: open the post and choose “Is this yours?”.
      </p>
      {claims.length === 0 ? (
        <p className="empty-note">You have not claimed a source yet.</p>
      ) : (
        <ul className="rows">
          {claims.map((claim) => (
            <li key={claim.id} className="row">
              <Avatar name={claim.source.title} src={claim.source.imageUrl} size="md" square />
              <div className="row__main">
                <p className="row__title">
                  {claim.source.title}
                  {claim.status === 'VERIFIED' ? <VerifiedBadge label="Verified source" /> : null}
                </p>
                <p className="row__meta muted">
                  <PlatformIcon kind={claim.source.kind} isDecorative size={14} />{' '}
                  {KIND_LABEL[claim.source.kind]} ·{' '}
                  <span className={`status status--${claim.status.toLowerCase()}`}>
                    {CLAIM_STATUS_LABEL[claim.status]}
                  </span>
                  {claim.status === 'VERIFIED' && claim.verifiedAt ? (
                    <>
                      {' '}
                      since <time dateTime={claim.verifiedAt}>{fullDate(claim.verifiedAt)}</time>
                    </>
                  ) : claim.checkedAt ? (
                    <>
                      {' '}
                      · checked <time dateTime={claim.checkedAt}>{timeAgo(claim.checkedAt)}</time>
                    </>
                  ) : (
                    <>
                      {' '}
                      · started <time dateTime={claim.createdAt}>{timeAgo(claim.createdAt)}</time>
                    </>
                  )}
                </p>
                {claim.status === 'FAILED' && claim.failureReason ? (
                  <p className="row__detail">{claim.failureReason}</p>
                ) : null}
              </div>
              {claim.status === 'PENDING' || claim.status === 'FAILED' ? (
                <Link
                  href={`/settings/claims/new?source=${claim.source.id}`}
                  className="button button--small"
                >
                  Continue<span className="visually-hidden"> claiming {claim.source.title}</span>
                </Link>
              ) : claim.status === 'EXPIRED' ? (
                <Link
                  href={`/settings/claims/new?source=${claim.source.id}`}
                  className="button button--quiet button--small"
                >
                  Start again<span className="visually-hidden"> for {claim.source.title}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
