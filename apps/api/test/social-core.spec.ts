import { beforeAll, describe, expect, it } from 'vitest';
import { rssFeed } from '@tributary/test-support';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { errorCode, startSocialWorld } from './support/social-world.js';

const HOUR = 3_600_000;
const items = (prefix: string, count: number, imageEvery = 0) =>
  Array.from({ length: count }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} post ${i}`,
    date: new Date(Date.now() - (i + 1) * HOUR),
    ...(imageEvery && i % imageEvery === 0 && { imageUrl: `https://img.example.org/${prefix}-${i}.jpg` }),
  }));

const ENTRY_FIELDS = 'id title kind sortAt viewerHasRead viewerHasStarred commentsCount sharesCount media { url type } source { id title } sharedBy { note user { handle } }';
const TIMELINE = `query T($first: Int, $after: String, $filter: TimelineFilter) {
  timeline(first: $first, after: $after, filter: $filter) { edges { cursor node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
type Entry = { id: string; title: string; viewerHasRead: boolean; viewerHasStarred: boolean; commentsCount: number; sharesCount: number; media: { type: string }[]; source: { id: string }; sharedBy: { note: string; user: { handle: string } } | null };
type TimelineData = { timeline: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const SUBSCRIBE = `mutation S($input: SubscribeInput!) { subscribe(input: $input) { id title customTitle folder { id name } source { id kind title url subscribersCount health { status } } } }`;

describe('social core over GraphQL', () => {
  const world = useWorld(() => startSocialWorld());
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let admin: TestUser;
  let blogId: string;
  let picsId: string;

  beforeAll(async () => {
    world.origin.feed('/blog.xml', () => rssFeed('Alice Blog', items('blog', 12)));
    world.origin.feed('/pics.xml', () => rssFeed('Pictures', items('pics', 6, 2)));
    [alice, bob, carol, admin] = await Promise.all([world.member(), world.member(), world.member(), world.member('ADMIN')]);
  });

  const timeline = (user: TestUser, variables: Record<string, unknown> = {}) => world.as<TimelineData>(user, TIMELINE, { first: 50, ...variables });

  it('previews a source without subscribing, and explains what cannot be resolved', async () => {
    const data = await world.as<{ previewSource: { kind: string; title: string; recentItems: { title: string }[]; source: null } }>(
      alice,
      `mutation P($input: String!) { previewSource(input: $input) { kind title description url recentItems { title url publishedAt } source { id } } }`,
      { input: world.origin.url('/blog.xml') },
    );
    expect(data.previewSource).toMatchObject({ kind: 'RSS', title: 'Alice Blog', source: null });
    expect(data.previewSource.recentItems.length).toBeGreaterThan(0);
    expect(await world.db.subscription.count({ where: { userId: alice.id } })).toBe(0);

    const missing = await world.raw(alice, `mutation { previewSource(input: "${world.origin.url('/nothing.xml')}") { title } }`);
    expect(['NOT_FOUND', 'SOURCE_UNREACHABLE', 'SOURCE_UNSUPPORTED']).toContain(errorCode(missing));
    const anonymous = await world.raw(null, `mutation { previewSource(input: "x") { title } }`);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('subscribes with a folder and title; the backfill is in the timeline at once', async () => {
    const blog = await world.as<{ subscribe: { id: string; title: string; folder: { name: string }; source: { id: string; subscribersCount: number; health: { status: string } } } }>(
      alice,
      SUBSCRIBE,
      { input: { source: world.origin.url('/blog.xml'), folder: 'Reading', title: 'My blog' } },
    );
    expect(blog.subscribe).toMatchObject({ title: 'My blog', folder: { name: 'Reading' }, source: { subscribersCount: 1, health: { status: 'OK' } } });
    blogId = blog.subscribe.source.id;
    const pics = await world.as<{ subscribe: { source: { id: string } } }>(alice, SUBSCRIBE, { input: { source: world.origin.url('/pics.xml') } });
    picsId = pics.subscribe.source.id;

    // Subscribing twice counts once.
    const again = await world.as<{ subscribe: { source: { subscribersCount: number } } }>(alice, SUBSCRIBE, { input: { source: blogId } });
    expect(again.subscribe.source.subscribersCount).toBe(1);

    const page = await timeline(alice);
    expect(page.timeline.edges).toHaveLength(18);
    const times = page.timeline.edges.map((edge) => edge.node);
    expect(times[0]!.title).toMatch(/post 0/);

    const subs = await world.as<{ subscriptions: { title: string; source: { id: string } }[]; folders: { name: string; subscriptionsCount: number }[] }>(
      alice,
      `{ subscriptions { title source { id } } folders { name subscriptionsCount } }`,
    );
    expect(subs.subscriptions.map((s) => s.title).sort()).toEqual(['My blog', 'Pictures']);
    expect(subs.folders).toEqual([{ name: 'Reading', subscriptionsCount: 1 }]);
  });

  it('filters by view, source, folder and unread, and marks read, unread, all-older-than and starred', async () => {
    const pictures = await timeline(alice, { filter: { view: 'PICTURES' } });
    expect(pictures.timeline.edges).toHaveLength(3);
    expect(pictures.timeline.edges.every((edge) => edge.node.media[0]?.type === 'image/jpeg')).toBe(true);
    const folder = await timeline(alice, { filter: { folder: 'Reading' } });
    expect(folder.timeline.edges.every((edge) => edge.node.source.id === blogId)).toBe(true);
    expect((await timeline(alice, { filter: { sourceId: picsId } })).timeline.edges).toHaveLength(6);
    expect(errorCode(await world.raw(alice, TIMELINE, { filter: { folder: 'Nope' } }))).toBe('NOT_FOUND');

    const [first, second] = (await timeline(alice)).timeline.edges.map((edge) => edge.node);
    const read = await world.as<{ markRead: Entry[] }>(alice, `mutation M($ids: [ID!]!) { markRead(entryIds: $ids) { id viewerHasRead } }`, { ids: [first!.id, second!.id] });
    expect(read.markRead.every((entry) => entry.viewerHasRead)).toBe(true);
    expect((await timeline(alice, { filter: { unreadOnly: true } })).timeline.edges).toHaveLength(16);
    await world.as(alice, `mutation M($ids: [ID!]!) { markUnread(entryIds: $ids) { id } }`, { ids: [second!.id] });
    expect((await timeline(alice, { filter: { unreadOnly: true } })).timeline.edges).toHaveLength(17);

    const starred = await world.as<{ star: Entry }>(alice, `mutation M($id: ID!) { star(entryId: $id) { id viewerHasStarred } }`, { id: second!.id });
    expect(starred.star.viewerHasStarred).toBe(true);
    const list = await world.as<{ starred: { edges: { node: { id: string } }[] } }>(alice, `{ starred { edges { node { id } } } }`);
    expect(list.starred.edges.map((edge) => edge.node.id)).toEqual([second!.id]);
    await world.as(alice, `mutation M($id: ID!) { unstar(entryId: $id) { id } }`, { id: second!.id });

    // "Mark all older than this as read": everything at or before the 5th item.
    const page = (await timeline(alice)).timeline.edges.map((edge) => edge.node as Entry & { sortAt: string });
    const changed = await world.as<{ markAllRead: number }>(alice, `mutation M($before: DateTime) { markAllRead(before: $before) }`, { before: page[4]!.sortAt });
    expect(changed.markAllRead).toBe(14);
    expect((await timeline(alice, { filter: { unreadOnly: true } })).timeline.edges).toHaveLength(3);

    // Bob's states are his own.
    expect((await timeline(bob, { filter: { unreadOnly: true } })).timeline.edges).toHaveLength(0);
    expect(errorCode(await world.raw(null, TIMELINE))).toBe('UNAUTHENTICATED');
  });

  it('updates, unsubscribes and manages folders; other people get NOT_FOUND and nothing changes', async () => {
    const updated = await world.as<{ updateSubscription: { title: string; folder: { name: string } } }>(
      alice,
      `mutation U($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { title folder { name } } }`,
      { input: { sourceId: picsId, folder: 'Art', title: '' } },
    );
    expect(updated.updateSubscription).toEqual({ title: 'Pictures', folder: { name: 'Art' } });
    const folders = await world.as<{ folders: { id: string; name: string }[] }>(alice, `{ folders { id name } }`);
    const art = folders.folders.find((folder) => folder.name === 'Art')!;
    expect(errorCode(await world.raw(bob, `mutation R($id: ID!) { renameFolder(id: $id, name: "Mine") { id } }`, { id: art.id }))).toBe('NOT_FOUND');
    expect(errorCode(await world.raw(bob, `mutation R($id: ID!) { deleteFolder(id: $id) }`, { id: art.id }))).toBe('NOT_FOUND');
    expect(errorCode(await world.raw(bob, `mutation U($id: ID!) { unsubscribe(sourceId: $id) }`, { id: picsId }))).toBe('NOT_FOUND');
    expect(errorCode(await world.raw(bob, `mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }`, { id: picsId }))).toBe('FORBIDDEN');
    await world.as(alice, `mutation R($id: ID!) { renameFolder(id: $id, name: "Artworks") { name } }`, { id: art.id });
    await world.as(alice, `mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }`, { id: picsId });
    await world.as(alice, `mutation R($id: ID!) { deleteFolder(id: $id) }`, { id: art.id });
    const subs = await world.as<{ subscriptions: { folder: null | { name: string }; source: { id: string } }[] }>(alice, `{ subscriptions { folder { name } source { id } } }`);
    expect(subs.subscriptions.find((s) => s.source.id === picsId)?.folder).toBeNull();

    await world.as(bob, SUBSCRIBE, { input: { source: picsId } });
    await world.as(bob, `mutation U($id: ID!) { unsubscribe(sourceId: $id) }`, { id: picsId });
    const source = await world.as<{ source: { subscribersCount: number } }>(bob, `query S($id: ID!) { source(id: $id) { subscribersCount } }`, { id: picsId });
    expect(source.source.subscribersCount).toBe(1);
  });

  it('follows people (counts, lists, notifications) and puts their shares in the timeline', async () => {
    await world.as(bob, `mutation { follow(handle: "${alice.handle}") { id } }`);
    await world.as(carol, `mutation { follow(handle: "${alice.handle}") { id } }`);
    await world.as(bob, `mutation { follow(handle: "${alice.handle}") { id } }`);
    const profile = await world.as<{ user: { followersCount: number; followingCount: number; viewerIsFollowing: boolean } }>(
      bob,
      `{ user(handle: "${alice.handle}") { followersCount followingCount viewerIsFollowing } }`,
    );
    expect(profile.user).toEqual({ followersCount: 2, followingCount: 0, viewerIsFollowing: true });
    const followers = await world.as<{ followers: { edges: { node: { handle: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      null,
      `{ followers(handle: "${alice.handle}", first: 1) { edges { node { handle } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(followers.followers.edges.map((e) => e.node.handle)).toEqual([carol.handle]);
    const rest = await world.as<{ followers: { edges: { node: { handle: string } }[] } }>(
      null,
      `query F($after: String) { followers(handle: "${alice.handle}", first: 5, after: $after) { edges { node { handle } } } }`,
      { after: followers.followers.pageInfo.endCursor },
    );
    expect(rest.followers.edges.map((e) => e.node.handle)).toEqual([bob.handle]);
    const following = await world.as<{ following: { edges: unknown[] } }>(null, `{ following(handle: "${bob.handle}") { edges { cursor } } }`);
    expect(following.following.edges).toHaveLength(1);
    expect(errorCode(await world.raw(bob, `mutation { follow(handle: "${bob.handle}") { id } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await world.raw(null, `mutation { follow(handle: "${alice.handle}") { id } }`))).toBe('UNAUTHENTICATED');

    const notes = await world.as<{ notifications: { edges: { node: { type: string; actor: { handle: string } } }[] }; unreadNotificationsCount: number }>(
      alice,
      `{ notifications { edges { node { type actor { handle } } } } unreadNotificationsCount }`,
    );
    expect(notes.notifications.edges.map((e) => e.node.type)).toEqual(['NEW_FOLLOWER', 'NEW_FOLLOWER']);
    expect(notes.unreadNotificationsCount).toBe(2);

    // Alice shares an entry; Bob (following her, subscribed to nothing) sees it as a share item.
    const entry = (await timeline(alice)).timeline.edges[3]!.node;
    const shared = await world.as<{ share: { note: string; entry: { sharesCount: number }; user: { handle: string } } }>(
      alice,
      `mutation S($input: ShareInput!) { share(input: $input) { note entry { sharesCount } user { handle } } }`,
      { input: { entryId: entry.id, note: 'worth reading' } },
    );
    expect(shared.share).toEqual({ note: 'worth reading', entry: { sharesCount: 1 }, user: { handle: alice.handle } });
    const bobs = await timeline(bob);
    expect(bobs.timeline.edges).toHaveLength(1);
    expect(bobs.timeline.edges[0]!.node).toMatchObject({ id: entry.id, sharedBy: { note: 'worth reading', user: { handle: alice.handle } } });

    await world.as(bob, `mutation { unfollow(handle: "${alice.handle}") { id } }`);
    expect((await timeline(bob)).timeline.edges).toHaveLength(0);
    await world.as(bob, `mutation { follow(handle: "${alice.handle}") { id } }`);
    expect(errorCode(await world.raw(bob, `mutation U($id: ID!) { unshare(entryId: $id) }`, { id: entry.id }))).toBe('NOT_FOUND');
  });

  it('threads comments with safe HTML, mentions, replies, edits and tombstones, with notifications', async () => {
    const entry = (await timeline(alice)).timeline.edges[3]!.node;
    const ADD = `mutation A($input: AddCommentInput!) { addComment(input: $input) { id body bodyHtml author { handle } authorIsSourceOwner } }`;
    const top = await world.as<{ addComment: { id: string; bodyHtml: string } }>(bob, ADD, {
      input: { entryId: entry.id, body: `Hi @${alice.handle} <b>see</b> https://example.org/x.` },
    });
    expect(top.addComment.bodyHtml).toBe(
      `Hi <a href="http://localhost:3000/u/${alice.handle}" class="mention">@${alice.handle}</a> &#60;b&#62;see&#60;/b&#62; <a href="https://example.org/x" rel="nofollow noopener noreferrer ugc" target="_blank">https://example.org/x</a>.`,
    );
    const reply = await world.as<{ addComment: { id: string } }>(carol, ADD, { input: { entryId: entry.id, body: 'agreed', parentId: top.addComment.id } });
    expect(errorCode(await world.raw(carol, ADD, { input: { entryId: entry.id, body: 'x'.repeat(5_001) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await world.raw(carol, ADD, { input: { entryId: entry.id, body: '   ' } }))).toBe('BAD_USER_INPUT');

    const EDIT = `mutation E($id: ID!, $body: String!) { editComment(id: $id, body: $body) { body editedAt } }`;
    expect(errorCode(await world.raw(carol, EDIT, { id: top.addComment.id, body: 'hijack' }))).toBe('FORBIDDEN');
    const edited = await world.as<{ editComment: { body: string; editedAt: string } }>(bob, EDIT, { id: top.addComment.id, body: 'Hi again' });
    expect(edited.editComment.editedAt).toBeTruthy();

    expect(errorCode(await world.raw(carol, `mutation D($id: ID!) { deleteComment(id: $id) { id } }`, { id: top.addComment.id }))).toBe('FORBIDDEN');
    const deleted = await world.as<{ deleteComment: { body: string; deletedAt: string; author: null } }>(
      bob,
      `mutation D($id: ID!) { deleteComment(id: $id) { body deletedAt author { id } } }`,
      { id: top.addComment.id },
    );
    expect(deleted.deleteComment).toMatchObject({ body: '', author: null });

    const thread = await world.as<{ entry: { commentsCount: number; comments: { edges: { node: { isTombstone: boolean; replies: { edges: { node: { id: string; body: string } }[] } } }[] } } }>(
      alice,
      `query Q($id: ID!) { entry(id: $id) { commentsCount comments { edges { node { isTombstone replies { edges { node { id body } } } } } } } }`,
      { id: entry.id },
    );
    expect(thread.entry.commentsCount).toBe(1);
    expect(thread.entry.comments.edges[0]!.node).toEqual({ isTombstone: true, replies: { edges: [{ node: { id: reply.addComment.id, body: 'agreed' } }] } });

    const bobNotes = await world.as<{ notifications: { edges: { node: { type: string; comment: { id: string } } }[] } }>(
      bob,
      `{ notifications { edges { node { type comment { id } } } } }`,
    );
    expect(bobNotes.notifications.edges.map((e) => e.node.type)).toContain('REPLY');
    const aliceNotes = await world.as<{ notifications: { edges: { node: { id: string; type: string } }[] } }>(alice, `{ notifications { edges { node { id type } } } }`);
    expect(aliceNotes.notifications.edges.filter((e) => e.node.type === 'MENTION')).toHaveLength(1);

    // Carol commented; when Bob shares the entry, Carol hears about it (once).
    await world.as(bob, `mutation S($input: ShareInput!) { share(input: $input) { id } }`, { input: { entryId: entry.id, note: '' } });
    await world.as(bob, `mutation S($input: ShareInput!) { share(input: $input) { id } }`, { input: { entryId: entry.id, note: 'again' } });
    const carolNotes = await world.as<{ notifications: { edges: { node: { type: string } }[] } }>(carol, `{ notifications { edges { node { type } } } }`);
    expect(carolNotes.notifications.edges.filter((e) => e.node.type === 'SHARE')).toHaveLength(1);
    await world.as(bob, `mutation U($id: ID!) { unshare(entryId: $id) }`, { id: entry.id });

    const marked = await world.as<{ markNotificationsRead: number }>(alice, `mutation { markNotificationsRead(all: true) }`);
    expect(marked.markNotificationsRead).toBeGreaterThan(0);
    expect((await world.as<{ unreadNotificationsCount: number }>(alice, `{ unreadNotificationsCount }`)).unreadNotificationsCount).toBe(0);
  });

  it('blocking hides comments and shares, ends follows, and stops follows and mentions', async () => {
    const entry = (await timeline(alice)).timeline.edges[5]!.node;
    await world.as(carol, `mutation { follow(handle: "${bob.handle}") { id } }`);
    await world.as(bob, `mutation S($input: ShareInput!) { share(input: $input) { id } }`, { input: { entryId: entry.id, note: 'from bob' } });
    await world.as(bob, `mutation A($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entryId: entry.id, body: 'bob was here' } });
    expect((await timeline(carol)).timeline.edges.some((edge) => edge.node.sharedBy?.user.handle === bob.handle)).toBe(true);

    await world.as(carol, `mutation { block(handle: "${bob.handle}") { viewerHasBlocked } }`);
    expect((await timeline(carol)).timeline.edges.some((edge) => edge.node.sharedBy?.user.handle === bob.handle)).toBe(false);
    const comments = await world.as<{ entry: { comments: { edges: unknown[] } } }>(carol, `query Q($id: ID!) { entry(id: $id) { comments { edges { cursor } } } }`, { id: entry.id });
    expect(comments.entry.comments.edges).toHaveLength(0);
    expect(errorCode(await world.raw(bob, `mutation { follow(handle: "${carol.handle}") { id } }`))).toBe('FORBIDDEN');
    await world.as(bob, `mutation A($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entryId: entry.id, body: `@${carol.handle} hello?` } });
    const carolNotes = await world.as<{ notifications: { edges: { node: { type: string } }[] } }>(carol, `{ notifications { edges { node { type } } } }`);
    expect(carolNotes.notifications.edges.filter((e) => e.node.type === 'MENTION')).toHaveLength(0);
    const blocked = await world.as<{ blockedUsers: { handle: string }[] }>(carol, `{ blockedUsers { handle } }`);
    expect(blocked.blockedUsers.map((user) => user.handle)).toEqual([bob.handle]);
    await world.as(carol, `mutation { unblock(handle: "${bob.handle}") { id } }`);
  });

  it('reports reach administrators, who remove the comment; members cannot', async () => {
    const entry = (await timeline(alice)).timeline.edges[6]!.node;
    const comment = await world.as<{ addComment: { id: string } }>(bob, `mutation A($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { entryId: entry.id, body: 'spam spam spam' },
    });
    await world.as(alice, `mutation R($id: ID!) { reportComment(id: $id, reason: "spam") { id status } }`, { id: comment.addComment.id });
    expect(errorCode(await world.raw(alice, `{ reports { edges { cursor } } }`))).toBe('FORBIDDEN');
    expect(errorCode(await world.raw(alice, `mutation R($id: ID!) { removeComment(id: $id) { id } }`, { id: comment.addComment.id }))).toBe('FORBIDDEN');
    const reports = await world.as<{ reports: { edges: { node: { reason: string; comment: { id: string; body: string }; reporter: { handle: string } } }[] } }>(
      admin,
      `{ reports { edges { node { reason comment { id body } reporter { handle } } } } }`,
    );
    // Other test files share this database and may have open reports of their own: look at ours.
    const ours = (edges: { node: { comment: { id: string } } }[]) => edges.filter((e) => e.node.comment.id === comment.addComment.id);
    expect(ours(reports.reports.edges).map((e) => e.node)).toEqual([{ reason: 'spam', comment: { id: comment.addComment.id, body: 'spam spam spam' }, reporter: { handle: alice.handle } }]);
    const removed = await world.as<{ removeComment: { removedAt: string } }>(admin, `mutation R($id: ID!) { removeComment(id: $id) { removedAt } }`, { id: comment.addComment.id });
    expect(removed.removeComment.removedAt).toBeTruthy();
    const after = await world.as<{ reports: { edges: { node: { comment: { id: string } } }[] } }>(admin, `{ reports { edges { node { comment { id } } } } }`);
    expect(ours(after.reports.edges)).toHaveLength(0);
    const seen = await world.as<{ comment: { body: string; author: null } }>(alice, `query C($id: ID!) { comment(id: $id) { body author { id } } }`, { id: comment.addComment.id });
    expect(seen.comment).toEqual({ body: '', author: null });
    const bobNotes = await world.as<{ notifications: { edges: { node: { type: string } }[] } }>(bob, `{ notifications { edges { node { type } } } }`);
    expect(bobNotes.notifications.edges.map((e) => e.node.type)).toContain('COMMENT_REMOVED');
  });
});
