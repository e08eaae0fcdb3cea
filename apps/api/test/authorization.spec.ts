import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequire } from 'node:module';
import { type GraphQLField, type GraphQLInputType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';

// Nest builds the schema with graphql's CommonJS build; its type guards must come from that same copy.
const { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType } =
  createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Mutations anyone may call (they create or end the caller's own session). */
const PUBLIC_MUTATIONS = new Set(['signUp', 'logIn', 'logOut']);
/** Mutations only administrators may call. */
const ADMIN_MUTATIONS = new Set(['suspendUser', 'unsuspendUser', 'adminRevokeInvite']);
/** Mutations that act only on the caller's own account (nothing of anyone else's to protect). */
const SELF_SERVICE_MUTATIONS = new Set([
  'createInvite',
  'updateProfile',
  'changePassword',
  'logOutOtherSessions',
]);

/** A plausible value of an input type: enough to get past GraphQL's own validation. */
function dummyValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType, name);
  if (isListType(type)) return [dummyValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, dummyValue(field.type, field.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return name.toLowerCase().includes('email') ? 'someone@example.test' : 'dummy_value_123';
    }
  }
  return null;
}

function printType(type: GraphQLInputType): string {
  return type.toString();
}

function operationFor(field: GraphQLField<unknown, unknown>): {
  query: string;
  variables: Record<string, unknown>;
} {
  const args = field.args;
  const definitions = args.map((arg) => `$${arg.name}: ${printType(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `mutation${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, dummyValue(arg.type, arg.name)])),
  };
}

