import type { Metadata } from 'next';
import { getFragmentData } from '@/gql';
import { ClaimList } from '@/features/claims/claim-list';
import { ClaimFields, MyClaimsQuery } from '@/features/claims/claims.graphql';
import { SettingsProfileQuery } from '@/features/settings/settings.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Creator claims' };

export default async function ClaimsSettingsPage() {
  const [{ myClaims }, { me }] = await Promise.all([
    queryServer(MyClaimsQuery),
    queryServer(SettingsProfileQuery),
  ]);
  if (!me) return null;
  return (
    <ClaimList claims={myClaims.map((claim) => getFragmentData(ClaimFields, claim))} handle={me.handle} />
  );
}
