import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse } from './support/api-harness.js';
import { startApiWorld, useWorld } from './support/api-world.js';
import { makeInvite, SIGN_UP, signUpInput, type TestUser } from './support/factories.js';
import { seedEverything } from './support/seed-person.js';

/**
 * Text PostgreSQL cannot store (NUL), dates it cannot store, and characters that hide or reorder text
 * where it is shown as someone's name: every one is a typed answer, through HTTP, never INTERNAL.
 * Names refuse bidi/zero-width/control characters; free text has them stripped (common/text.util.ts).
 */

const RLO = '\u202E';
const ZWSP = '\u200B';
const LRI = '\u2066';
const PDI = '\u2069';

function expectBadInput(response: GraphQLResponse, field: string): void {
  expect(response.status).toBeLessThan(500);
  const error = response.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
  expect(error?.message).toContain(field);
  expect(JSON.stringify(response)).not.toContain('INTERNAL');
}

function cursorOf(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

const OUT_OF_RANGE_DATES = [
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
];

describe('input hygiene through HTTP', () => {
  const world = useWorld(() => startApiWorld());
  let member: TestUser;
  let other: TestUser;
  let seeded: Awaited<ReturnType<typeof seedEverything>>;
  let othersCommentId: string;

  beforeAll(async () => {
    member = await world.member();
    other = await world.member();
    seeded = await seedEverything(world.db, member, other);
    await world.db.block.deleteMany({ where: { blockerId: member.id } });
    const comment = await world.db.comment.create({
      data: { entryId: seeded.entry.id, authorId: other.id, body: 'Report me' },
    });
    othersCommentId = comment.id;
  });

  describe('NUL bytes are BAD_USER_INPUT naming the argument', () => {
    it.each([
      [
        'createFolder name',
        'mutation($v: String!) { createFolder(name: $v) { id } }',
        (v: string) => ({ v }),
        'name',
      ],
      [
        'renameFolder name',
        'mutation($id: ID!, $v: String!) { renameFolder(id: $id, name: $v) { id } }',
        (v: string) => ({ v, id: seeded.folder.id }),
        'name',
      ],
      [
        'updateProfile bio',
        'mutation($v: String) { updateProfile(input: { bio: $v }) { id } }',
        (v: string) => ({ v }),
        'input.bio',
      ],
      [
        'updateProfile displayName',
        'mutation($v: String) { updateProfile(input: { displayName: $v }) { id } }',
        (v: string) => ({ v }),
        'input.displayName',
      ],
      [
        'share note',
        'mutation($e: ID!, $v: String) { share(input: { entryId: $e, note: $v }) { id } }',
        (v: string) => ({ v, e: seeded.entry.id }),
        'input.note',
      ],
      [
        'reportComment reason',
        'mutation($id: ID!, $v: String!) { reportComment(id: $id, reason: $v) { id } }',
        (v: string) => ({ v, id: othersCommentId }),
        'reason',
      ],
      [
        'createInvite note',
        'mutation($v: String) { createInvite(input: { note: $v }) { code } }',
        (v: string) => ({ v }),
        'input.note',
      ],
      [
        'updateSubscription title',
        'mutation($s: ID!, $v: String) { updateSubscription(input: { sourceId: $s, title: $v }) { id } }',
        (v: string) => ({ v, s: seeded.source.id }),
        'input.title',
      ],
      [
        'updateSubscription folder',
        'mutation($s: ID!, $v: String) { updateSubscription(input: { sourceId: $s, folder: $v }) { id } }',
        (v: string) => ({ v, s: seeded.source.id }),
        'input.folder',
      ],
      [
        'addComment body',
        'mutation($e: ID!, $v: String!) { addComment(input: { entryId: $e, body: $v }) { id } }',
        (v: string) => ({ v, e: seeded.entry.id }),
        'input.body',
      ],
      [
        'search query',
        'query($v: String!) { search(query: $v) { edges { cursor } } }',
        (v: string) => ({ v }),
        'query',
      ],
      [
        'search author',
        'query($v: String) { search(query: "post", filter: { author: $v }) { edges { cursor } } }',
        (v: string) => ({ v }),
        'filter.author',
      ],
      [
        'timeline folder',
        'query($v: String) { timeline(filter: { folder: $v }) { edges { cursor } } }',
        (v: string) => ({ v }),
        'filter.folder',
      ],
      ['user handle', 'query($v: String!) { user(handle: $v) { id } }', (v: string) => ({ v }), 'handle'],
      [
        'followers handle',
        'query($v: String!) { followers(handle: $v) { edges { cursor } } }',
        (v: string) => ({ v }),
        'handle',
      ],
      [
        'timeline after',
        'query($v: String) { timeline(after: $v) { edges { cursor } } }',
        (v: string) => ({ v }),
        'after',
      ],
    ])('%s', async (_, query, variables, field) => {
      expectBadInput(await world.raw(member, query, variables('before\0after')), field);
    });

    it('a lone UTF-16 surrogate is refused the same way', async () => {
      expectBadInput(
        await world.raw(member, 'mutation($v: String!) { createFolder(name: $v) { id } }', {
          v: 'half \uD83D',
        }),
        'name',
      );
    });

    it('logIn with a NUL is refused as input, not as a server error', async () => {
      const response = await world.raw(
        null,
        'mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }',
        { i: { login: member.handle, password: 'pass\0word' } },
      );
      expectBadInput(response, 'input.password');
    });
  });

  describe('dates PostgreSQL cannot store are BAD_USER_INPUT', () => {
    it.each(OUT_OF_RANGE_DATES)('markAllRead(before: %s)', async (before) => {
      expectBadInput(
        await world.raw(member, 'mutation($b: DateTime) { markAllRead(before: $b) }', { b: before }),
        'DateTime',
      );
    });

    it.each(['Invalid Date', '2024-02-30', 'yesterday', '1'])(
      'markAllRead(before: %j) is not a date',
      async (before) => {
        expectBadInput(
          await world.raw(member, 'mutation($b: DateTime) { markAllRead(before: $b) }', { b: before }),
          'DateTime',
        );
      },
    );

    it('markAllRead refuses an out-of-range literal as well as a variable', async () => {
      expectBadInput(
        await world.raw(member, 'mutation { markAllRead(before: "+275760-09-13T00:00:00.000Z") }'),
        'DateTime',
      );
      expectBadInput(
        await world.raw(member, 'mutation { markAllRead(before: 8640000000000000) }'),
        'DateTime',
      );
    });

    it.each(OUT_OF_RANGE_DATES)('search filter from/to %s', async (date) => {
      const query = 'query($f: SearchFilter) { search(query: "post", filter: $f) { edges { cursor } } }';
      expectBadInput(await world.raw(member, query, { f: { from: date } }), 'DateTime');
      expectBadInput(await world.raw(member, query, { f: { to: date } }), 'DateTime');
    });

    it.each(OUT_OF_RANGE_DATES)('a timeline cursor dated %s', async (date) => {
      const response = await world.raw(
        member,
        'query($a: String) { timeline(after: $a) { edges { cursor } } }',
        { a: cursorOf([date, randomUUID()]) },
      );
      expectBadInput(response, 'after');
    });

    it.each(OUT_OF_RANGE_DATES)('notifications, starred and comments cursors dated %s', async (date) => {
      const after = cursorOf([date, randomUUID()]);
      expectBadInput(
        await world.raw(member, 'query($a: String) { notifications(after: $a) { edges { cursor } } }', {
          a: after,
        }),
        'after',
      );
      expectBadInput(
        await world.raw(member, 'query($a: String) { starred(after: $a) { edges { cursor } } }', {
          a: after,
        }),
        'after',
      );
      const comments = await world.raw(
        member,
        'query($id: ID!, $a: String) { entry(id: $id) { comments(after: $a) { edges { cursor } } } }',
        { id: seeded.entry.id, a: after },
      );
      expectBadInput(comments, 'after');
    });

    it.each(OUT_OF_RANGE_DATES)('a search cursor dated %s', async (date) => {
      const response = await world.raw(
        member,
        'query($a: String) { search(query: "post", after: $a) { edges { cursor } } }',
        { a: cursorOf(['s', 1, date, randomUUID()]) },
      );
      expectBadInput(response, 'after');
    });

    it('dates in range still work: markAllRead and search filters', async () => {
      await world.as(member, 'mutation { markAllRead(before: "2024-05-01T10:00:00Z") }');
      await world.as(member, 'mutation { markAllRead(before: "0001-01-01T00:00:00Z") }');
      await world.as(
        member,
        'query { search(query: "post", filter: { from: "2020-01-01", to: "9999-12-31T23:59:59.999Z" }) { edges { cursor } } }',
      );
    });
  });

  describe('names refuse bidi, zero-width and control characters', () => {
    it.each([
      ['an RLO', `evil${RLO}gnp.exe`],
      ['a zero-width space', `mar${ZWSP}ia`],
      ['an isolate', `${LRI}maria${PDI}`],
      ['a BOM inside', 'ma\uFEFFria'],
      ['a word joiner', 'maria\u2060'],
      ['a newline', 'two\nlines'],
    ])('display name with %s', async (_, name) => {
      const response = await world.raw(
        member,
        'mutation($v: String) { updateProfile(input: { displayName: $v }) { id } }',
        { v: name },
      );
      expectBadInput(response, 'displayName');
    });

    it.each([
      ['createFolder', 'mutation($v: String!) { createFolder(name: $v) { id } }', 'name', () => ({})],
      [
        'renameFolder',
        'mutation($id: ID!, $v: String!) { renameFolder(id: $id, name: $v) { id } }',
        'name',
        () => ({ id: seeded.folder.id }),
      ],
      [
        'updateSubscription folder',
        'mutation($s: ID!, $v: String) { updateSubscription(input: { sourceId: $s, folder: $v }) { id } }',
        'folder',
        () => ({ s: seeded.source.id }),
      ],
      [
        'updateSubscription title',
        'mutation($s: ID!, $v: String) { updateSubscription(input: { sourceId: $s, title: $v }) { id } }',
        'title',
        () => ({ s: seeded.source.id }),
      ],
    ])('%s with an RLO or a zero-width space', async (_, query, field, extra) => {
      expectBadInput(await world.raw(member, query, { ...extra(), v: `Work${RLO}txt` }), field);
      expectBadInput(await world.raw(member, query, { ...extra(), v: `Wo${ZWSP}rk` }), field);
    });

    it('signUp refuses a display name with an RLO', async () => {
      const invite = await makeInvite(world.db);
      const response = await world.api.gql(SIGN_UP, {
        input: signUpInput({ inviteCode: invite.code, displayName: `Maria${RLO}` }),
      });
      expectBadInput(response, 'displayName');
    });

    it('accepts names in any script, with emoji sequences and Persian ZWNJ', async () => {
      const names = ['Zoë 田中 👩🏽‍💻', 'می‌خواهم', 'مريم'];
      for (const name of names) {
        const data = await world.as<{ updateProfile: { displayName: string } }>(
          member,
          'mutation($v: String) { updateProfile(input: { displayName: $v }) { displayName } }',
          { v: name },
        );
        expect(data.updateProfile.displayName).toBe(name);
      }
      const folder = await world.as<{ createFolder: { name: string } }>(
        member,
        'mutation($v: String!) { createFolder(name: $v) { name } }',
        { v: 'Lecture 📚 עברית' },
      );
      expect(folder.createFolder.name).toBe('Lecture 📚 עברית');
    });
  });

  describe('free text has bidi overrides, zero-width and control characters stripped', () => {
    const dirty = `line one${RLO} reversed\u202C\r\nline${ZWSP} two\u0007 👩‍💻${LRI}x${PDI}`;
    const clean = 'line one reversed\nline two 👩‍💻x';

    it('bio', async () => {
      const data = await world.as<{ updateProfile: { bio: string } }>(
        member,
        'mutation($v: String) { updateProfile(input: { bio: $v }) { bio } }',
        { v: dirty },
      );
      expect(data.updateProfile.bio).toBe(clean);
    });

    it('share note', async () => {
      const data = await world.as<{ share: { note: string } }>(
        member,
        'mutation($e: ID!, $v: String) { share(input: { entryId: $e, note: $v }) { note } }',
        { e: seeded.entry.id, v: dirty },
      );
      expect(data.share.note).toBe(clean);
    });

    it('invite note', async () => {
      const data = await world.as<{ createInvite: { code: string } }>(
        member,
        'mutation($v: String) { createInvite(input: { note: $v }) { code } }',
        { v: dirty },
      );
      const invite = await world.db.invite.findUniqueOrThrow({ where: { code: data.createInvite.code } });
      expect(invite.note).toBe(clean);
    });

    it('report reason', async () => {
      const data = await world.as<{ reportComment: { id: string } }>(
        member,
        'mutation($id: ID!, $v: String!) { reportComment(id: $id, reason: $v) { id } }',
        { id: othersCommentId, v: dirty },
      );
      const report = await world.db.report.findUniqueOrThrow({ where: { id: data.reportComment.id } });
      expect(report.reason).toBe(clean);
    });

    it('comment body', async () => {
      const data = await world.as<{ addComment: { body: string } }>(
        member,
        'mutation($e: ID!, $v: String!) { addComment(input: { entryId: $e, body: $v }) { body } }',
        { e: seeded.entry.id, v: dirty },
      );
      expect(data.addComment.body).toBe(clean);
    });
  });

  it('OPML titles and folder names lose bidi overrides, zero-width and control characters', async () => {
    const opml = `<opml version="2.0"><body><outline text="Wo&#x202E;rk&#x200B;"><outline text="Fe&#x2066;ed&#1; 👩‍💻" xmlUrl="https://hygiene.example/feed"/></outline></body></opml>`;
    const data = await world.as<{ importOpml: { id: string } }>(
      member,
      'mutation($o: String!) { importOpml(opml: $o) { id } }',
      { o: opml },
    );
    const items = await world.db.importItem.findMany({ where: { importId: data.importOpml.id } });
    expect(items.map((item) => [item.title, item.folderName])).toEqual([['Feed 👩‍💻', 'Work']]);
  });
});
