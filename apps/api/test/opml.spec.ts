import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { startSocialWorld } from './support/social-world.js';
import {
  inputBytes,
  inputFileText,
  foldersOf,
  IMPORT_OPML,
  type ImportView,
  OPML_IMPORT,
  subscriptionsOf,
  waitForImport,
} from './support/user-data.js';

describe('OPML import: reading the files', () => {
  // An API without a worker on its queue prefix: the files are read and stored, no feed is fetched.
  const world = useWorld(() => startApiWorld());
  let user: TestUser;

  beforeAll(async () => {
    user = await signUpUser(world.api, world.db);
  });

  const importFile = (name: string) => world.api.gql<{ importOpml: ImportView }>(IMPORT_OPML, { opml: inputFileText(`opml/${name}`) }, { cookie: user.cookie });

  it.each([
    // file, distinct feeds, duplicates merged, outlines skipped, folders
    ['reader-export.opml', 11, 0, 0, 3],
    ['commented.opml', 5, 0, 0, 2],
    ['flat.opml', 6, 0, 0, 0],
    ['subscriptions.opml', 8, 0, 0, 2],
    ['subscriptions-no-titles.opml', 8, 0, 0, 2],
    ['clean-list.opml', 5, 0, 0, 0],
    ['odd-but-well-formed.opml', 1, 3, 1, 0],
  ])('%s: %i feeds', async (file, total, duplicates, skipped, folders) => {
    const response = await importFile(file);
    expect(response.errors).toBeUndefined();
    const view = response.data!.importOpml;
    expect(view).toMatchObject({ status: 'PENDING', total, done: 0, subscribed: 0, failed: 0, duplicates });
    expect(view.skipped).toHaveLength(skipped);
    const items = await world.db.importItem.findMany({ where: { importId: view.id } });
    expect(items).toHaveLength(total);
    expect(new Set(items.map((item) => item.folderName).filter(Boolean)).size).toBe(folders);
    expect(items.every((item) => item.status === 'PENDING' && item.title)).toBe(true);
  });

  it.each([
    ['not-well-formed.opml', /not well-formed/],
    ['not-encoded.opml', /not well-formed/],
    ['missing-url.opml', /lists no feeds/],
    ['directory.opml', /links to other OPML files are not followed/],
  ])('%s is refused with BAD_USER_INPUT and changes nothing', async (file, message) => {
    const before = await world.db.opmlImport.count({ where: { userId: user.id } });
    const response = await importFile(file);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'opml' });
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await world.db.opmlImport.count({ where: { userId: user.id } })).toBe(before);
    expect(await world.db.subscription.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses binary junk and oversized files, and only shows an import to its owner', async () => {
    const junk = await world.api.gql(IMPORT_OPML, { opml: inputBytes('opml/reader-export.opml').toString('base64') }, { cookie: user.cookie });
    expect(junk.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const mine = (await importFile('commented.opml')).data!.importOpml;
    const other = await signUpUser(world.api, world.db);
    const peek = await world.api.gql(OPML_IMPORT, { id: mine.id }, { cookie: other.cookie });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await world.api.gql(IMPORT_OPML, { opml: inputFileText('opml/commented.opml') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('OPML round trip through the real worker', () => {
  const world = useWorld(() => startSocialWorld());

  const FEEDS = [
    ['/blogs/posts.rss', 'rss/untitled-posts.xml', 'Blogs'],
    ['/blogs/commits.xml', 'atom/commits.xml', 'Blogs'],
    ['/news/coastal.xml', 'rss/cdata-news.xml', 'News / World'],
    ['/news/harbour-tv.xml', 'rss/media-content.xml', 'News / World'],
    ['/loose/german.atom', 'atom/german.xml', null],
    ['/loose/rss2.xml', 'rss/harbour-lights.xml', null],
  ] as const;

  beforeAll(() => {
    for (const [pathname, name] of FEEDS) {
      world.origin.route(pathname, (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/xml' }).end(inputBytes(name));
      });
    }
    world.origin.route('/gone.xml', (_request, response) => response.writeHead(404).end('no'));
  });

  const run = async (user: TestUser, opml: string) => {
    const started = await world.as<{ importOpml: ImportView }>(user, IMPORT_OPML, { opml });
    return waitForImport(async () => (await world.as<{ opmlImport: ImportView }>(user, OPML_IMPORT, { id: started.importOpml.id })).opmlImport);
  };

  it('export → import into a fresh account gives identical subscriptions and folders', async () => {
    const url = (pathname: string) => world.origin.url(pathname).replace(/&/g, '&amp;');
    const outline = (pathname: string, title: string) => `<outline type="rss" text="${title}" xmlUrl="${url(pathname)}"/>`;
    const original = `<?xml version="1.0"?>
<opml version="1.0"><head><title>Mine</title></head><body>
  <outline text="Blogs">${outline(FEEDS[0][0], 'Scripting News')}${outline(FEEDS[1][0], 'My commits')}</outline>
  <outline text="News"><outline text="World">${outline(FEEDS[2][0], 'BBC')}${outline(FEEDS[3][0], 'Sky')}</outline></outline>
  ${outline(FEEDS[4][0], 'heise')}${outline(FEEDS[5][0], 'Sample')}
  ${outline(FEEDS[4][0], 'heise again')}
  ${outline('/gone.xml', 'Gone')}
  <outline text="Not a feed at all" type="include" url="${url('/other.opml')}"/>
</body></opml>`;
    const alice = await world.member();
    const first = await run(alice, original);
    expect(first).toMatchObject({ status: 'COMPLETED', total: 7, done: 7, subscribed: 6, alreadySubscribed: 0, failed: 1, duplicates: 1 });
    expect(first.skipped).toHaveLength(1);
    const gone = first.items!.edges.find((edge) => edge.node.url.endsWith('/gone.xml'))!.node;
    expect(gone).toMatchObject({ status: 'FAILED' });
    expect(gone.error).toMatch(/404/);
    expect(await foldersOf(world.db, alice.id)).toEqual(['Blogs', 'News / World']);

    // Importing the same file again changes nothing: every line is already there (or still failing).
    const again = await run(alice, original);
    expect(again).toMatchObject({ subscribed: 0, alreadySubscribed: 6, failed: 1 });

    const { exportOpml } = await world.as<{ exportOpml: string }>(alice, 'query { exportOpml }');
    expect(exportOpml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(exportOpml).toContain('htmlUrl=');

    const bob = await world.member();
    const copy = await run(bob, exportOpml);
    expect(copy).toMatchObject({ status: 'COMPLETED', total: 6, subscribed: 6, failed: 0 });
    const [aliceSubscriptions, bobSubscriptions] = await Promise.all([subscriptionsOf(world.db, alice.id), subscriptionsOf(world.db, bob.id)]);
    expect(aliceSubscriptions).toHaveLength(6);
    expect(bobSubscriptions).toEqual(aliceSubscriptions);
    expect(await foldersOf(world.db, bob.id)).toEqual(await foldersOf(world.db, alice.id));
    // A custom title survived the trip; feeds with their own title did not get one.
    expect(bobSubscriptions.map(([, , title]) => title)).toContain('My commits');
    // And the exported file is exported identically again.
    const second = await world.as<{ exportOpml: string }>(bob, 'mutation { exportOpml }');
    const body = (text: string) => text.slice(text.indexOf('<body>'));
    expect(body(second.exportOpml)).toBe(body(exportOpml));
    // Subscriber counts moved once per person.
    const sources = await world.db.source.findMany({ where: { id: { in: aliceSubscriptions.map(([id]) => id) } } });
    expect(sources.every((source) => source.subscribersCount === 2)).toBe(true);
  });
});
