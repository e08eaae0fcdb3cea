import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFragmentData } from '@/gql';
import { ClaimWizard } from '@/features/claims/claim-wizard';
import { ClaimFields, ClaimSourceQuery, MyClaimsQuery } from '@/features/claims/claims.graphql';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import { isUuid } from '@/lib/ids';

export const metadata: Metadata = { title: 'Claim a source' };

async function loadSource(id: string) {
  try {
    return await queryServer(ClaimSourceQuery, { variables: { id } });
  } catch (error) {
    if (isGraphQLRequestError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<{ source?: string }> }) {
  const { source: sourceId } = await searchParams;
  if (!sourceId || !isUuid(sourceId)) notFound();
  const [{ source, me }, { myClaims }] = await Promise.all([
    loadSource(sourceId),
    queryServer(MyClaimsQuery),
  ]);
  if (!me) return null;
  const claims = myClaims.map((claim) => getFragmentData(ClaimFields, claim));
  // The claim in progress for this source, if any (asking again answers the same one).
  const current = claims.find((claim) => claim.source.id === source.id && claim.status !== 'REVOKED') ?? null;

  const wizard = (
    <ClaimWizard
      source={{
        id: source.id,
        kind: source.kind,
        title: source.title,
        url: source.url,
        siteUrl: source.siteUrl ?? null,
        imageUrl: source.imageUrl ?? null,
      }}
      viewerHandle={me.handle}
      initialClaim={current}
    />
  );

  if (source.claimedBy && source.claimedBy.id !== me.id) {
    return (
      <>
        <section className="notice" aria-labelledby="claimed-title">
          <h2 id="claimed-title" className="visually-hidden">
            Already verified
          </h2>
          <p>
            {source.title} is already verified:{' '}
            <Link href={`/u/${source.claimedBy.handle}`}>{source.claimedBy.displayName}</Link> proved they own
            it. If it is really yours, you can still prove it below: the latest proof wins, and they are told.
          </p>
        </section>
        {wizard}
      </>
    );
  }

  return wizard;
}
