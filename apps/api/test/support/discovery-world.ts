import { hashGuid, type PrismaClient } from '@tributary/db';
import { startIsolatedApiWorld, type IsolatedApiWorld } from './api-world.js';

/** Trending and suggestions rank the whole instance: their specs run the API on a database of its own. */
export function startDiscoveryWorld(prefix: string): Promise<IsolatedApiWorld> {
  return startIsolatedApiWorld(prefix);
}

let sequence = 0;

/** A source row (as the worker would store it) with a few entries; answers the source id and entry ids. */
export async function makeSource(
  db: PrismaClient,
  title: string,
  entries: { title: string; summary?: string }[] = [],
) {
  sequence += 1;
  const key = `https://feeds.example.test/${sequence}-${Math.random().toString(36).slice(2)}.xml`;
  const source = await db.source.create({ data: { kind: 'RSS', key, fetchUrl: key, title, status: 'OK' } });
  const ids: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const row = await db.entry.create({
      data: {
        sourceId: source.id,
        guid: `${key}#${index}`,
        guidHash: hashGuid(`${key}#${index}`),
        title: entry.title,
        summary: entry.summary ?? '',
        sortAt: new Date(Date.now() - index * 60_000),
      },
    });
    ids.push(row.id);
  }
  return { id: source.id, entryIds: ids };
}
