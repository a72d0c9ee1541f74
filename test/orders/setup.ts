// Shared setup for the legal-order tests: a real server on a fake clock, a real SMTP sink, an admin, a grievance officer and readers.
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import type { Store } from '../../src/store/store';
import { settle } from '../contract/jobs/harness';
import { Client, reader, testConfig, type Backend } from '../api/harness';
import { FakeClock } from '../support/fakeClock';
import { smtpSink, type SmtpSink } from '../support/smtpSink';

export type Reader = Client & { userId: string; email: string };

export interface Desk {
  server: RunningServer;
  store: Store;
  clock: FakeClock;
  sink: SmtpSink;
  admin: Client;
  officer: Reader;
  author: Reader;
  other: Reader;
  storyUrl: string;
  post(body: string, as?: Reader): Promise<string>;
  /** Moves the fake clock in 1 s steps (letting the queue and the mail sender run) until cond holds. */
  tickUntil(cond: () => boolean | Promise<boolean>, what: string, steps?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function desk(backend: Backend): Promise<Desk> {
  const sink = await smtpSink();
  const ts = await backend.open();
  // Real time as the start: sessions and standing checks that read the real clock stay consistent with it.
  const clock = new FakeClock(Date.now());
  const config = testConfig({ smtpUrl: sink.url, mailFrom: 'desk@news.example' });
  const server = await startServer(config, { store: ts.store, moderator: wordListModerator(), now: () => clock.now(), clock });
  const base = server.url;
  const email = `admin-${Date.now()}@example.test`;
  await ensureAdminUser({ store: ts.store, now: () => clock.now() }, { siteId: server.deps.siteId, email, password: 'admin password for tests' });
  const admin = new Client(base);
  const login = await admin.post('/api/v1/auth/login', { email, password: 'admin password for tests' });
  if (login.status !== 200) throw new Error(`login failed: ${login.text}`);
  admin.token = login.body.token;
  const officer = (await reader(base, { name: 'Officer' })) as Reader;
  const author = (await reader(base, { name: 'Asha Author' })) as Reader;
  const other = (await reader(base, { name: 'Ravi Other' })) as Reader;
  const r = await admin.post(`/api/v1/admin/users/${officer.userId}/actions`, { action: 'setRole', role: 'grievance_officer' });
  if (r.status !== 200) throw new Error(`setRole failed: ${r.text}`);
  const storyUrl = `${base}/stories/orders-${Date.now()}`;
  const post = async (body: string, as: Reader = author) => {
    const p = await as.post('/api/v1/comments', { storyUrl, body });
    if (p.status !== 201) throw new Error(`post failed: ${p.status} ${p.text}`);
    return p.body.comment.id as string;
  };
  const tickUntil = async (cond: () => boolean | Promise<boolean>, what: string, steps = 300) => {
    for (let i = 0; i < steps; i++) {
      if (await cond()) return;
      await clock.advance(1_000);
      await settle(20);
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  return {
    server, store: ts.store, clock, sink, admin, officer, author, other, storyUrl, post, tickUntil,
    stop: async () => { await server.close(); await sink.close(); await ts.cleanup(); },
  };
}

/** An order body as an issuer sends it; override any field. */
export const orderBody = (over: Record<string, unknown> = {}) => ({
  reference: `MEITY/${Math.random().toString(36).slice(2, 8)}`,
  issuer: { name: 'A. Officer', rank: 'joint_secretary', authority: 'MeitY', email: 'issuer@gov.example' },
  legalBasis: 'IT Act 2000 s.79(3)(b)', provision: 'Rule 3(1)(d)', unlawfulAct: 'defamation of a named person',
  ...over,
});
