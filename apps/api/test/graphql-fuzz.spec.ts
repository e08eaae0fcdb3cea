import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/common/errors.js';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import {
  argumentsFor,
  casesFor,
  type FuzzOperation,
  type FuzzPool,
  operationsOf,
  THEMES,
} from './support/graphql-fuzz.util.js';
import { seedEverything } from './support/seed-person.js';

/**
 * Property-based fuzz of the whole GraphQL surface: every query and mutation of schema.graphql, with
 * random and hostile arguments built from their declared types (support/graphql-fuzz.util.ts), sent
 * through HTTP to the real API anonymously, as a member and as an administrator. Every answer must be
 * data or typed errors with a code of the public contract (ERROR_CODES) — never INTERNAL, never a 5xx.
 *
 * Each operation gets one case per theme (valid, NUL, hostile Unicode, huge, out-of-range dates,
 * garbage, random: each attacks one kind of argument and keeps the rest valid, real ids included),
 * then FUZZ_RUNS random cases (2 in `npm test`, fixed seed). FUZZ_RUNS=5000 (and FUZZ_SEED=…) runs
 * longer (docs/security.md).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const SCHEMA = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const TYPED_CODES = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL'));

/** Mutations that end the session or account they run as: each case runs them on a throwaway member. */
const THROWAWAY = new Set([
  'logOut',
  'logIn',
  'signUp',
  'deleteAccount',
  'changePassword',
  'logOutOtherSessions',
  'revokeSession',
]);
/**
 * Operations without arguments that wait seconds for the worker (which this test does not run): sent
 * anonymously only, unless FUZZ_RUNS asks for a longer run (export.spec.ts covers them signed in).
 */
const SLOW = new Set(['exportMyData']);
const IS_LONG_RUN = process.env.FUZZ_RUNS !== undefined;

type Actor = 'anonymous' | 'member' | 'admin';

function seedOf(name: string): number {
  let hash = SEED;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

function shorten(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    typeof item === 'string' && item.length > 120 ? `${item.slice(0, 120)}…(${item.length})` : item,
  ).slice(0, 2_000);
}

describe('GraphQL fuzz: every operation answers data or a typed error', () => {
  const world = useWorld(() => startApiWorld({ RESOLVE_TIMEOUT_MS: '200' }));
  const actors = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>;
  let pool: FuzzPool;

  beforeAll(async () => {
    actors.member = await world.member();
    actors.admin = await world.member('ADMIN');
    const other = await world.member();
    const seeded = await seedEverything(world.db, actors.member, other);
    const adminSeed = await seedEverything(world.db, actors.admin, other);
    const report = await world.db.report.findFirstOrThrow({ where: { reporterId: actors.member.id } });
    const notification = await world.db.notification.findFirstOrThrow({
      where: { userId: actors.member.id },
    });
    const both = [seeded, adminSeed];
    pool = {
      ids: {
        entry: both.map((seed) => seed.entry.id),
        source: both.map((seed) => seed.source.id),
        comment: both.flatMap((seed) => [seed.comment.id, seed.reply.id]),
        folder: both.map((seed) => seed.folder.id),
        claim: both.map((seed) => seed.claim.id),
        invite: both.flatMap((seed) => [seed.unusedInvite.id, seed.usedInvite.id]),
        report: [report.id],
        notification: [notification.id],
        user: [other.id],
      },
      handles: [other.handle, actors.member.handle, `@${other.handle}`],
      folders: [seeded.folder.name, adminSeed.folder.name],
    };
  });

  async function send(operation: FuzzOperation, variables: Record<string, unknown>, as: TestUser | null) {
    const response = await fetch(world.api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'x-tributary-client': 'fuzz',
        ...(as && { cookie: as.cookie }),
      },
      body: JSON.stringify({ query: operation.document, variables }),
      signal: AbortSignal.timeout(20_000),
    }).catch((error: Error) => {
      const cause =
        error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : String(error.cause);
      throw new Error(
        `${operation.field.name}: ${error.message} (${cause}); variables: ${shorten(variables)}`,
      );
    });
    const text = await response.text();
    return { status: response.status, text };
  }

  function check(
    operation: FuzzOperation,
    actor: string,
    variables: Record<string, unknown>,
    answer: { status: number; text: string },
  ): void {
    const context = `${operation.field.name} as ${actor}: ${answer.status} ${answer.text.slice(0, 600)}\nvariables: ${shorten(variables)}`;
    expect(answer.status, context).toBeLessThan(500);
    let body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      // The HTTP guard answers some refusals (body too large, wrong type) before GraphQL: 4xx, no JSON needed.
      expect(answer.status, context).toBeGreaterThanOrEqual(400);
      return;
    }
    for (const error of body.errors ?? []) {
      expect(TYPED_CODES.has(String(error.extensions?.code)), context).toBe(true);
    }
    if (!body.errors?.length) expect(body.data, context).toBeTruthy();
  }

  async function runAs(
    actor: Actor,
    operation: FuzzOperation,
    variables: Record<string, unknown>,
  ): Promise<void> {
    let user: TestUser | null = actor === 'anonymous' ? null : actors[actor];
    if (user && THROWAWAY.has(operation.field.name))
      user = await world.member(actor === 'admin' ? 'ADMIN' : 'USER');
    check(operation, actor, variables, await send(operation, variables, user));
  }

  const operations = operationsOf(SCHEMA).filter((operation) => operation.kind !== 'subscription');
  // Session-ending operations last, although they run on throwaway accounts.
  operations.sort((a, b) => Number(THROWAWAY.has(a.field.name)) - Number(THROWAWAY.has(b.field.name)));

  it.each(operations.map((operation) => [`${operation.kind} ${operation.field.name}`, operation] as const))(
    '%s',
    async (_, operation) => {
      const { name } = operation.field;
      const { variables: args } = operation;
      const seed = seedOf(name);
      const hasArgs = args.length > 0;
      const examples = hasArgs
        ? THEMES.map(
            (theme) =>
              fc.sample(argumentsFor(args, pool, theme, name), { seed, numRuns: 1 }) as [
                Record<string, unknown>,
              ],
          )
        : [];
      const as: Actor[] = SLOW.has(name) && !IS_LONG_RUN ? ['anonymous'] : ['anonymous', 'member', 'admin'];
      await fc.assert(
        fc.asyncProperty(casesFor(args, pool, name), async (variables) => {
          await Promise.all(as.map((actor) => runAs(actor, operation, variables)));
        }),
        // Examples count towards numRuns: one case per theme, then RUNS random ones.
        { seed, numRuns: hasArgs ? examples.length + RUNS : 1, examples, endOnFailure: true },
      );
    },
    120_000,
  );

  it.each(
    operationsOf(SCHEMA)
      .filter((operation) => operation.kind === 'subscription')
      .map((operation) => [operation.field.name, operation] as const),
  )('subscription %s, once: refused or streamed, never a 5xx', async (_, operation) => {
    for (const user of [null, actors.member]) {
      const response = await fetch(world.api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-tributary-client': 'fuzz',
          ...(user && { cookie: user.cookie }),
        },
        body: JSON.stringify({ query: operation.document }),
        signal: AbortSignal.timeout(5_000),
      });
      expect(response.status).toBeLessThan(500);
      await response.body?.cancel();
    }
  });
});
