import { redirect } from 'next/navigation';

/** Short entry links (the API's published feeds point here) → the reader. */
export default async function ShortEntryLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/entries/${encodeURIComponent(id)}`);
}
