import { decodeBytes } from '@tributary/bridges/feed/encoding';
import { type PrismaClient } from '@tributary/db';
import { input } from '@tributary/test-support';

export { input as inputBytes } from '@tributary/test-support';

/** A test input's text, decoded as the bridges decode feeds (BOM, prolog, charset sniffing). */
export function inputFileText(relative: string): string {
  return decodeBytes(input(relative)).text;
}

export const IMPORT_FIELDS = 'id status total done subscribed alreadySubscribed failed duplicates skipped error';

export const IMPORT_OPML = `mutation Import($opml: String!) { importOpml(opml: $opml) { ${IMPORT_FIELDS} } }`;
export const OPML_IMPORT = `query Progress($id: ID!) {
  opmlImport(id: $id) { ${IMPORT_FIELDS} items(first: 50) { edges { node { url title folder status error } } pageInfo { hasNextPage } } }
}`;

export interface ImportView {
  id: string;
  status: string;
  total: number;
  done: number;
  subscribed: number;
  alreadySubscribed: number;
  failed: number;
  duplicates: number;
  skipped: string[];
  error: string | null;
  items?: { edges: { node: { url: string; title: string | null; folder: string | null; status: string; error: string | null } }[] };
}

/** Polls until the worker has finished the import (jobs are awaited through their visible state). */
export async function waitForImport(read: () => Promise<ImportView>, timeoutMs = 60_000): Promise<ImportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await read();
    if (view.status === 'COMPLETED' || view.status === 'FAILED') return view;
    if (Date.now() > deadline) throw new Error(`import still ${view.status} after ${timeoutMs} ms: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A person's subscriptions as comparable tuples: [source id, folder, custom title]. */
export async function subscriptionsOf(db: PrismaClient, userId: string): Promise<[string, string | null, string | null][]> {
  const rows = await db.subscription.findMany({ where: { userId }, include: { folder: true }, orderBy: { sourceId: 'asc' } });
  return rows.map((row) => [row.sourceId, row.folder?.name ?? null, row.customTitle]);
}

export async function foldersOf(db: PrismaClient, userId: string): Promise<string[]> {
  return (await db.folder.findMany({ where: { userId }, orderBy: { name: 'asc' } })).map((folder) => folder.name);
}
