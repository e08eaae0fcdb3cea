'use client';

import { useEffect, useState } from 'react';
import { getFragmentData } from '@/gql';
import type { ClaimFieldsFragment } from '@/gql/graphql';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { inWords, retryAfterSeconds } from './claim-status';
import { CheckClaimMutation, ClaimFields, StartClaimMutation } from './claims.graphql';

export type Claim = ClaimFieldsFragment;

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

/** A claim's progress: start (a code), check (now), and the rate limit's countdown between checks. */
export function useClaimWizard(sourceId: string, initialClaim: Claim | null) {
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
      const data = await queryBrowser(StartClaimMutation, { variables: { sourceId } });
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

  return { claim, isStarting, isChecking, error, secondsLeft, isLimited, start, check };
}
