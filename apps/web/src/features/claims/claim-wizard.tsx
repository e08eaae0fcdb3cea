'use client';

import type { SourceKind } from '@/gql/graphql';
import { ClaimIntro, ClaimSteps, ClaimVerified } from './claim-parts';
import { useClaimWizard, type Claim } from './use-claim-wizard';

export interface ClaimSource {
  id: string;
  kind: SourceKind;
  title: string;
  url: string;
  siteUrl: string | null;
  imageUrl: string | null;
}

/**
 * Proving a source is yours: get a code, publish it where only the owner can (the platform's steps),
 * then "Check now". Says why a check failed, restarts expired codes, and waits out rate limits
 * (useClaimWizard); one part per state of the claim (claim-parts.tsx).
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
  const { claim, isStarting, isChecking, error, secondsLeft, isLimited, start, check } = useClaimWizard(
    source.id,
    initialClaim,
  );
  if (!claim) {
    return <ClaimIntro source={source} error={error} isStarting={isStarting} onStart={() => void start()} />;
  }
  if (claim.status === 'VERIFIED') {
    return <ClaimVerified source={source} claim={claim} viewerHandle={viewerHandle} />;
  }
  return (
    <ClaimSteps
      source={source}
      claim={claim}
      error={error}
      isStarting={isStarting}
      isChecking={isChecking}
      isLimited={isLimited}
      secondsLeft={secondsLeft}
      onStart={() => void start()}
      onCheck={() => void check()}
    />
  );
}
