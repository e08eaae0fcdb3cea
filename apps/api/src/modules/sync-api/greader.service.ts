import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors.js';
import { type SyncPrincipal } from '../app-passwords/app-passwords.repository.js';
import { EntriesService } from '../entries/entries.service.js';
import { type SubscribeInput } from '../subscriptions/dto/subscription.object.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { SyncScopeService } from './sync-scope.service.js';
import { type FolloweeShare, type ItemRow, type StreamFilter, SyncRepository } from './sync.repository.js';
import {
  BROADCAST_FRIENDS,
  CREATORS_LABEL,
  decodeContinuation,
  encodeContinuation,
  feedStreamId,
  KEPT_UNREAD,
  LABEL_PREFIX,
  labelStreamId,
  longItemId,
  parseEpoch,
  parseItemId,
  parseStreamId,
  READ,
  READING_LIST,
  STARRED,
  type StreamRef,
} from './sync-streams.util.js';

/** Request parameters as clients send them (query string and form body together; repeated keys kept). */
export interface Params {
  get(name: string): string | undefined;
  getAll(name: string): string[];
}

export const IDS_MAX = 10_000;
export const CONTENTS_MAX = 1_000;
const DEFAULT_N = 20;
/** Unread counts stop here per feed (FreshRSS and Miniflux count all; Google Reader stopped at 1000). */
const UNREAD_CAP = 10_000;
/** Items per stream/items/contents and edit-tag request. */
const ITEMS_PER_REQUEST = 1_000;

export interface GReaderItem {
  id: string;
  crawlTimeMsec: string;
  timestampUsec: string;
  published: number;
  updated: number;
  title: string;
  canonical: { href: string }[];
  alternate: { href: string; type: string }[];
  categories: string[];
  origin: { streamId: string; title: string; htmlUrl: string };
  summary: { direction: 'ltr'; content: string };
  author?: string;
  enclosure?: { href: string; type: string; length?: string }[];
  annotations: { author: string; content: string; published: number }[];
}

export interface StreamPage<T> {
  rows: T[];
  continuation: string | null;
}

/**
 * The Google Reader API (docs/sync-api.md): FreshRSS's and Miniflux's reading of it where the de-facto
 * standard is loose. Each method takes the principal an app password authenticated.
 */
@Injectable()
export class GReaderService {
  constructor(
    private readonly repository: SyncRepository,
    private readonly scopes: SyncScopeService,
    private readonly subscriptions: SubscriptionsService,
    private readonly entries: EntriesService,
  ) {}

  /** The `T` token for form posts: derived from the auth token, so it needs no storage. */
  postToken(authToken: string): string {
    return createHash('sha256').update(`tributary-greader-T:${authToken}`).digest('hex').slice(0, 57);
  }

  userInfo(principal: SyncPrincipal) {
    return {
      userId: principal.userId,
      userName: principal.handle,
      userProfileId: principal.userId,
      userEmail: principal.email,
      isBloggerUser: false,
      signupTimeSec: 0,
      isMultiLoginEnabled: false,
    };
  }

  async subscriptionList(principal: SyncPrincipal) {
    const world = await this.scopes.world(principal.userId);
    return {
      subscriptions: world.sources.map((source) => {
        const labels = [
          ...(source.folderName ? [source.folderName] : []),
          ...(source.creatorHandle ? [CREATORS_LABEL] : []),
        ];
        return {
          id: feedStreamId(source.fetchUrl),
          title: source.title,
          categories: labels.map((label) => ({ id: labelStreamId(label), label })),
          url: source.fetchUrl,
          htmlUrl: source.siteUrl ?? source.fetchUrl,
          iconUrl: source.imageUrl ?? '',
          sortid: source.sourceSeq.toString(16).padStart(8, '0'),
          firstitemmsec: String(source.subscribedAt?.getTime() ?? 0),
        };
      }),
    };
  }

  async tagList(principal: SyncPrincipal) {
    const world = await this.scopes.world(principal.userId);
    const hasCreators = world.sources.some((source) => source.creatorHandle !== null);
    return {
      tags: [
        { id: STARRED, sortid: 'A0000001' },
        { id: BROADCAST_FRIENDS, sortid: 'A0000002' },
        ...world.folders.map((folder) => ({ id: labelStreamId(folder.name), type: 'folder', sortid: sortId(folder.seq) })),
        ...(hasCreators ? [{ id: labelStreamId(CREATORS_LABEL), type: 'folder', sortid: 'A0000003' }] : []),
        ...world.followees.map((person) => ({ id: labelStreamId(`@${person.handle}`), type: 'tag', sortid: 'A0000004' })),
      ],
    };
  }

