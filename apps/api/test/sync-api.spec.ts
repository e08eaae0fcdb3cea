import { rssFeed } from '@tributary/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { startSocialWorld } from './support/social-world.js';
import { type TestUser } from './support/factories.js';
import { addEntries, createAppPassword, feverKey, ReaderClient, seedSource } from './support/sync-client.js';

const READ = 'user/-/state/com.google/read';
const STARRED = 'user/-/state/com.google/starred';
const READING_LIST = 'user/-/state/com.google/reading-list';

type ItemRefs = { itemRefs: { id: string; timestampUsec: string }[]; continuation?: string };
type Items = {
  items: { id: string; title: string; categories: string[]; origin: { streamId: string }; annotations: { content: string }[] }[];
  continuation?: string;
};

describe('Google Reader API', () => {
  const world = useWorld(() => startApiWorld());
  let reader: TestUser;
  let client: ReaderClient;
  let origin: string;
  let tides: Awaited<ReturnType<typeof seedSource>>;
  let maps: Awaited<ReturnType<typeof seedSource>>;

  beforeAll(async () => {
    origin = new URL(world.api.url).origin;
    reader = await world.member();
    tides = await seedSource(world.db, { title: 'Tides', count: 30, user: reader, folder: 'Sea' });
    maps = await seedSource(world.db, { title: 'Maps', count: 5, user: reader });
    const { secret } = await createAppPassword(world, reader, 'NetNewsWire');
    client = await ReaderClient.signIn(origin, reader.email, secret);
  });

  it('signs in with ClientLogin (email or handle) and answers user-info', async () => {
    const info = await client.json<{ userId: string; userName: string; userEmail: string }>('/reader/api/0/user-info');
    expect(info).toMatchObject({ userId: reader.id, userName: reader.handle, userEmail: reader.email });
    expect(client.postToken).toMatch(/^[0-9a-f]{57}$/);
    const { secret } = await createAppPassword(world, reader, 'By handle');
    const byHandle = await ReaderClient.signIn(origin, reader.handle, secret);
    expect(byHandle.auth).not.toBe(client.auth);
  });

  it('lists subscriptions with their folders, the tags and unread counts', async () => {
    const { subscriptions } = await client.json<{
      subscriptions: { id: string; title: string; categories: { id: string; label: string }[]; url: string }[];
    }>('/reader/api/0/subscription/list');
    expect(subscriptions.map((sub) => [sub.id, sub.title, sub.categories])).toEqual([
      [`feed/${tides.fetchUrl}`, 'Tides', [{ id: 'user/-/label/Sea', label: 'Sea' }]],
      [`feed/${maps.fetchUrl}`, 'Maps', []],
    ]);
    const { tags } = await client.json<{ tags: { id: string; type?: string }[] }>('/reader/api/0/tag/list');
    expect(tags.map((tag) => tag.id)).toEqual(expect.arrayContaining([STARRED, 'user/-/label/Sea']));
    const counts = await client.json<{ unreadcounts: { id: string; count: number }[] }>('/reader/api/0/unread-count');
    const byId = new Map(counts.unreadcounts.map((count) => [count.id, count.count]));
    expect(byId.get(`feed/${tides.fetchUrl}`)).toBe(30);
    expect(byId.get(`feed/${maps.fetchUrl}`)).toBe(5);
    expect(byId.get('user/-/label/Sea')).toBe(30);
    expect(byId.get(READING_LIST)).toBe(35);
  });

  it('pages stream/items/ids by continuation without duplicates or gaps while entries arrive', async () => {
    const expected = (
      await world.db.entry.findMany({ where: { sourceId: { in: [tides.id, maps.id] } }, select: { seq: true } })
    ).map((row) => row.seq.toString());
    const seen: string[] = [];
    let continuation: string | undefined;
    let pages = 0;
    do {
      const page = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', {
        s: READING_LIST,
        n: '7',
        ...(continuation && { c: continuation }),
      });
      seen.push(...page.itemRefs.map((ref) => ref.id));
      continuation = page.continuation;
      pages += 1;
      // New entries arrive between pages: newer than everything, and one back-dated into the middle.
      await addEntries(world.db, tides.id, `Arrival ${pages}`, 1, new Date(Date.now() + pages * 1000));
      await addEntries(world.db, maps.id, `Late ${pages}`, 1, new Date(Date.now() - 3 * 3_600_000));
    } while (continuation);
    expect(pages).toBe(Math.ceil(expected.length / 7) + (expected.length % 7 === 0 ? 1 : 0) || pages);
    expect(new Set(seen).size).toBe(seen.length);
    // Every entry that existed at the start was listed exactly once.
    expect(expected.filter((id) => !seen.includes(id))).toEqual([]);
  });

  it('orders oldest first with r=o and bounds time with ot and nt', async () => {
    const newest = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: `feed/${maps.fetchUrl}`, n: '1000' });
    const oldest = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', {
      s: `feed/${maps.fetchUrl}`,
      n: '1000',
      r: 'o',
    });
    expect(oldest.itemRefs.map((ref) => ref.id)).toEqual(newest.itemRefs.map((ref) => ref.id).reverse());
    const times = newest.itemRefs.map((ref) => Number(ref.timestampUsec) / 1e6);
    const middle = Math.floor(times[2]!);
    const after = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', {
      s: `feed/${maps.fetchUrl}`,
      n: '1000',
      ot: String(middle),
    });
    expect(after.itemRefs.every((ref) => Number(ref.timestampUsec) / 1e6 >= middle)).toBe(true);
    const before = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', {
      s: `feed/${maps.fetchUrl}`,
      n: '1000',
      nt: String(middle),
    });
    expect(before.itemRefs.every((ref) => Number(ref.timestampUsec) / 1e6 < middle)).toBe(true);
    expect(after.itemRefs.length + before.itemRefs.length).toBe(newest.itemRefs.length);
  });

  it('reads items by long and short ids, marks read, starred and kept-unread with edit-tag', async () => {
    const ids = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: `feed/${tides.fetchUrl}`, n: '3' });
    const [first, second, third] = ids.itemRefs.map((ref) => ref.id);
    const long = `tag:google.com,2005:reader/item/${BigInt(first!).toString(16).padStart(16, '0')}`;
    const contentsResponse = await client.post('/reader/api/0/stream/items/contents', [
      ['i', long],
      ['i', second!],
    ]);
    expect(contentsResponse.status).toBe(200);
    const contents = (await contentsResponse.json()) as Items;
    expect(contents.items.map((item) => item.id)).toEqual([long, `tag:google.com,2005:reader/item/${BigInt(second!).toString(16).padStart(16, '0')}`]);
    expect(contents.items[0]!.origin.streamId).toBe(`feed/${tides.fetchUrl}`);

    expect(await (await client.post('/reader/api/0/edit-tag', [['i', first!], ['i', long], ['a', READ]])).text()).toBe('OK');
    expect(await (await client.post('/reader/api/0/edit-tag', [['i', second!], ['a', STARRED]])).text()).toBe('OK');
    const state = async (seq: string) => {
      const entry = await world.db.entry.findUniqueOrThrow({ where: { seq: BigInt(seq) } });
      return world.db.entryState.findUnique({ where: { userId_entryId: { userId: reader.id, entryId: entry.id } } });
    };
    expect((await state(first!))?.readAt).not.toBeNull();
    expect((await state(second!))?.starredAt).not.toBeNull();
    const unread = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', {
      s: `feed/${tides.fetchUrl}`,
      xt: READ,
      n: '1000',
    });
    expect(unread.itemRefs.map((ref) => ref.id)).not.toContain(first);
    const starred = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: STARRED });
    expect(starred.itemRefs.map((ref) => ref.id)).toEqual([second]);
    const starredViaIt = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: READING_LIST, it: STARRED });
    expect(starredViaIt.itemRefs.map((ref) => ref.id)).toEqual([second]);
    // kept-unread marks unread again (newsboat sends r=read&a=kept-unread).
    await client.post('/reader/api/0/edit-tag', [['i', first!], ['r', READ], ['a', 'user/-/state/com.google/kept-unread']]);
    expect((await state(first!))?.readAt).toBeNull();
    await client.post('/reader/api/0/edit-tag', [['i', second!], ['r', STARRED]]);
    expect((await state(second!))?.starredAt).toBeNull();
    // An item's categories carry its state.
    await client.post('/reader/api/0/edit-tag', [['i', third!], ['a', READ]]);
    const [item] = (await client.json<Items>('/reader/api/0/stream/items/contents', { i: third! })).items;
    expect(item!.categories).toEqual(expect.arrayContaining([READING_LIST, 'user/-/label/Sea', READ]));
  });

  it('refuses a POST with a wrong T token, and takes one without T', async () => {
    const wrong = await client.post('/reader/api/0/edit-tag', [['i', '1'], ['a', READ]], 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('x-reader-google-bad-token')).toBe('true');
    const none = await client.post('/reader/api/0/edit-tag', [['i', '1'], ['a', READ]], null);
    expect(none.status).toBe(200);
  });

  it('serves stream/contents of a feed, a folder and the reading list, with continuation', async () => {
    const feed = await client.json<Items>(`/reader/api/0/stream/contents/${encodeURIComponent(`feed/${maps.fetchUrl}`)}`, { n: '2' });
    expect(feed.items).toHaveLength(2);
    expect(feed.items.every((item) => item.origin.streamId === `feed/${maps.fetchUrl}`)).toBe(true);
    const next = await client.json<Items>(`/reader/api/0/stream/contents/feed/${maps.fetchUrl}`, { n: '2', c: feed.continuation! });
    expect(next.items.map((item) => item.id)).not.toContain(feed.items[0]!.id);
    const folder = await client.json<Items>('/reader/api/0/stream/contents/user/-/label/Sea', { n: '50' });
    expect(folder.items.length).toBeGreaterThan(0);
    expect(folder.items.every((item) => item.origin.streamId === `feed/${tides.fetchUrl}`)).toBe(true);
    const bad = await client.get('/reader/api/0/stream/items/ids', { s: READING_LIST, c: 'nonsense' });
    expect(bad.status).toBe(400);
  });

  it('marks a stream read up to ts with mark-all-as-read', async () => {
    const ids = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: `feed/${maps.fetchUrl}`, n: '1000', xt: READ });
    expect(ids.itemRefs.length).toBeGreaterThan(2);
    const cutoff = ids.itemRefs[1]!.timestampUsec;
    expect(await (await client.post('/reader/api/0/mark-all-as-read', [['s', `feed/${maps.fetchUrl}`], ['ts', cutoff]])).text()).toBe('OK');
    const after = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: `feed/${maps.fetchUrl}`, n: '1000', xt: READ });
    expect(after.itemRefs.map((ref) => ref.id)).toEqual([ids.itemRefs[0]!.id]);
  });

  it('renames, moves and unsubscribes with subscription/edit; renames and removes labels', async () => {
    const edit = (form: [string, string][]) => client.post('/reader/api/0/subscription/edit', form);
    expect((await edit([['ac', 'edit'], ['s', `feed/${maps.fetchUrl}`], ['t', 'Charts'], ['a', 'user/-/label/Land']])).status).toBe(200);
    let { subscriptions } = await client.json<{ subscriptions: { id: string; title: string; categories: { label: string }[] }[] }>(
      '/reader/api/0/subscription/list',
    );
    expect(subscriptions.find((sub) => sub.id === `feed/${maps.fetchUrl}`)).toMatchObject({ title: 'Charts', categories: [{ label: 'Land' }] });
    expect((await client.post('/reader/api/0/rename-tag', [['s', 'user/-/label/Land'], ['dest', 'user/-/label/Earth']])).status).toBe(200);
    expect((await client.post('/reader/api/0/disable-tag', [['s', 'user/-/label/Earth']])).status).toBe(200);
    ({ subscriptions } = await client.json('/reader/api/0/subscription/list'));
    expect(subscriptions.find((sub) => sub.id === `feed/${maps.fetchUrl}`)?.categories).toEqual([]);
    expect((await edit([['ac', 'unsubscribe'], ['s', `feed/${maps.fetchUrl}`]])).status).toBe(200);
    ({ subscriptions } = await client.json('/reader/api/0/subscription/list'));
    expect(subscriptions.map((sub) => sub.id)).toEqual([`feed/${tides.fetchUrl}`]);
    expect((await edit([['ac', 'unsubscribe'], ['s', `feed/${maps.fetchUrl}`]])).status).toBe(404);
  });

  it('puts friends’ shares in broadcast-friends and under @handle, and followed creators in a folder', async () => {
    const friend = await world.member();
    const creatorFeed = await seedSource(world.db, { title: 'Friend’s blog', count: 3 });
    await world.db.claim.create({
      data: {
        userId: friend.id,
        sourceId: creatorFeed.id,
        code: `tributary-verify=${creatorFeed.id}`,
        status: 'VERIFIED',
        method: 'DESCRIPTION',
        verifiedAt: new Date(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await world.as(reader, 'mutation($h: String!) { follow(handle: $h) { id } }', { h: friend.handle });
    const shared = await world.db.entry.findFirstOrThrow({ where: { sourceId: tides.id }, orderBy: { sortAt: 'asc' } });
    await world.as(friend, 'mutation($input: ShareInput!) { share(input: $input) { id } }', {
      input: { entryId: shared.id, note: 'Worth the read' },
    });
    const friends = await client.json<Items>('/reader/api/0/stream/contents/user/-/state/com.google/broadcast-friends');
    expect(friends.items).toHaveLength(1);
    expect(friends.items[0]!.annotations).toEqual([expect.objectContaining({ content: 'Worth the read' })]);
    expect(friends.items[0]!.categories).toEqual(expect.arrayContaining(['user/-/state/com.google/broadcast-friends', `user/-/label/@${friend.handle}`]));
    const person = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: `user/-/label/@${friend.handle}` });
    expect(person.itemRefs.map((ref) => ref.id)).toEqual([shared.seq.toString()]);
    const { tags } = await client.json<{ tags: { id: string }[] }>('/reader/api/0/tag/list');
    expect(tags.map((tag) => tag.id)).toEqual(expect.arrayContaining([`user/-/label/@${friend.handle}`, 'user/-/label/Followed creators']));
    const { subscriptions } = await client.json<{ subscriptions: { id: string; categories: { label: string }[] }[] }>(
      '/reader/api/0/subscription/list',
    );
    expect(subscriptions.find((sub) => sub.id === `feed/${creatorFeed.fetchUrl}`)?.categories).toEqual([
      { id: 'user/-/label/Followed creators', label: 'Followed creators' },
    ]);
    const creators = await client.json<ItemRefs>('/reader/api/0/stream/items/ids', { s: 'user/-/label/Followed creators' });
    expect(creators.itemRefs).toHaveLength(3);
  });

  it('refuses wrong, expired and revoked app passwords and their tokens', async () => {
    const other = await world.member();
    const { id, secret } = await createAppPassword(world, other, 'Soon gone');
    const signedIn = await ReaderClient.signIn(origin, other.email, secret);
    // The account password is not an app password; a wrong one is refused alike.
    for (const password of [other.password, `${secret.slice(0, -1)}x`, '']) {
      const response = await signedIn.clientLogin(other.email, password);
      expect(response.status).toBe(401);
      expect(await response.text()).toContain('BadAuthentication');
    }
    // Another person's app password does not sign this one in.
    expect((await signedIn.clientLogin(reader.email, secret)).status).toBe(401);
    // Expired.
    await world.db.appPassword.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await signedIn.get('/reader/api/0/user-info')).status).toBe(401);
    expect((await signedIn.clientLogin(other.email, secret)).status).toBe(401);
    await world.db.appPassword.update({ where: { id }, data: { expiresAt: null } });
    expect((await signedIn.get('/reader/api/0/user-info')).status).toBe(200);
    // Listed with its last use, then revoked.
    const { appPasswords } = await world.as<{ appPasswords: { id: string; lastUsedAt: string | null }[] }>(
      other,
      '{ appPasswords { id lastUsedAt } }',
    );
    expect(appPasswords.map((password) => password.id)).toEqual([id]);
    expect(appPasswords[0]!.lastUsedAt).not.toBeNull();
    await world.as(other, 'mutation($id: ID!) { revokeAppPassword(id: $id) }', { id });
    expect((await signedIn.get('/reader/api/0/user-info')).status).toBe(401);
    expect((await signedIn.clientLogin(other.email, secret)).status).toBe(401);
    const listed = await world.as<{ appPasswords: unknown[] }>(other, '{ appPasswords { id } }');
    expect(listed.appPasswords).toEqual([]);
    // Someone else cannot revoke it.
    const { id: readerPassword } = await createAppPassword(world, reader, 'Mine');
    const refused = await world.raw(other, 'mutation($id: ID!) { revokeAppPassword(id: $id) }', { id: readerPassword });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A missing or malformed header.
    expect((await fetch(`${origin}/api/greader/reader/api/0/user-info`)).status).toBe(401);
  });
});

