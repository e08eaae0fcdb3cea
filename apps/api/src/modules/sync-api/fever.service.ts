import { Injectable } from '@nestjs/common';
import { type SyncPrincipal } from '../app-passwords/app-passwords.repository.js';
import { EntriesService } from '../entries/entries.service.js';
import { type Params } from './greader.service.js';
import { type ReadingWorld, SyncScopeService } from './sync-scope.service.js';
import { type ItemRow, type StreamScope, SyncRepository } from './sync.repository.js';
import { CREATORS_LABEL } from './sync-streams.util.js';

export const FEVER_API_VERSION = 3;
/** Fever pages items by 50. */
const ITEMS_PER_PAGE = 50;
/** Group id of "Followed creators" (folders use their own numbers, which start at 1). */
export const CREATORS_GROUP_ID = 2_147_483_647;
/** unread_item_ids lists each source's newest unread entries up to this many (the web app's unread cap). */
const UNREAD_IDS_PER_SOURCE = 1_000;

type FeverAnswer = Record<string, unknown>;

/**
 * The Fever API (docs/sync-api.md), answering every request type a client asks for in one response, as
 * Fever did: `groups`, `feeds`, `items`, `unread_item_ids`, `saved_item_ids`, `favicons`, `links`, and
 * `mark` writes before the reads.
 */
@Injectable()
export class FeverService {
  constructor(
    private readonly repository: SyncRepository,
    private readonly scopes: SyncScopeService,
    private readonly entries: EntriesService,
  ) {}

  async answer(principal: SyncPrincipal, params: Params): Promise<FeverAnswer> {
    const userId = principal.userId;
    const has = (name: string) => params.get(name) !== undefined;
    let world = await this.scopes.world(userId);
    if (has('mark')) {
      await this.mark(userId, world, params);
      world = await this.scopes.world(userId);
    }
    const sourceIds = world.sources.map((source) => source.sourceId);
    const answer: FeverAnswer = {
      api_version: FEVER_API_VERSION,
      auth: 1,
      last_refreshed_on_time: Math.floor(Date.now() / 1000),
    };
    if (has('groups')) {
      answer.groups = this.groups(world);
      answer.feeds_groups = this.feedsGroups(world);
    }
    if (has('feeds')) {
      answer.feeds = world.sources.map((source) => ({
        id: Number(source.sourceSeq),
        favicon_id: 0,
        title: source.title,
        url: source.fetchUrl,
        site_url: source.siteUrl ?? source.fetchUrl,
        is_spark: 0,
        last_updated_on_time: Math.floor((source.subscribedAt?.getTime() ?? Date.now()) / 1000),
      }));
      answer.feeds_groups = this.feedsGroups(world);
    }
    if (has('items')) {
      const withIds = params.get('with_ids');
      const sinceId = integer(params.get('since_id'));
      const maxId = integer(params.get('max_id'));
      const query = withIds
        ? { withIds: withIds.split(',').map(integer).filter((id): id is bigint => id !== undefined).slice(0, ITEMS_PER_PAGE) }
        : sinceId !== undefined
          ? { sinceId }
          : maxId !== undefined
            ? { maxId }
            : {};
      const [items, total] = await Promise.all([
        this.repository.feverItems(userId, sourceIds, query, ITEMS_PER_PAGE),
        this.repository.countEntries(sourceIds),
      ]);
      const feedIdOf = new Map(world.sources.map((source) => [source.sourceId, Number(source.sourceSeq)]));
      answer.items = items.map((item) => toFeverItem(item, feedIdOf.get(item.sourceId) ?? 0));
      answer.total_items = total;
    }
    if (has('unread_item_ids')) {
      answer.unread_item_ids = (await this.repository.unreadSeqs(userId, sourceIds, UNREAD_IDS_PER_SOURCE)).join(',');
    }
    if (has('saved_item_ids')) answer.saved_item_ids = (await this.repository.starredSeqs(userId)).join(',');
    if (has('favicons')) answer.favicons = [];
    if (has('links')) answer.links = [];
    return answer;
  }

  private groups(world: ReadingWorld) {
    const groups = world.folders.map((folder) => ({ id: Number(folder.seq), title: folder.name }));
    if (world.sources.some((source) => source.creatorHandle)) groups.push({ id: CREATORS_GROUP_ID, title: CREATORS_LABEL });
    return groups;
  }

  private feedsGroups(world: ReadingWorld) {
    const members = new Map<number, number[]>();
    const add = (groupId: number, feedId: number) => members.set(groupId, [...(members.get(groupId) ?? []), feedId]);
    const folderSeq = new Map(world.folders.map((folder) => [folder.name, Number(folder.seq)]));
    for (const source of world.sources) {
      const folder = source.folderName ? folderSeq.get(source.folderName) : undefined;
      if (folder !== undefined) add(folder, Number(source.sourceSeq));
      if (source.creatorHandle) add(CREATORS_GROUP_ID, Number(source.sourceSeq));
    }
    return [...members].map(([groupId, feedIds]) => ({ group_id: groupId, feed_ids: feedIds.join(',') }));
  }

  /** `mark=item|feed|group`, `as=read|unread|saved|unsaved`, `id`, and `before` (seconds) for feeds and groups. */
  private async mark(userId: string, world: ReadingWorld, params: Params): Promise<void> {
    const what = params.get('mark');
    const as = params.get('as');
    const id = integer(params.get('id'));
    if (id === undefined) return;
    if (what === 'item') {
      const [entryId] = await this.repository.entryIds([id]);
      if (!entryId) return;
      if (as === 'read' || as === 'unread') await this.entries.markRead({}, userId, [entryId], as === 'read');
      if (as === 'saved' || as === 'unsaved') await this.entries.setStarred({}, userId, entryId, as === 'saved');
      return;
    }
    if (as !== 'read') return;
    const beforeSeconds = integer(params.get('before'));
    const before = beforeSeconds !== undefined && beforeSeconds > 0n ? new Date(Number(beforeSeconds) * 1000) : null;
    let scope: StreamScope | null = null;
    if (what === 'feed') {
      const source = world.sources.find((candidate) => candidate.sourceSeq === id);
      if (source) scope = { kind: 'sources', sourceIds: [source.sourceId] };
    } else if (what === 'group') {
      // Group 0 is Fever's "Kindling": everything. -1 ("Sparks") holds nothing here.
      const keep =
        id === 0n
          ? () => true
          : id === BigInt(CREATORS_GROUP_ID)
            ? (source: ReadingWorld['sources'][number]) => source.creatorHandle !== null
            : (source: ReadingWorld['sources'][number]) => source.folderSeq === id;
      scope = { kind: 'sources', sourceIds: world.sources.filter(keep).map((source) => source.sourceId) };
    }
    if (scope) await this.repository.markAllRead(userId, scope, before);
  }
}

function toFeverItem(item: ItemRow, feedId: number) {
  return {
    id: Number(item.seq),
    feed_id: feedId,
    title: item.title,
    author: item.author ?? '',
    html: item.content,
    url: item.url ?? '',
    is_saved: item.starredAt ? 1 : 0,
    is_read: item.readAt ? 1 : 0,
    created_on_time: Math.floor((item.publishedAt ?? item.sortAt).getTime() / 1000),
  };
}

function integer(raw: string | undefined): bigint | undefined {
  if (raw === undefined || !/^-?\d{1,19}$/.test(raw.trim())) return undefined;
  return BigInt(raw.trim());
}