  async unreadCount(principal: SyncPrincipal) {
    const world = await this.scopes.world(principal.userId);
    const counts = await this.repository.unreadCounts(
      principal.userId,
      world.sources.map((source) => source.sourceId),
      UNREAD_CAP,
    );
    const bySource = new Map(counts.map((count) => [count.sourceId, count]));
    const totals = new Map<string, { count: number; newest: number }>();
    const add = (id: string, count: number, newest: number) => {
      const total = totals.get(id) ?? { count: 0, newest: 0 };
      totals.set(id, { count: total.count + count, newest: Math.max(total.newest, newest) });
    };
    const feeds = world.sources.map((source) => {
      const count = bySource.get(source.sourceId);
      const unread = count?.count ?? 0;
      const newest = count?.newest?.getTime() ?? 0;
      add(READING_LIST, unread, newest);
      if (source.folderName) add(labelStreamId(source.folderName), unread, newest);
      if (source.creatorHandle) add(labelStreamId(CREATORS_LABEL), unread, newest);
      return { id: feedStreamId(source.fetchUrl), count: unread, newestItemTimestampUsec: usec(newest) };
    });
    return {
      max: UNREAD_CAP,
      unreadcounts: [
        ...feeds,
        ...[...totals].map(([id, total]) => ({ id, count: total.count, newestItemTimestampUsec: usec(total.newest) })),
      ],
    };
  }

  /** stream/items/ids: `{ itemRefs, continuation }`. */
  async itemIds(principal: SyncPrincipal, params: Params) {
    const stream = params.get('s') ?? READING_LIST;
    const page = await this.page(principal.userId, stream, params, IDS_MAX);
    return {
      itemRefs: page.rows.map((row) => ({
        id: row.seq.toString(),
        directStreamIds: [],
        timestampUsec: usec(row.at.getTime()),
      })),
      ...(page.continuation && { continuation: page.continuation }),
    };
  }

  /** stream/contents/<stream>: the page's items in full. */
  async streamContents(principal: SyncPrincipal, streamId: string, params: Params) {
    const page = await this.page(principal.userId, streamId, params, CONTENTS_MAX);
    const items = await this.render(principal.userId, page.rows.map((row) => row.seq));
    return {
      direction: 'ltr',
      id: streamId,
      title: streamTitle(streamId),
      updated: Math.floor(Date.now() / 1000),
      items,
      ...(page.continuation && { continuation: page.continuation }),
    };
  }

  /** stream/items/contents with `i=` ids (long, hex or decimal), in the order given. */
  async itemsContents(principal: SyncPrincipal, params: Params) {
    const seqs = this.itemSeqs(params.getAll('i'));
    return { direction: 'ltr', id: READING_LIST, updated: Math.floor(Date.now() / 1000), items: await this.render(principal.userId, seqs) };
  }

  /** Items as JSON, in the order of `seqs` (unknown ones left out). */
  async render(userId: string, seqs: bigint[]): Promise<GReaderItem[]> {
    const [rows, shares] = await Promise.all([
      this.repository.items(userId, seqs),
      this.repository.followeeShares(userId, seqs),
    ]);
    const sharesOf = new Map<string, FolloweeShare[]>();
    for (const share of shares) sharesOf.set(share.entryId, [...(sharesOf.get(share.entryId) ?? []), share]);
    const bySeq = new Map(rows.map((row) => [row.seq, row]));
    return seqs.flatMap((seq) => {
      const row = bySeq.get(seq);
      return row ? [toItem(row, sharesOf.get(row.id) ?? [])] : [];
    });
  }