type FeverAnswer = Record<string, unknown> & { auth: number; api_version: number };

describe('Fever API', () => {
  const world = useWorld(() => startApiWorld());
  let reader: TestUser;
  let origin: string;
  let key: string;
  let news: Awaited<ReturnType<typeof seedSource>>;

  beforeAll(async () => {
    origin = new URL(world.api.url).origin;
    reader = await world.member();
    news = await seedSource(world.db, { title: 'News', count: 60, user: reader, folder: 'Daily' });
    await seedSource(world.db, { title: 'Other', count: 2, user: reader });
    const { secret } = await createAppPassword(world, reader, 'Reeder');
    key = feverKey(reader.email, secret);
  });

  async function fever(query: string, form: Record<string, string> = {}, path = '/api/fever/'): Promise<FeverAnswer> {
    const response = await fetch(`${origin}${path}?api${query ? `&${query}` : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: key, ...form }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as FeverAnswer;
  }

  it('authenticates with md5("email:app password") with and without the trailing slash', async () => {
    expect(await fever('')).toMatchObject({ api_version: 3, auth: 1 });
    expect(await fever('', {}, '/api/fever')).toMatchObject({ auth: 1 });
    expect(await fever('', { api_key: key.toUpperCase() })).toMatchObject({ auth: 1 });
    expect(await fever('', { api_key: feverKey(reader.email, reader.password) })).toMatchObject({ auth: 0 });
    const multipart = new FormData();
    multipart.append('api_key', key);
    const response = await fetch(`${origin}/api/fever/?api&groups`, { method: 'POST', body: multipart });
    expect(await response.json()).toMatchObject({ auth: 1, groups: [{ title: 'Daily' }] });
  });

  it('lists groups, feeds and feeds_groups', async () => {
    const answer = await fever('groups&feeds');
    const groups = answer.groups as { id: number; title: string }[];
    const feeds = answer.feeds as { id: number; title: string; url: string }[];
    expect(groups.map((group) => group.title)).toEqual(['Daily']);
    expect(feeds.map((feed) => feed.title)).toEqual(['News', 'Other']);
    const newsFeed = feeds.find((feed) => feed.url === news.fetchUrl)!;
    expect(answer.feeds_groups).toEqual([{ group_id: groups[0]!.id, feed_ids: String(newsFeed.id) }]);
    expect(await fever('favicons&links')).toMatchObject({ favicons: [], links: [] });
  });

  it('pages items by since_id, max_id and with_ids', async () => {
    const first = (await fever('items&since_id=0')).items as { id: number }[];
    expect(first).toHaveLength(50);
    const ids = first.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const rest = (await fever(`items&since_id=${ids.at(-1)}`)).items as { id: number }[];
    expect(rest).toHaveLength(12);
    const all = [...ids, ...rest.map((item) => item.id)];
    expect(new Set(all).size).toBe(62);
    const older = (await fever(`items&max_id=${all.at(-1)}`)).items as { id: number }[];
    expect(older).toHaveLength(50);
    expect(older[0]!.id).toBe(all.at(-2));
    const chosen = (await fever(`items&with_ids=${all[3]},${all[5]}`)).items as { id: number }[];
    expect(chosen.map((item) => item.id).sort()).toEqual([all[3], all[5]].sort());
    expect((await fever('items')).total_items).toBe(62);
  });

  it('marks items read, unread, saved and unsaved, and feeds and groups read', async () => {
    const unread = () => fever('unread_item_ids').then((answer) => String(answer.unread_item_ids).split(',').filter(Boolean));
    const saved = () => fever('saved_item_ids').then((answer) => String(answer.saved_item_ids).split(',').filter(Boolean));
    const before = await unread();
    expect(before).toHaveLength(62);
    const item = before[0]!;
    await fever('', { mark: 'item', as: 'read', id: item });
    expect(await unread()).not.toContain(item);
    await fever('', { mark: 'item', as: 'unread', id: item });
    expect(await unread()).toContain(item);
    await fever('', { mark: 'item', as: 'saved', id: item });
    expect(await saved()).toEqual([item]);
    await fever('', { mark: 'item', as: 'unsaved', id: item });
    expect(await saved()).toEqual([]);
    const { feeds, groups } = (await fever('feeds&groups')) as unknown as { feeds: { id: number; title: string }[]; groups: { id: number }[] };
    const other = feeds.find((feed) => feed.title === 'Other')!;
    await fever('', { mark: 'feed', as: 'read', id: String(other.id), before: String(Math.floor(Date.now() / 1000) + 60) });
    expect(await unread()).toHaveLength(60);
    // `before` bounds what a group marks: only items at or before it.
    await fever('', { mark: 'group', as: 'read', id: String(groups[0]!.id), before: String(Math.floor((Date.now() - 30 * 60_000) / 1000)) });
    const left = await unread();
    expect(left.length).toBeGreaterThan(25);
    expect(left.length).toBeLessThan(35);
    await fever('', { mark: 'group', as: 'read', id: '0', before: String(Math.floor(Date.now() / 1000) + 60) });
    expect(await unread()).toEqual([]);
  });
});

describe('sync API sign-in protections', () => {
  const world = useWorld(() => startApiWorld({ RATE_LIMIT_LOGIN_IP: '3/600' }));

  it('counts wrong api_keys and tokens per address, then refuses even the right one', async () => {
    const origin = new URL(world.api.url).origin;
    const reader = await world.member();
    const { secret } = await createAppPassword(world, reader, 'Fever app');
    const post = (apiKey: string) =>
      fetch(`${origin}/api/fever/?api`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: apiKey }),
      });
    // Successes do not count.
    for (let i = 0; i < 5; i += 1) expect(await (await post(feverKey(reader.email, secret))).json()).toMatchObject({ auth: 1 });
    for (let i = 0; i < 3; i += 1) expect(await (await post(feverKey(reader.email, `wrong${i}`))).json()).toMatchObject({ auth: 0 });
    const refused = await post(feverKey(reader.email, secret));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
    const token = await fetch(`${origin}/api/greader/reader/api/0/user-info`, {
      headers: { authorization: 'GoogleLogin auth=trbgr_guess' },
    });
    expect(token.status).toBe(429);
  });
});

describe('subscribing from a reader app (one resolve, through the worker)', () => {
  const world = useWorld(() => startSocialWorld());

  it('quickadd and subscription/edit ac=subscribe resolve once and list the feed with its posts', async () => {
    const origin = new URL(world.api.url).origin;
    const reader = await world.member();
    const { secret } = await createAppPassword(world, reader, 'Read You');
    const client = await ReaderClient.signIn(origin, reader.email, secret);
    world.origin.feed('/quick.xml', () => rssFeed('Quick feed', [{ guid: 'q-1', title: 'quick one', date: new Date(Date.now() - 3_600_000) }]));
    world.origin.feed('/edit.xml', () => rssFeed('Edited in', [{ guid: 'e-1', title: 'edit one', date: new Date(Date.now() - 3_600_000) }]));
    const quick = await client.post('/reader/api/0/subscription/quickadd', [['quickadd', world.origin.url('/quick.xml')]]);
    expect(quick.status).toBe(200);
    const added = (await quick.json()) as { numResults: number; streamId: string; streamName: string };
    expect(added).toMatchObject({ numResults: 1, streamName: 'Quick feed' });
    expect(world.origin.requestsTo('/quick.xml')).toHaveLength(1);
    const subscribed = await client.post('/reader/api/0/subscription/edit', [
      ['ac', 'subscribe'],
      ['s', `feed/${world.origin.url('/edit.xml')}`],
      ['a', 'user/-/label/Later'],
      ['t', 'My title'],
    ]);
    expect(subscribed.status).toBe(200);
    const { subscriptions } = await client.json<{ subscriptions: { id: string; title: string; categories: { label: string }[] }[] }>(
      '/reader/api/0/subscription/list',
    );
    expect(subscriptions.map((sub) => [sub.title, sub.categories.map((category) => category.label)])).toEqual([
      ['Quick feed', []],
      ['My title', ['Later']],
    ]);
    const items = await client.json<Items>(`/reader/api/0/stream/contents/${encodeURIComponent(added.streamId)}`);
    expect(items.items.map((item) => item.title)).toEqual(['quick one']);
  });
});
