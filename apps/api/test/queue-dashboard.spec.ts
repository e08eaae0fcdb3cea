import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';

describe('queue dashboard', () => {
  const world = useWorld(() => startApiWorld());
  let admin: TestUser;
  let member: TestUser;
  let dashboardUrl: string;

  beforeAll(async () => {
    dashboardUrl = world.api.url.replace('/graphql', '/admin/queues');
    admin = await signUpUser(world.api, world.db, { role: 'ADMIN' });
    member = await signUpUser(world.api, world.db, { role: 'USER' });
  });

  it('is refused to anonymous visitors and to members', async () => {
    expect((await fetch(dashboardUrl)).status).toBe(401);
    expect((await fetch(dashboardUrl, { headers: { cookie: member.cookie } })).status).toBe(403);
  });

  it('shows every queue to administrators', async () => {
    const page = await fetch(dashboardUrl, { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const queues = await fetch(`${dashboardUrl}/api/queues?activeQueue=&page=1&jobsPerPage=10`, {
      headers: { cookie: admin.cookie },
    });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name)).toEqual(
      expect.arrayContaining(['fetch-source', 'housekeeping', 'resolve-source']),
    );
  });
});
