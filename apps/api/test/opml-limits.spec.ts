// Issue 15: OPML import as an amplifier. Imports per account and day are capped, and so are the sources
// an account brings into Tributary (through imports or subscribe); sources that exist already are free.
import { rssFeed } from '@tributary/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { startSocialWorld } from './support/social-world.js';
import {
  inputFileText,
  IMPORT_OPML,
  type ImportView,
  OPML_IMPORT,
  waitForImport,
} from './support/user-data.js';

const SUBSCRIBE = `mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }`;

describe('OPML imports per account and day', () => {
  const world = useWorld(() => startApiWorld({ RATE_LIMIT_OPML_IMPORT: '2/86400' }));
  let user: TestUser;

  beforeAll(async () => {
    user = await signUpUser(world.api, world.db);
  });

  it('counts files that were read, and refuses the next one with RATE_LIMITED and a clear message', async () => {
    const send = (opml: string) =>
      world.api.gql<{ importOpml: ImportView }>(IMPORT_OPML, { opml }, { cookie: user.cookie });
    // A broken file is refused for what it is and does not count.
    expect((await send('<opml>broken')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await send(inputFileText('opml/commented.opml'))).errors).toBeUndefined();
    }
    const refused = await send(inputFileText('opml/commented.opml'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', field: 'opml' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.message).toMatch(/2 imports in the last day/);
    expect(await world.db.opmlImport.count({ where: { userId: user.id } })).toBe(2);
    // Another account has its own budget.
    const other = await signUpUser(world.api, world.db);
    const theirs = await world.api.gql(
      IMPORT_OPML,
      { opml: inputFileText('opml/commented.opml') },
      { cookie: other.cookie },
    );
    expect(theirs.errors).toBeUndefined();
  });
});

describe('new sources per account and day, through the real worker', () => {
  const world = useWorld(() => startSocialWorld({}, () => ({ RATE_LIMIT_NEW_SOURCES: '2/86400' })));
  const feed = (name: string) => `/limits/${name}.xml`;

  beforeAll(() => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      world.origin.feed(feed(name), () =>
        rssFeed(`Feed ${name}`, [
          { guid: `${name}-1`, title: `Post of ${name}`, date: new Date('2026-11-30T12:00:00Z') },
        ]),
      );
    }
  });

  const opmlOf = (names: string[]) => `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
${names.map((name) => `<outline type="rss" text="Feed ${name}" xmlUrl="${world.origin.url(feed(name))}"/>`).join('\n')}
</body></opml>`;

  const runImport = async (user: TestUser, names: string[]) => {
    const started = await world.as<{ importOpml: ImportView }>(user, IMPORT_OPML, { opml: opmlOf(names) });
    return waitForImport(
      async () =>
        (
          await world.as<{ opmlImport: ImportView & { skippedForLimit: number } }>(
            user,
            OPML_IMPORT.replace('skipped error', 'skipped skippedForLimit error'),
            { id: started.importOpml.id },
          )
        ).opmlImport,
    ) as Promise<ImportView & { skippedForLimit: number }>;
  };

  it('adds new sources up to the budget, existing ones for free, and reports the lines it skipped', async () => {
    const bob = await world.member();
    // Feed d exists already (bob brought it in).
    await world.as(bob, SUBSCRIBE, { input: { source: world.origin.url(feed('d')) } });
    const sourcesBefore = await world.db.source.count();

    const alice = await world.member();
    const result = await runImport(alice, ['a', 'b', 'c', 'd']);
    expect(result).toMatchObject({
      status: 'COMPLETED',
      total: 4,
      done: 4,
      subscribed: 3,
      failed: 0,
      skippedForLimit: 1,
    });
    const skipped = result.items!.edges.map((edge) => edge.node).filter((line) => line.status === 'SKIPPED');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.url).not.toContain('/d.xml');
    expect(skipped[0]!.error).toMatch(/most allowed per day/);
    expect(await world.db.source.count()).toBe(sourcesBefore + 2);

    // The budget is shared with subscribe: a new source is refused with RATE_LIMITED…
    const refused = await world.raw(alice, SUBSCRIBE, { input: { source: world.origin.url(feed('e')) } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.message).toMatch(/new to Tributary/);
    expect(await world.db.source.count()).toBe(sourcesBefore + 2);
    // …while a source that exists already is still free, even by its address.
    await world.as(bob, SUBSCRIBE, { input: { source: world.origin.url(feed('f')) } });
    await world.as(alice, SUBSCRIBE, { input: { source: world.origin.url(feed('f')) } });

    // Importing the file again later adds only what is still missing; here the budget is still spent.
    const again = await runImport(alice, ['a', 'b', 'c', 'd']);
    expect(again).toMatchObject({ alreadySubscribed: 3, skippedForLimit: 1 });
  });
});
