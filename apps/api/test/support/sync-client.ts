import { createHash, randomUUID } from 'node:crypto';
import { hashGuid, type PrismaClient } from '@tributary/db';
import { type ApiWorld } from './api-world.js';
import { type TestUser } from './factories.js';

export const CREATE_APP_PASSWORD = `mutation C($input: CreateAppPasswordInput!) {
  createAppPassword(input: $input) { secret appPassword { id name lastUsedAt expiresAt } } }`;

/** An app password of `user`, created through the GraphQL mutation as the settings page does. */
export async function createAppPassword(world: ApiWorld, user: TestUser, name = 'Reader app') {
  const { createAppPassword } = await world.as<{
    createAppPassword: { secret: string; appPassword: { id: string; name: string } };
  }>(user, CREATE_APP_PASSWORD, { input: { name } });
  return { id: createAppPassword.appPassword.id, secret: createAppPassword.secret };
}

export function feverKey(email: string, password: string): string {
  return createHash('md5').update(`${email}:${password}`).digest('hex');
}

/** A Google Reader client as the apps talk: form posts, `GoogleLogin auth=`, `output=json`. */
export class ReaderClient {
  auth = '';
  postToken = '';

  constructor(readonly origin: string) {}

  static async signIn(origin: string, login: string, password: string): Promise<ReaderClient> {
    const client = new ReaderClient(origin);
    const response = await client.clientLogin(login, password);
    const text = await response.text();
    const auth = /^Auth=(.+)$/m.exec(text)?.[1];
    if (response.status !== 200 || !auth) throw new Error(`ClientLogin failed: ${response.status} ${text}`);
    client.auth = auth;
    const token = await client.get('/reader/api/0/token');
    client.postToken = await token.text();
    return client;
  }

  clientLogin(login: string, password: string): Promise<Response> {
    return fetch(`${this.origin}/api/greader/accounts/ClientLogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Email: login, Passwd: password, service: 'reader', accountType: 'HOSTED_OR_GOOGLE' }),
    });
  }

  get(path: string, query: Record<string, string | string[]> = {}): Promise<Response> {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) for (const one of [value].flat()) search.append(name, one);
    return fetch(`${this.origin}/api/greader${path}${search.size ? `?${search}` : ''}`, {
      headers: { authorization: `GoogleLogin auth=${this.auth}` },
    });
  }

  async json<T = Record<string, unknown>>(path: string, query: Record<string, string | string[]> = {}): Promise<T> {
    const response = await this.get(path, { output: 'json', ...query });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** A form POST with the T token (unless `token` says otherwise). */
  post(path: string, form: [string, string][], token: string | null = this.postToken): Promise<Response> {
    const body = new URLSearchParams(form);
    if (token !== null) body.append('T', token);
    return fetch(`${this.origin}/api/greader${path}`, {
      method: 'POST',
      headers: { authorization: `GoogleLogin auth=${this.auth}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }
}

/** A source with `count` entries a minute apart (newest first), optionally subscribed by `user` in `folder`. */
export async function seedSource(
  db: PrismaClient,
  options: { title: string; count: number; user?: TestUser; folder?: string; startAt?: Date },
) {
  const key = `https://sync.test/${randomUUID()}/feed.xml`;
  const source = await db.source.create({
    data: { kind: 'RSS', key, fetchUrl: key, siteUrl: key.replace('/feed.xml', '/'), title: options.title, status: 'OK' },
  });
  await addEntries(db, source.id, options.title, options.count, options.startAt ?? new Date());
  if (options.user) {
    const folder = options.folder
      ? await db.folder.upsert({
          where: { userId_name: { userId: options.user.id, name: options.folder } },
          create: { userId: options.user.id, name: options.folder },
          update: {},
        })
      : null;
    await db.subscription.create({ data: { userId: options.user.id, sourceId: source.id, folderId: folder?.id ?? null } });
    await db.source.update({ where: { id: source.id }, data: { subscribersCount: { increment: 1 } } });
  }
  return source;
}

export async function addEntries(db: PrismaClient, sourceId: string, title: string, count: number, startAt: Date) {
  const rows = Array.from({ length: count }, (_, i) => {
    const guid = randomUUID();
    return {
      sourceId,
      guid,
      guidHash: hashGuid(guid),
      title: `${title} ${i}`,
      url: `https://sync.test/post/${guid}`,
      contentHtml: `<p>${title} ${i}</p>`,
      sortAt: new Date(startAt.getTime() - i * 60_000),
      publishedAt: new Date(startAt.getTime() - i * 60_000),
    };
  });
  await db.entry.createMany({ data: rows });
  return db.entry.findMany({ where: { guid: { in: rows.map((row) => row.guid) } }, orderBy: { sortAt: 'desc' } });
}
