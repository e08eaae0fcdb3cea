import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryReaderView } from '@/features/reader/entry-reader';
import { isGraphQLRequestError } from '@/lib/graphql/errors';
import { queryServer } from '@/lib/graphql/server';
import { unmaskEntryReader } from '@/features/entries/entries.graphql';
import { unmaskCommentPage } from '@/features/comments/comments.graphql';
import { EntryQuery } from '@/features/reader/reader.graphql';

type Params = Promise<{ id: string }>;

async function load(id: string) {
  try {
    return await queryServer(EntryQuery, { variables: { id } });
  } catch (error) {
    if (isGraphQLRequestError(error) && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT'))
      notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const data = await load(id);
  const entry = unmaskEntryReader(data.entry);
  return { title: entry.title || entry.source.title };
}

export default async function EntryPage({ params }: { params: Params }) {
  const { id } = await params;
  const data = await load(id);
  return (
    <div className="page page--reader">
      <EntryReaderView
        entry={unmaskEntryReader(data.entry)}
        comments={unmaskCommentPage(data.entry.comments)}
      />
    </div>
  );
}
