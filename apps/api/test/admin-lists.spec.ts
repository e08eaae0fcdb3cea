import { randomUUID } from 'node:crypto';
import { type Invite, type Source, type SourceStatus } from '@tributary/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type GraphQLResponse } from './support/api-harness.js';
import { makeInvite, SIGN_UP, signUpInput, signUpUser, type TestUser } from './support/factories.js';
import { countingSql } from './support/sql-count.js';

// The database is shared with every other spec of the run: each test looks only at the rows it made,
// which it dates far in the past (sources) or far in the future (invites) so they sort first.

const SOURCES = `query S($first: Int!, $after: String, $status: SourceStatus) {
  adminSources(first: $first, after: $after, status: $status) {
    edges { cursor node { id title subscribersCount isVerified claimedBy { handle }
      health { status lastError failingSince lastFetchedAt nextFetchAt } } }
    pageInfo { hasNextPage endCursor } } }`;
type SourceNode = {
  id: string;
  title: string;
  subscribersCount: number;
  isVerified: boolean;
  claimedBy: { handle: string } | null;
  health: { status: SourceStatus; lastError: string | null; failingSince: string | null };
};
type SourcesData = {
  adminSources: {
    edges: { cursor: string; node: SourceNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const INVITES = `query I($first: Int!, $after: String) {
  adminInvites(first: $first, after: $after) {
    edges { cursor node { id code note status createdAt createdBy { id handle } usedBy { id handle } } }
    pageInfo { hasNextPage endCursor } } }`;
type InviteNode = {
  id: string;
  code: string;
  note: string | null;
  status: string;
  createdAt: string;
  createdBy: { id: string; handle: string } | null;
  usedBy: { id: string; handle: string }[];
};
type InvitesData = {
  adminInvites: {
    edges: { cursor: string; node: InviteNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const RANK: Record<SourceStatus, number> = { FAILING: 0, GONE: 1, PENDING: 2, OK: 3 };
const YEAR_2001 = Date.UTC(2001, 0, 1);

describe('administrators’ lists of every source and every invite', () => {
  const world = useWorld(() => startApiWorld());
  let admin: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    [admin, member] = await Promise.all([
      signUpUser(world.api, world.db, { role: 'ADMIN' }),
      signUpUser(world.api, world.db),
    ]);
  });

  async function walk<T extends { adminSources?: unknown; adminInvites?: unknown }, N>(
    query: string,
    field: 'adminSources' | 'adminInvites',
    variables: Record<string, unknown>,
    until: (seen: N[]) => boolean = () => false,
  ): Promise<{ nodes: N[]; pages: N[][] }> {
    const pages: N[][] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<T> = await world.api.gql<T>(
        query,
        { ...variables, after },
        { cookie: admin.cookie },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data![field] as {
        edges: { node: N }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      pages.push(connection.edges.map((edge) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      expect(pages.length).toBeLessThan(2_000);
    } while (after && !until(pages.flat()));
    return { nodes: pages.flat(), pages };
  }

  /** Sources of every state, made long ago so they lead their group; `expected` is the order they must list in. */
  async function makeSources() {
    const tag = randomUUID().slice(0, 8);
    const day = 86_400_000;
    const specs: { status: SourceStatus; since?: number; created: number }[] = [
      { status: 'OK', created: YEAR_2001 + 1 * day },
      { status: 'FAILING', since: YEAR_2001 + 3 * day, created: YEAR_2001 },
      { status: 'PENDING', created: YEAR_2001 + 2 * day },
      { status: 'GONE', since: YEAR_2001 + 1 * day, created: YEAR_2001 },
      { status: 'FAILING', since: YEAR_2001 + 1 * day, created: YEAR_2001 },
      { status: 'OK', created: YEAR_2001 + 2 * day },
      { status: 'PENDING', created: YEAR_2001 + 1 * day },
      { status: 'FAILING', since: YEAR_2001 + 2 * day, created: YEAR_2001 },
      { status: 'GONE', since: YEAR_2001 + 2 * day, created: YEAR_2001 },
      { status: 'OK', created: YEAR_2001 + 3 * day },
    ];
    const rows: Source[] = [];
    for (const [index, spec] of specs.entries()) {
      const key = `https://admin-lists.test/${tag}/${index}`;
      rows.push(
        await world.db.source.create({
          data: {
            kind: 'RSS',
            key,
            fetchUrl: key,
            title: `${tag} ${spec.status} ${index}`,
            status: spec.status,
            failingSince: spec.since ? new Date(spec.since) : null,
            lastError: spec.status === 'FAILING' ? 'the feed answered 500 Internal Server Error' : null,
            subscribersCount: index,
            createdAt: new Date(spec.created),
          },
        }),
      );
    }
    const sortAt = (row: Source) =>
      (row.status === 'FAILING' || row.status === 'GONE' ? row.failingSince! : row.createdAt).getTime();
    const expected = [...rows].sort((a, b) => RANK[a.status] - RANK[b.status] || sortAt(a) - sortAt(b));
    return { rows, expected };
  }

  it('pages through every source, failing and gone first, each exactly once', async () => {
    const { rows, expected } = await makeSources();
    const mine = new Set(rows.map((row) => row.id));
    const { nodes, pages } = await walk<SourcesData, SourceNode>(SOURCES, 'adminSources', { first: 3 });
    const seenMine = nodes.filter((node) => mine.has(node.id));
    // Every source of this test exactly once, in the documented order.
    expect(seenMine.map((node) => node.id)).toEqual(expected.map((row) => row.id));
    // Within a page (one snapshot), the groups come in order.
    for (const page of pages) {
      const ranks = page.map((node) => RANK[node.health.status]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const failing = seenMine.find((node) => node.health.status === 'FAILING')!;
    expect(failing.health.lastError).toMatch(/500/);
    expect(failing.health.failingSince).toBe(new Date(YEAR_2001 + 86_400_000).toISOString());
    expect(seenMine.map((node) => node.subscribersCount)).toEqual(
      expected.map((row) => row.subscribersCount),
    );
  });

  it('filters by status, keeping the order', async () => {
    const { rows, expected } = await makeSources();
    const mine = new Set(rows.map((row) => row.id));
    for (const status of ['FAILING', 'GONE', 'PENDING', 'OK'] as const) {
      const { nodes } = await walk<SourcesData, SourceNode>(SOURCES, 'adminSources', { first: 2, status });
      expect(
        nodes.every((node) => node.health.status === status),
        status,
      ).toBe(true);
      expect(new Set(nodes.map((node) => node.id)).size, status).toBe(nodes.length);
      expect(
        nodes.filter((node) => mine.has(node.id)).map((node) => node.id),
        status,
      ).toEqual(expected.filter((row) => row.status === status).map((row) => row.id));
    }
  });

  it('shows who verified a source, at a fixed number of SQL statements per page', async () => {
    const { rows } = await makeSources();
    const owned = rows[4]!;
    await world.db.claim.create({
      data: {
        userId: member.id,
        sourceId: owned.id,
        code: `c-${randomUUID()}`,
        status: 'VERIFIED',
        method: 'DESCRIPTION',
        verifiedAt: new Date(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const { nodes } = await walk<SourcesData, SourceNode>(SOURCES, 'adminSources', {
      first: 50,
      status: 'FAILING',
    });
    const node = nodes.find((item) => item.id === owned.id)!;
    expect(node.isVerified).toBe(true);
    expect(node.claimedBy?.handle).toBe(member.handle);

    await countingSql(async (sql) => {
      const run = async (first: number) => {
        await world.api.gql(SOURCES, { first }, { cookie: admin.cookie });
        sql.reset();
        const response = await world.api.gql<SourcesData>(SOURCES, { first }, { cookie: admin.cookie });
        expect(response.data!.adminSources.edges).toHaveLength(first);
        return sql.count;
      };
      const small = await run(3);
      const large = await run(10);
      expect(large).toBe(small);
    });
  });

  it('pages through every invite, newest first, with its maker and who joined, keeping notes private', async () => {
    const inviter = await signUpUser(world.api, world.db);
    const future = Date.UTC(2200, 0, 1);
    const made: Invite[] = [];
    for (let index = 0; index < 7; index += 1) {
      made.push(
        await makeInvite(world.db, {
          createdById: index === 6 ? null : index === 2 ? admin.id : index % 2 ? inviter.id : member.id,
          expiresAt: new Date(future + 400 * 86_400_000),
        }),
      );
    }
    // Two of them share a creation time: the id breaks the tie.
    for (const [index, invite] of made.entries()) {
      await world.db.invite.update({
        where: { id: invite.id },
        data: { createdAt: new Date(future + Math.min(index, 5) * 60_000), note: `note ${index}` },
      });
    }
    const joined = await world.api.gql<{ signUp: { user: { id: string } } }>(SIGN_UP, {
      input: signUpInput({ inviteCode: made[3]!.code }),
    });
    const joiner = joined.data!.signUp.user;

    const mine = new Set(made.map((invite) => invite.id));
    const { nodes, pages } = await walk<InvitesData, InviteNode>(
      INVITES,
      'adminInvites',
      { first: 2 },
      (seen) => made.every((invite) => seen.some((node) => node.id === invite.id)),
    );
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const seenMine = nodes.filter((node) => mine.has(node.id));
    const newestFirst = [...made].reverse();
    const tied = [made[5]!, made[6]!].sort((a, b) => (a.id < b.id ? 1 : -1));
    expect(seenMine.map((node) => node.id)).toEqual(
      [...tied, ...newestFirst.slice(2)].map((invite) => invite.id),
    );
    const byId = new Map(seenMine.map((node) => [node.id, node]));
    expect(byId.get(made[0]!.id)?.createdBy?.handle).toBe(member.handle);
    expect(byId.get(made[1]!.id)?.createdBy?.handle).toBe(inviter.handle);
    expect(byId.get(made[6]!.id)?.createdBy).toBeNull();
    // Notes are their creator's: the admin sees the notes of their own invites only.
    expect(byId.get(made[2]!.id)?.note).toBe('note 2');
    expect(byId.get(made[0]!.id)?.note).toBeNull();
    expect(byId.get(made[1]!.id)?.note).toBeNull();
    expect(byId.get(made[3]!.id)?.usedBy.map((user) => user.id)).toEqual([joiner.id]);
    expect(byId.get(made[3]!.id)?.status).toBe('USED_UP');
  });

  it('refuses members and anonymous callers, bad page sizes and foreign cursors', async () => {
    for (const query of ['{ adminSources { edges { cursor } } }', '{ adminInvites { edges { cursor } } }']) {
      const asMember = await world.api.gql(query, {}, { cookie: member.cookie });
      expect(asMember.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(asMember.data ?? null, query).toBeNull();
      const anonymous = await world.api.gql(query);
      expect(anonymous.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    const tooMany = await world.api.gql(
      '{ adminSources(first: 101) { edges { cursor } } }',
      {},
      { cookie: admin.cookie },
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const none = await world.api.gql(
      '{ adminInvites(first: 0) { edges { cursor } } }',
      {},
      { cookie: admin.cookie },
    );
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await world.api.gql(
      '{ adminInvites(after: "garbage") { edges { cursor } } }',
      {},
      { cookie: admin.cookie },
    );
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // An invite cursor names no place in the sources' list.
    const invites = await world.api.gql<InvitesData>(INVITES, { first: 1 }, { cookie: admin.cookie });
    const foreign = await world.api.gql(
      SOURCES,
      { first: 1, after: invites.data!.adminInvites.edges[0]!.cursor },
      { cookie: admin.cookie },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets an administrator fetch any source now, a member only one they subscribe to', async () => {
    const { rows } = await makeSources();
    const source = rows[1]!;
    const refresh = 'mutation($id: ID!) { refreshSource(sourceId: $id) { id health { status } } }';
    const byMember = await world.api.gql(refresh, { id: source.id }, { cookie: member.cookie });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await world.api.gql<{ refreshSource: { id: string } }>(
      refresh,
      { id: source.id },
      { cookie: admin.cookie },
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.refreshSource.id).toBe(source.id);
  });
});
