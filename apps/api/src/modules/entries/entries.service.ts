import { Injectable } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { AppError } from '../../common/errors.js';
import { byKey, loadersOf } from '../../graphql/dataloader.plugin.js';
import { assertId, decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type EntryForward, type EntryMedia, type EntryObject } from './dto/entry.object.js';
import { EntriesRepository, type EntryStateRow } from './entries.repository.js';

const MAX_BULK = 500;

@Injectable()
export class EntriesService {
  constructor(private readonly entries: EntriesRepository) {}

  async byId(context: object, id: string): Promise<EntryObject> {
    const entry = await this.load(context, assertId(id, 'Entry'));
    if (!entry) throw new AppError('NOT_FOUND', 'Entry not found.');
    return entry;
  }

  load(context: object, id: string): Promise<EntryObject | null> {
    return this.entryLoader(context).load(id);
  }

  /** Lets a query that already read whole entries (the timeline) hand them to the loader. */
  prime(context: object, entries: EntryObject[]): void {
    const loader = this.entryLoader(context);
    for (const entry of entries) loader.prime(entry.id, { ...entry, sharedBy: null });
  }

  /** Drops a cached entry after a write changed it (counts), so later fields re-read it. */
  forget(context: object, id: string): void {
    this.entryLoader(context).clear(id);
  }

  state(context: object, viewerId: string, entryId: string): Promise<EntryStateRow | null> {
    return this.stateLoader(context, viewerId).load(entryId);
  }

  /** Lets a query that already joined the viewer's states (the timeline) hand them to the loader. */
  primeStates(context: object, viewerId: string, states: EntryStateRow[]): void {
    const loader = this.stateLoader(context, viewerId);
    for (const state of states) loader.prime(state.entryId, state.readAt || state.starredAt ? state : null);
  }

  private stateLoader(context: object, viewerId: string) {
    return loadersOf(context).get<string, EntryStateRow | null>(`entryStates:${viewerId}`, async (ids) =>
      byKey(ids, await this.entries.states(viewerId, ids), (row) => row.entryId),
    );
  }

  async markRead(context: object, viewerId: string, entryIds: string[], read: boolean): Promise<EntryObject[]> {
    const ids = this.bulkIds(entryIds);
    if (read) await this.entries.markRead(viewerId, ids);
    else await this.entries.markUnread(viewerId, ids);
    const entries = await Promise.all(ids.map((id) => this.load(context, id)));
    return entries.filter((entry): entry is EntryObject => entry !== null);
  }

  async setStarred(context: object, viewerId: string, entryId: string, starred: boolean): Promise<EntryObject> {
    const entry = await this.byId(context, entryId);
    await this.entries.setStarred(viewerId, entry.id, starred);
    return entry;
  }

  async starred(viewerId: string, first: number, after: string | null): Promise<Page<EntryObject>> {
    const size = pageSize(first);
    const rows = await this.entries.starred(viewerId, size, decodeCursor(after));
    return toPage(rows, size, (row) => ({ at: row.starredAt, id: row.id }), (row) => row);
  }

  /** A source's entries, newest first (the source page). */
  async ofSource(context: object, sourceId: string, first: number, after: string | null): Promise<Page<EntryObject>> {
    const size = pageSize(first, 50);
    const rows = await this.entries.bySource(sourceId, size, decodeCursor(after));
    this.prime(context, rows.slice(0, size));
    return toPage(rows, size, (row) => ({ at: row.sortAt, id: row.id }), (row) => row);
  }

  media(entry: EntryObject): EntryMedia[] {
    if (!Array.isArray(entry.media)) return [];
    return (entry.media as Record<string, unknown>[])
      .filter((item) => typeof item?.url === 'string' && typeof item.type === 'string')
      .map((item) => ({
        url: item.url as string,
        type: item.type as string,
        width: integerOrNull(item.width),
        height: integerOrNull(item.height),
        size: integerOrNull(item.size),
        durationSeconds: integerOrNull(item.durationSeconds),
      }));
  }

  /** Where a forwarded post came from (stored by the worker in Entry.extra); only http(s) links pass. */
  forwardedFrom(entry: EntryObject): EntryForward | null {
    const extra = entry.extra as { forwardedFrom?: { name?: unknown; url?: unknown } } | null;
    const forward = extra?.forwardedFrom;
    if (!forward || typeof forward.name !== 'string' || forward.name.trim() === '') return null;
    return { name: forward.name.slice(0, 300), url: httpUrlOrNull(forward.url) };
  }

  private entryLoader(context: object) {
    return loadersOf(context).get<string, EntryObject | null>('entries', async (ids) =>
      byKey(ids, await this.entries.findByIds(ids), (row) => row.id),
    );
  }

  private bulkIds(entryIds: string[]): string[] {
    if (entryIds.length > MAX_BULK) {
      throw new AppError('BAD_USER_INPUT', `entryIds: at most ${MAX_BULK} at once`, { field: 'entryIds' });
    }
    return [...new Set(entryIds.filter(isUuid))];
  }
}

function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_147_483_647 ? value : null;
}
