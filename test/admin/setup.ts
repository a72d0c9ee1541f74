// Shared setup for the moderator-workspace tests: a real server with an admin, a moderator, a grievance officer and readers.
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import type { Config } from '../../src/config';
import { Client, reader, start, type Backend, type Running } from '../api/harness';

export interface Staffed {
  run: Running;
  admin: Client & { userId: string };
  mod: Client & { userId: string };
  officer: Client & { userId: string };
  commenter: Client & { userId: string };
  author: Client & { userId: string };
  anon: Client;
  storyUrl: string;
  /** Posts a comment as the author and returns its id and status. */
  post(body: string, as?: Client): Promise<{ id: string; status: string }>;
}

export const ADMIN_PASSWORD = 'admin password for tests';

async function signIn(base: string, email: string, password: string): Promise<Client & { userId: string }> {
  const c = new Client(base);
  const r = await c.post('/api/v1/auth/login', { email, password });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
  c.token = r.body.token;
  return Object.assign(c, { userId: r.body.user.id as string });
}

export async function staffed(backend: Backend, patch: Partial<Config> = {}): Promise<Staffed> {
  const run = await start(backend, patch);
  const email = `admin-${Date.now()}@example.test`;
  await ensureAdminUser({ store: run.store, now: () => new Date() }, { siteId: run.server.deps.siteId, email, password: ADMIN_PASSWORD });
  const admin = await signIn(run.base, email, ADMIN_PASSWORD);
  const mod = await reader(run.base, { name: 'Mod' });
  const officer = await reader(run.base, { name: 'Officer' });
  const commenter = await reader(run.base, { name: 'Commenter' });
  const author = await reader(run.base, { name: 'Author' });
  for (const [c, role] of [[mod, 'moderator'], [officer, 'grievance_officer']] as const) {
    const r = await admin.post(`/api/v1/admin/users/${c.userId}/actions`, { action: 'setRole', role });
    if (r.status !== 200) throw new Error(`setRole failed: ${r.status} ${r.text}`);
  }
  // The foundation's word list moderator: "idiot" goes to review, "scum" is rejected.
  const s = await admin.patch('/api/v1/admin/settings', { suspectWords: ['idiot'], bannedWords: ['scum'] });
  if (s.status !== 200) throw new Error(`settings failed: ${s.status} ${s.text}`);
  const storyUrl = `${run.base}/stories/admin-test-${Date.now()}`;
  const post = async (body: string, as: Client = author) => {
    const r = await as.post('/api/v1/comments', { storyUrl, body });
    if (r.status !== 201) throw new Error(`post failed: ${r.status} ${r.text}`);
    return { id: r.body.comment.id as string, status: r.body.comment.status as string };
  };
  return { run, admin, mod, officer, commenter, author, anon: new Client(run.base), storyUrl, post };
}
