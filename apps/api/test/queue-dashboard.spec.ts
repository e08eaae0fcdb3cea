import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-harness.js';

const BOOTSTRAP = 'queue-dashboard-bootstrap';

async function signUp(api: ApiHarness, inviteCode: string, handle: string): Promise<string> {
  const response = await api.gql<{ signUp: { user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
    {
      input: { inviteCode, handle, email: `${handle}@example.org`, password: 'a long passphrase here', displayName: handle },
    },
  );
  expect(response.errors).toBeUndefined();
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe('queue dashboard', () => {
  let api: ApiHarness;
  let adminCookie: string;
  let memberCookie: string;
  let dashboardUrl: string;

  beforeAll(async () => {
    api = await startApi({ BOOTSTRAP_INVITE_CODE: BOOTSTRAP });
    dashboardUrl = api.url.replace('/graphql', '/admin/queues');
    adminCookie = await signUp(api, BOOTSTRAP, 'queueadmin');
    const invite = await api.gql<{ createInvite: { code: string } }>('mutation { createInvite { code } }', undefined, {
      cookie: adminCookie,
    });
    memberCookie = await signUp(api, invite.data!.createInvite.code, 'queuemember');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is refused to anonymous visitors and to members', async () => {
    expect((await fetch(dashboardUrl)).status).toBe(401);
    expect((await fetch(dashboardUrl, { headers: { cookie: memberCookie } })).status).toBe(403);
  });

  it('shows every queue to administrators', async () => {
    const page = await fetch(dashboardUrl, { headers: { cookie: adminCookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const api_ = await fetch(`${dashboardUrl}/api/queues?activeQueue=&page=1&jobsPerPage=10`, {
      headers: { cookie: adminCookie },
    });
    expect(api_.status).toBe(200);
    const body = (await api_.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(
      expect.arrayContaining(['fetch-source', 'housekeeping', 'resolve-source']),
    );
  });
});