  async editTag(principal: SyncPrincipal, params: Params): Promise<void> {
    const seqs = this.itemSeqs(params.getAll('i'));
    const ids = await this.repository.entryIds(seqs);
    const add = new Set(params.getAll('a').map(stateName));
    const remove = new Set(params.getAll('r').map(stateName));
    const context = {};
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      // kept-unread is "mark unread" (FreshRSS): adding it, or removing read, marks unread.
      if (add.has('read')) await this.entries.markRead(context, principal.userId, chunk, true);
      else if (remove.has('read') || add.has('kept-unread')) await this.entries.markRead(context, principal.userId, chunk, false);
    }
    if (add.has('starred') || remove.has('starred')) {
      for (const id of ids) await this.entries.setStarred(context, principal.userId, id, add.has('starred'));
    }
  }

  async markAllAsRead(principal: SyncPrincipal, params: Params): Promise<void> {
    const world = await this.scopes.world(principal.userId);
    const stream = parseStreamId(params.get('s') ?? '');
    if (!stream) throw new AppError('BAD_USER_INPUT', 's: is not a stream id', { field: 's' });
    const resolved = this.scopes.scopeOf(world, stream);
    if (!resolved) throw new AppError('NOT_FOUND', 'No such stream.');
    await this.repository.markAllRead(principal.userId, resolved.scope, parseEpoch(params.get('ts'), 'microseconds'));
  }

  /** subscription/edit: subscribe, unsubscribe, or edit (rename with `t`, move with `a`/`r` labels). */
  async editSubscription(principal: SyncPrincipal, params: Params): Promise<void> {
    const action = params.get('ac') ?? 'edit';
    const streams = params.getAll('s');
    if (streams.length === 0) throw new AppError('BAD_USER_INPUT', 's: is required', { field: 's' });
    const title = params.get('t');
    const addLabel = labelName(params.get('a'));
    const removeLabel = labelName(params.get('r'));
    const world = await this.scopes.world(principal.userId);
    for (const streamId of streams) {
      const url = feedUrl(streamId);
      if (action === 'subscribe') {
        const input: SubscribeInput = { url, folder: addLabel ?? null, title: title || null };
        await this.subscriptions.subscribe(principal.userId, input);
        continue;
      }
      const source = this.scopes.sourceByUrl(world, url);
      if (!source?.subscribedAt) throw new AppError('NOT_FOUND', 'You do not subscribe to that feed.');
      if (action === 'unsubscribe') {
        await this.subscriptions.unsubscribe(principal.userId, source.sourceId);
      } else if (action === 'edit') {
        const change: { sourceId: string; title?: string | null; folder?: string | null } = { sourceId: source.sourceId };
        if (title !== undefined) change.title = title;
        if (addLabel !== undefined) change.folder = addLabel;
        else if (removeLabel !== undefined && removeLabel === source.folderName) change.folder = null;
        await this.subscriptions.update(principal.userId, change);
      } else {
        throw new AppError('BAD_USER_INPUT', 'ac: must be subscribe, unsubscribe or edit', { field: 'ac' });
      }
    }
  }

  /** subscription/quickadd: subscribes to what the URL resolves to (one resolve, as in the web app). */
  async quickAdd(principal: SyncPrincipal, params: Params) {
    const query = params.get('quickadd')?.trim() ?? '';
    if (!query) throw new AppError('BAD_USER_INPUT', 'quickadd: is required', { field: 'quickadd' });
    const url = query.startsWith('feed/') ? query.slice('feed/'.length) : query;
    const input: SubscribeInput = { url };
    const subscription = await this.subscriptions.subscribe(principal.userId, input);
    return {
      numResults: 1,
      query,
      streamId: feedStreamId(subscription.source.url),
      streamName: subscription.title,
    };
  }

  async renameTag(principal: SyncPrincipal, params: Params): Promise<void> {
    const from = labelName(params.get('s'));
    const to = labelName(params.get('dest'));
    if (from === undefined || to === undefined) {
      throw new AppError('BAD_USER_INPUT', 's and dest: must be labels (user/-/label/<name>)', { field: 's' });
    }
    const folder = await this.folderNamed(principal.userId, from);
    await this.subscriptions.renameFolder(principal.userId, folder.id, to);
  }

  async disableTag(principal: SyncPrincipal, params: Params): Promise<void> {
    const name = labelName(params.get('s') ?? params.get('t'));
    if (name === undefined) throw new AppError('BAD_USER_INPUT', 's: must be a label (user/-/label/<name>)', { field: 's' });
    const folder = await this.folderNamed(principal.userId, name);
    await this.subscriptions.deleteFolder(principal.userId, folder.id);
  }

  private async folderNamed(userId: string, name: string) {
    const folder = (await this.repository.folders(userId)).find((candidate) => candidate.name === name);
    if (!folder) throw new AppError('NOT_FOUND', 'No such label.');
    return folder;
  }

  private itemSeqs(raw: string[]): bigint[] {
    if (raw.length > ITEMS_PER_REQUEST) {
      throw new AppError('BAD_USER_INPUT', `i: at most ${ITEMS_PER_REQUEST} ids at once`, { field: 'i' });
    }
    const seqs = raw.map(parseItemId).filter((seq): seq is bigint => seq !== null);
    return [...new Set(seqs)];
  }

  /** One page of a stream, with the filters of the request. */
  async page(userId: string, streamId: string, params: Params, max: number): Promise<StreamPage<{ seq: bigint; at: Date; id: string }>> {
    const stream = parseStreamId(streamId);
    if (!stream) throw new AppError('BAD_USER_INPUT', 's: is not a stream id', { field: 's' });
    const world = await this.scopes.world(userId);
    const resolved = this.scopes.scopeOf(world, stream);
    if (!resolved) return { rows: [], continuation: null };
    const n = clampCount(params.get('n'), max);
    const continuation = params.get('c');
    const after = continuation ? decodeContinuation(continuation) : null;
    if (continuation && !after) throw new AppError('BAD_USER_INPUT', 'c: is not a continuation this API gave out', { field: 'c' });
    const filter: StreamFilter = {
      read: resolved.read ?? 'any',
      starred: 'any',
      since: parseEpoch(params.get('ot'), 'seconds'),
      until: parseEpoch(params.get('nt'), 'seconds'),
      oldestFirst: params.get('r') === 'o',
      after,
      limit: n + 1,
    };
    for (const excluded of params.getAll('xt').map(stateName)) {
      if (excluded === 'read') filter.read = 'unread';
      if (excluded === 'starred') filter.starred = 'unstarred';
      if (excluded === 'kept-unread') filter.read = 'read';
    }
    for (const included of params.getAll('it').map(stateName)) {
      if (included === 'read') filter.read = 'read';
      if (included === 'starred') filter.starred = 'starred';
      if (included === 'kept-unread') filter.read = 'unread';
    }
    const rows = await this.repository.page(userId, resolved.scope, filter);
    const shown = rows.slice(0, n);
    const last = shown.at(-1);
    return {
      rows: shown,
      continuation: rows.length > n && last ? encodeContinuation({ atMs: last.at.getTime(), id: last.id }) : null,
    };
  }

  /** A stream's items as a Google Reader Atom feed (what newsboat's `feedhq` mode reads). */
  async atom(principal: SyncPrincipal, streamId: string, params: Params, selfUrl: string): Promise<string> {
    const page = await this.page(principal.userId, streamId, params, CONTENTS_MAX);
    const items = await this.render(principal.userId, page.rows.map((row) => row.seq));
    const entries = items.map((item) => {
      const link = item.alternate[0]?.href;
      const categories = item.categories.map((category) => {
        const state = /\/state\/com\.google\/(.+)$/.exec(category)?.[1];
        return state
          ? `<category term="${xml(category)}" scheme="http://www.google.com/reader/" label="${xml(state)}"/>`
          : `<category term="${xml(category)}" label="${xml(category.replace(LABEL_PREFIX, ''))}"/>`;
      });
      return [
        '<entry>',
        `<id>${xml(item.id)}</id>`,
        `<title type="html">${xml(item.title)}</title>`,
        `<published>${new Date(item.published * 1000).toISOString()}</published>`,
        `<updated>${new Date(item.updated * 1000).toISOString()}</updated>`,
        link ? `<link rel="alternate" href="${xml(link)}" type="text/html"/>` : '',
        ...categories,
        item.author ? `<author><name>${xml(item.author)}</name></author>` : '',
        `<content type="html">${xml(item.summary.content)}</content>`,
        `<source><id>tag:google.com,2005:reader/${xml(item.origin.streamId)}</id><title type="html">${xml(item.origin.title)}</title>` +
          `<link rel="alternate" href="${xml(item.origin.htmlUrl)}" type="text/html"/></source>`,
        '</entry>',
      ].join('');
    });
    const world = await this.scopes.world(principal.userId);
    const stream = parseStreamId(streamId);
    const title =
      stream?.kind === 'feed' ? (this.scopes.sourceByUrl(world, stream.url)?.title ?? stream.url) : streamTitle(streamId);
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gr="http://www.google.com/schemas/reader/atom/">',
      `<id>tag:google.com,2005:reader/${xml(streamId)}</id>`,
      `<title>${xml(title)}</title>`,
      `<updated>${new Date().toISOString()}</updated>`,
      `<link rel="self" href="${xml(selfUrl)}"/>`,
      page.continuation ? `<gr:continuation>${xml(page.continuation)}</gr:continuation>` : '',
      ...entries,
      '</feed>',
    ].join('\n');
  }
}

