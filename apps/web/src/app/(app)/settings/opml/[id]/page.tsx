import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OpmlImportQuery } from '@/features/settings/settings.graphql';
import { OpmlProgress } from '@/features/settings/opml-progress';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import { isUuid } from '@/lib/ids';

export const metadata: Metadata = { title: 'Settings · OPML import' };

export default async function OpmlImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { opmlImport } = await queryServer(OpmlImportQuery, { variables: { id, after: null } }).catch(
    (error: unknown) => {
      if (isGraphQLRequestError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    },
  );
  return <OpmlProgress initial={opmlImport} />;
}
