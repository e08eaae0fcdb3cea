// Words for claim states, shared by the wizard and the claims list (pure).
import type { ClaimMethod, ClaimStatus } from '@/gql/graphql';

export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  PENDING: 'Waiting for the code',
  VERIFIED: 'Verified',
  FAILED: 'Not found yet',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

export const CLAIM_METHOD_LABEL: Record<ClaimMethod, string> = {
  DESCRIPTION: 'in the description',
  POST: 'in a recent post',
  FEED_ELEMENT: 'in a feed element',
  REL_ME: 'with a rel="me" link',
};

/** Retry time of a RATE_LIMITED answer, in seconds, from the error's extensions (60 when absent). */
export function retryAfterSeconds(extensions: Record<string, unknown> | undefined): number {
  const value = extensions?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : 60;
}

/** "in 45 seconds", "in 2 minutes" */
export function inWords(seconds: number): string {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