function toItem(row: ItemRow, shares: FolloweeShare[]): GReaderItem {
  const categories = [READING_LIST];
  if (row.folderName) categories.push(labelStreamId(row.folderName));
  if (row.isCreatorSource) categories.push(labelStreamId(CREATORS_LABEL));
  if (row.readAt) categories.push(READ);
  else categories.push(`user/-/state/com.google/fresh`);
  if (row.starredAt) categories.push(STARRED);
  if (shares.length) categories.push(BROADCAST_FRIENDS, ...new Set(shares.map((share) => labelStreamId(`@${share.handle}`))));
  const published = Math.floor((row.publishedAt ?? row.sortAt).getTime() / 1000);
  const media = Array.isArray(row.media) ? (row.media as { url?: unknown; type?: unknown; size?: unknown }[]) : [];
  const enclosures = media
    .filter((item) => typeof item.url === 'string' && typeof item.type === 'string')
    .map((item) => ({
      href: item.url as string,
      type: item.type as string,
      ...(typeof item.size === 'number' && { length: String(item.size) }),
    }));
  return {
    id: longItemId(row.seq),
    crawlTimeMsec: String(row.createdAt.getTime()),
    timestampUsec: usec(row.sortAt.getTime()),
    published,
    updated: Math.floor((row.editedAt ?? row.publishedAt ?? row.sortAt).getTime() / 1000),
    title: row.title,
    canonical: row.url ? [{ href: row.url }] : [],
    alternate: row.url ? [{ href: row.url, type: 'text/html' }] : [],
    categories,
    origin: {
      streamId: feedStreamId(row.fetchUrl),
      title: row.sourceTitle,
      htmlUrl: row.siteUrl ?? row.fetchUrl,
    },
    summary: { direction: 'ltr', content: row.content },
    ...(row.author && { author: row.author }),
    ...(enclosures.length && { enclosure: enclosures }),
    annotations: shares.map((share) => ({
      author: share.displayName || share.handle,
      content: share.note,
      published: Math.floor(share.createdAt.getTime() / 1000),
    })),
  };
}

