/* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest's nested asymmetric matchers are typed any */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { seedEverything } from './support/seed-person.js';
import { startSocialWorld } from './support/social-world.js';

describe('full data export', () => {
  const world = useWorld(() => startSocialWorld());

  it('contains every kind of record of a seeded person', async () => {
    const user = await world.member();
    const other = await world.member();
    const seeded = await seedEverything(world.db, user, other);
    const { exportMyData } = await world.as<{ exportMyData: string }>(user, 'mutation { exportMyData }');
    expect(exportMyData.startsWith('{')).toBe(true);
    const archive = JSON.parse(exportMyData) as Record<string, unknown> & Record<string, Record<string, unknown>[]>;
    expect(archive).toMatchObject({ format: 'tributary-export', version: 1 });
    expect(archive.profile).toMatchObject({ id: user.id, handle: user.handle, email: user.email, isCreator: true });
    expect(archive.folders).toEqual([expect.objectContaining({ name: seeded.folder.name })]);
    expect(archive.subscriptions).toEqual([
      expect.objectContaining({ folder: seeded.folder.name, customTitle: 'My seed', source: expect.objectContaining({ id: seeded.source.id, url: seeded.source.fetchUrl }) }),
    ]);
    expect(archive.follows).toEqual([expect.objectContaining({ handle: other.handle })]);
    expect(archive.blocks).toEqual([expect.objectContaining({ handle: other.handle })]);
    expect(archive.comments).toEqual([expect.objectContaining({ id: seeded.comment.id, body: seeded.comment.body, entry: expect.objectContaining({ id: seeded.entry.id }) })]);
    expect(archive.shares).toEqual([expect.objectContaining({ note: 'Worth reading', entry: expect.objectContaining({ url: seeded.entry.url }) })]);
    expect(archive.stars).toEqual([expect.objectContaining({ entry: expect.objectContaining({ id: seeded.entry.id }) })]);
    expect(archive.readState).toEqual([expect.objectContaining({ entryId: seeded.entry.id })]);
    expect(archive.claims).toEqual([expect.objectContaining({ status: 'VERIFIED', method: 'DESCRIPTION' })]);
    expect(archive.invites!.map((invite) => invite.code).sort()).toEqual([seeded.unusedInvite.code, seeded.usedInvite.code].sort());
    expect(archive.reports).toEqual([expect.objectContaining({ commentId: seeded.reply.id, reason: 'spam' })]);
    expect(archive.sessions!.length).toBeGreaterThanOrEqual(1);
    // Nothing of the other person's private data.
    expect(exportMyData).not.toContain(other.email);
  });

  it('is produced in the background and downloadable only by its owner', async () => {
    const owner = await world.member();
    const stranger = await world.member();
    const { requestDataExport } = await world.as<{ requestDataExport: { id: string } }>(owner, 'mutation { requestDataExport { id status } }');
    const query = 'query Export($id: ID!) { dataExport(id: $id) { id status downloadUrl sizeBytes content } }';
    let view: { status: string; downloadUrl: string | null; content: string | null } | undefined;
    for (let attempt = 0; attempt < 200 && view?.status !== 'COMPLETED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await world.as<{ dataExport: typeof view }>(owner, query, { id: requestDataExport.id })).dataExport;
    }
    expect(view).toMatchObject({ status: 'COMPLETED', downloadUrl: `/exports/${requestDataExport.id}/archive.json` });
    expect(JSON.parse(view!.content!)).toMatchObject({ profile: { handle: owner.handle } });
    // Stored gzip-compressed in PostgreSQL, so any API replica can serve it.
    const [stored] = await world.db.$queryRaw<{ archive: Uint8Array }[]>`SELECT archive FROM "DataExport" WHERE id = ${requestDataExport.id}::uuid`;
    expect(JSON.parse(gunzipSync(stored!.archive).toString('utf8'))).toMatchObject({ profile: { id: owner.id } });

    // GraphQL: someone else's export does not exist for them.
    const peek = await world.raw(stranger, query, { id: requestDataExport.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // HTTP download on the API origin: owner 200, stranger 404, nobody 401.
    const url = new URL(view!.downloadUrl!, world.api.url).href;
    const mine = await fetch(url, { headers: { cookie: owner.cookie } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; filename="tributary-/);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(((await mine.json()) as { profile: { handle: string } }).profile.handle).toBe(owner.handle);
    const theirs = await fetch(url, { headers: { cookie: stranger.cookie } });
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).not.toContain(owner.handle);
    expect((await fetch(url)).status).toBe(401);
  });
});