describe('authorization matrix', () => {
  const world = useWorld(() => startApiWorld({ RESOLVE_TIMEOUT_MS: '200' }));
  let mutations: GraphQLField<unknown, unknown>[];
  let owner: TestUser;
  let stranger: TestUser;
  let ownerInviteId: string;
  let ownerSessionId: string;

  /** Everything of `owner` a stranger could try to change, and the stranger's own account. */
  async function snapshot() {
    return {
      owner: await world.db.user.findUniqueOrThrow({ where: { id: owner.id } }),
      ownerInvites: await world.db.invite.findMany({
        where: { createdById: owner.id },
        orderBy: { id: 'asc' },
      }),
      ownerSessions: await world.db.session.findMany({ where: { userId: owner.id }, orderBy: { id: 'asc' } }),
      stranger: await world.db.user.findUniqueOrThrow({ where: { id: stranger.id } }),
      strangerInvites: await world.db.invite.count({ where: { createdById: stranger.id } }),
      invitees: await world.db.user.count({ where: { invitedById: { in: [owner.id, stranger.id] } } }),
    };
  }

  beforeAll(async () => {
    // Mutations of other features that wait for the worker give up quickly here.

    const mutationType = world.api.app.get(GraphQLSchemaHost).schema.getMutationType();
    mutations = Object.values(mutationType?.getFields() ?? {});
    owner = await signUpUser(world.api, world.db);
    stranger = await signUpUser(world.api, world.db);
    ownerInviteId = (
      await world.db.invite.create({ data: { code: `owner-${randomUUID()}`, createdById: owner.id } })
    ).id;
    ownerSessionId = (await world.db.session.findFirstOrThrow({ where: { userId: owner.id } })).id;
  });

  const TARGETED = new Set(['revokeInvite', 'revokeSession']);

  /** Arguments pointing at the owner's things, where a mutation takes an id. */
  function targetedVariables(name: string, variables: Record<string, unknown>): Record<string, unknown> {
    const byMutation: Record<string, string> = {
      revokeInvite: ownerInviteId,
      adminRevokeInvite: ownerInviteId,
      revokeSession: ownerSessionId,
      suspendUser: owner.id,
      unsuspendUser: owner.id,
    };
    return byMutation[name] ? { ...variables, id: byMutation[name] } : variables;
  }

  it('knows every mutation it classifies', () => {
    const names = mutations.map((field) => field.name);
    for (const name of [...PUBLIC_MUTATIONS, ...ADMIN_MUTATIONS, ...SELF_SERVICE_MUTATIONS])
      expect(names).toContain(name);
    expect(names.length).toBeGreaterThan(10);
  });

  it('refuses every non-public mutation to an anonymous caller with UNAUTHENTICATED, changing nothing', async () => {
    const before = await snapshot();
    for (const field of mutations.filter((mutation) => !PUBLIC_MUTATIONS.has(mutation.name))) {
      const { query, variables } = operationFor(field);
      const response = await world.api.gql(query, targetedVariables(field.name, variables));
      expect(response.errors?.[0]?.extensions?.code, field.name).toBe('UNAUTHENTICATED');
      expect(response.data?.[field.name] ?? null, field.name).toBeNull();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets public mutations with dummy arguments change nothing', async () => {
    const before = await snapshot();
    for (const field of mutations.filter(
      (mutation) => PUBLIC_MUTATIONS.has(mutation.name) && mutation.name !== 'logOut',
    )) {
      const { query, variables } = operationFor(field);
      const response = await world.api.gql(query, variables);
      expect(response.errors?.[0]?.extensions?.code, field.name).toMatch(
        /^(BAD_USER_INPUT|INVITE_INVALID|UNAUTHENTICATED)$/,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it(
    'refuses a member everything of someone else’s and every admin mutation with FORBIDDEN, changing nothing of theirs',
    { timeout: 120_000 },
    async () => {
      const before = await snapshot();
      for (const field of mutations) {
        if (PUBLIC_MUTATIONS.has(field.name) || SELF_SERVICE_MUTATIONS.has(field.name)) continue;
        const { query, variables } = operationFor(field);
        const response = await world.api.gql(query, targetedVariables(field.name, variables), {
          cookie: stranger.cookie,
        });
        const code = response.errors?.[0]?.extensions?.code;
        if (ADMIN_MUTATIONS.has(field.name) || TARGETED.has(field.name)) {
          expect(code, field.name).toBe('FORBIDDEN');
          expect(response.data?.[field.name] ?? null, field.name).toBeNull();
        }
      }
      const after = await snapshot();
      expect(after.owner).toEqual(before.owner);
      expect(after.ownerInvites).toEqual(before.ownerInvites);
      expect(after.ownerSessions).toEqual(before.ownerSessions);
      expect(after.invitees).toBe(before.invitees);
    },
  );

  it('lets self-service mutations touch only the caller’s own rows', async () => {
    const before = await snapshot();
    for (const field of mutations.filter((mutation) => SELF_SERVICE_MUTATIONS.has(mutation.name))) {
      const { query, variables } = operationFor(field);
      await world.api.gql(query, variables, { cookie: stranger.cookie });
    }
    const after = await snapshot();
    expect(after.owner).toEqual(before.owner);
    expect(after.ownerInvites).toEqual(before.ownerInvites);
    expect(after.ownerSessions).toEqual(before.ownerSessions);
  });

  it('lets an administrator run the admin mutations', async () => {
    const admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    const suspended = await world.api.gql<{ suspendUser: { id: string } }>(
      'mutation($id: ID!) { suspendUser(id: $id) { id suspendedAt } }',
      { id: stranger.id },
      { cookie: admin.cookie },
    );
    expect(suspended.errors).toBeUndefined();
    // The suspended person is signed out at once and cannot log back in.
    expect(
      (await world.api.gql<{ me: unknown }>('{ me { id } }', {}, { cookie: stranger.cookie })).data?.me,
    ).toBeNull();
    const login = await world.api.gql('mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }', {
      i: { login: stranger.handle, password: stranger.password },
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await world.api.gql<{
      adminUsers: {
        edges: { node: { id: string; email: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ adminUsers(first: 2) { edges { cursor node { id email } } pageInfo { hasNextPage endCursor } } }',
      {},
      { cookie: admin.cookie },
    );
    expect(list.data?.adminUsers.edges).toHaveLength(2);
    expect(list.data?.adminUsers.edges[0]?.node.email).toMatch(/@/);
    expect(list.data?.adminUsers.pageInfo.hasNextPage).toBe(true);
    const next = await world.api.gql<{ adminUsers: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { adminUsers(first: 2, after: $after) { edges { node { id } } } }',
      { after: list.data!.adminUsers.pageInfo.endCursor },
      { cookie: admin.cookie },
    );
    const firstIds = list.data!.adminUsers.edges.map((edge) => edge.node.id);
    for (const edge of next.data!.adminUsers.edges) expect(firstIds).not.toContain(edge.node.id);
    const unsuspended = await world.api.gql(
      'mutation($id: ID!) { unsuspendUser(id: $id) { id } }',
      { id: stranger.id },
      { cookie: admin.cookie },
    );
    expect(unsuspended.errors).toBeUndefined();
  });

  it('refuses admin-only queries to members and keeps private fields private', async () => {
    const response = await world.api.gql(
      '{ adminUsers(first: 5) { edges { node { id } } } }',
      {},
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const profile = await world.api.gql<{ user: { email: string | null } }>(
      'query($h: String!) { user(handle: $h) { email } }',
      { h: owner.handle },
      { cookie: stranger.cookie },
    );
    expect(profile.data?.user.email).toBeNull();
  });
});