/** `user/-/state/com.google/read` → `read`; anything else → itself. */
function stateName(tag: string): string {
  return /^user\/[^/]+\/state\/com\.google\/(.+)$/.exec(tag.trim())?.[1] ?? tag.trim();
}

function labelName(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const match = /^user\/[^/]+\/label\/(.+)$/.exec(tag.trim());
  return match ? match[1] : undefined;
}

function feedUrl(streamId: string): string {
  return streamId.startsWith('feed/') ? streamId.slice('feed/'.length) : streamId;
}

function clampCount(raw: string | undefined, max: number): number {
  const n = raw === undefined ? DEFAULT_N : Number(raw);
  if (!Number.isInteger(n) || n < 1) return DEFAULT_N;
  return Math.min(n, max);
}

function streamTitle(streamId: string): string {
  const stream = parseStreamId(streamId);
  const titles: Record<string, string> = {
    [READING_LIST]: 'Reading list',
    [STARRED]: 'Starred items',
    [READ]: 'Read items',
    [KEPT_UNREAD]: 'Kept unread',
    [BROADCAST_FRIENDS]: 'People you follow',
  };
  if (stream?.kind === 'label') return stream.name;
  if (stream?.kind === 'person') return `@${stream.handle}`;
  return titles[streamId.replace(/^user\/[^/]+\//, 'user/-/')] ?? streamId;
}

function sortId(seq: bigint): string {
  return seq.toString(16).toUpperCase().padStart(8, '0');
}

function usec(ms: number): string {
  return `${ms}000`;
}

export function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex -- exactly those control characters are what it removes
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export type { StreamRef };
