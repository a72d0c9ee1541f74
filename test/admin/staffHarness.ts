// Browser-test setup shared by the dashboard's screens: a real server and browser with a signed-up admin account.
import { expect } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startHarness, type Harness } from '../browser/harness';

export const ADMIN = { email: 'admin@example.test', password: 'admin password 1' };

/** The harness with the admin created; `premoderation` first turns site-wide pre-moderation on through the API. */
export async function startStaffHarness(opts: { premoderation?: boolean } = {}): Promise<{ h: Harness; base: string }> {
  const h = await startHarness();
  const base = h.server.url;
  const { store, siteId } = h.server.deps;
  await ensureAdminUser({ store, now: () => new Date() }, { siteId, ...ADMIN });
  if (opts.premoderation) {
    const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json();
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
    expect((await fetch(`${base}/api/v1/admin/settings`, { method: 'PATCH', headers: admin, body: JSON.stringify({ premoderation: true }) })).status).toBe(200);
  }
  return { h, base };
}
