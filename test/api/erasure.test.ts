// Erasure over HTTP with the fake clock on SQLite and PostgreSQL: held evidence stays, live comments go, the reader is
// told what stays and until when; the 48-hour warning reaches the SMTP sink before the purge, and the purge runs once.
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { until } from '../contract/jobs/harness';
import { FakeClock } from '../support/fakeClock';
import { smtpSink } from '../support/smtpSink';
import { backends, Client, expectProblem, reader, start, testConfig } from './harness';

const list = await backends('api erasure');
const DAY = 86_400_000;
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

describe.each(list)('erasure on $name', (backend) => {
  it('keeps removed comments under Rule 3(1)(g), removes live ones, seals registration data, warns 48 h before the purge, purges once', async () => {
    const sink = await smtpSink();
    undo.push(sink.close);
    const ts = await backend.open();
    undo.push(ts.cleanup);
    const clock = new FakeClock(Date.parse('2026-03-01T06:00:00.000Z'));
    const srv: RunningServer = await startServer(testConfig({ smtpUrl: sink.url }), {
      store: ts.store, moderator: wordListModerator(), now: () => clock.now(), clock,
    });
    undo.push(() => srv.close());
    const site = (await ts.store.getSite(srv.deps.siteId))!;
    await ts.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: [] } } });
    const storyUrl = `${srv.url}/stories/erasure`;
    const a = await reader(srv.url, { name: 'Asha' });
    const b = await reader(srv.url, { name: 'Bilal' });
    const post = async (c: Client, body: string) => {
      const r = await c.post('/api/v1/comments', { storyUrl, body });
      expect(r.status, r.text).toBe(201);
      return r.body.comment as { id: string; status: string };
    };
    /** Sessions expire over the months this test moves through: sign in again. */
    const signIn = async (email: string) => {
      const r = await new Client(srv.url).post('/api/v1/auth/login', { email, password: 'correct horse' });
      expect(r.status, r.text).toBe(200);
      return new Client(srv.url, r.body.token);
    };

    const oldRejected = await post(a, 'old scoundrel');
    await clock.jump(100 * DAY);
    const a2 = await signIn((a as any).email);
    const live = await post(a2, 'live words');
    const rejected = await post(a2, 'recent scoundrel');
    const bilals = await post(await signIn((b as any).email), 'Bilal stays');
    expect([oldRejected.status, live.status, rejected.status]).toEqual(['rejected', 'approved', 'rejected']);
    await clock.jump(81 * DAY); // the old rejection is now 181 days old: past its floor

    const fresh = await signIn((a as any).email);
    expectProblem(await fresh.post('/api/v1/me/erase', { mode: 'remove' }), 401, 'reauthentication_required');
    expectProblem(await fresh.post('/api/v1/me/erase', { mode: 'remove', password: 'wrong horse' }), 401, 'reauthentication_required');
    const erasedAt = clock.now().getTime();
    const r = await fresh.post('/api/v1/me/erase', { mode: 'remove', password: 'correct horse' });
    expect(r.status, r.text).toBe(200);
    const recentRemoval = Date.parse((await ts.store.listAuditFor('comment', rejected.id)).find((e) => e.action === 'comment.verdict')?.at ?? '');
    expect(r.body).toMatchObject({
      mode: 'remove', removed: 1,
      kept: [{ commentId: rejected.id, reason: 'removed_evidence', rule: expect.stringContaining('Rule 3(1)(g)'), until: new Date(recentRemoval + 180 * DAY).toISOString() }],
      registration: { sealedUntil: new Date(erasedAt + 180 * DAY).toISOString(), rule: expect.stringContaining('Rule 3(1)(h)'), purgeWarningAt: new Date(erasedAt + 178 * DAY).toISOString() },
    });
    // Nothing's text was edited; the live one is withheld, the held one stays as moderation left it.
    expect(await ts.store.getComment(live.id)).toMatchObject({ status: 'withdrawn', body: 'live words' });
    expect(await ts.store.getComment(rejected.id)).toMatchObject({ status: 'rejected', body: 'recent scoundrel' });
    expect(await ts.store.getComment(bilals.id)).toMatchObject({ status: 'approved', body: 'Bilal stays' });
    // Removal is the author's withdrawal: its evidence is preserved as for any withdrawal.
    expect(await ts.store.listEvidence(live.id)).toEqual([expect.objectContaining({ trigger: 'author', actor: a.userId, hold: null, purgedAt: null })]);
    const user = (await ts.store.getUser(a.userId))!;
    expect(user).toMatchObject({ email: null, displayName: '[deleted]', passwordHash: null });
    expect((await ts.store.getClosure(a.userId))?.sealed).toEqual({ email: (a as any).email, displayName: 'Asha', ssoSubject: null });
    // Every session ends and the account signs in no more.
    expectProblem(await fresh.get('/api/v1/me/data'), 401, 'invalid_token');
    expect((await new Client(srv.url).post('/api/v1/auth/login', { email: (a as any).email, password: 'correct horse' })).status).toBe(401);

    // The answer by e-mail: what stays, why, until when (in IST).
    await until(() => sink.messages.some((m) => m.subject === 'Your account has been closed'), 10_000, 'the erasure mail');
    const done = sink.messages.find((m) => m.subject === 'Your account has been closed')!;
    expect(done.to).toEqual([(a as any).email]);
    expect(done.text).toContain(`comment ${rejected.id}: IT Rules 2021, Rule 3(1)(g)`);
    expect(done.text).toMatch(/until \d{1,2} \w{3} 2026, \d{2}:\d{2} IST/);
    expect(done.text).not.toContain(oldRejected.id);

    // 178 days on: the warning, and no purge yet.
    await clock.jump(178 * DAY + 60_000);
    await until(() => sink.messages.some((m) => m.subject.startsWith('Your remaining data will be deleted')), 10_000, 'the 48 h warning');
    expect((await ts.store.getClosure(a.userId))?.sealed).not.toBeNull();
    expect((await ts.store.listAuditFor('user', a.userId)).filter((e) => e.action === 'account.purge')).toHaveLength(0);

    // 48 hours later the purge runs, once.
    await clock.jump(2 * DAY);
    for (let i = 0; i < 100 && (await ts.store.getJob(`purge:${a.userId}`))?.status !== 'done'; i++) await new Promise((res) => setTimeout(res, 100));
    expect((await ts.store.getJob(`purge:${a.userId}`))?.status).toBe('done');
    expect(await ts.store.getClosure(a.userId)).toMatchObject({ sealed: null, purgedAt: expect.any(String) });
    await clock.jump(10 * DAY);
    await srv.deps.queue.enqueue('rights.purge', { userId: a.userId }, { key: `purge:${a.userId}` });
    expect((await ts.store.listAuditFor('user', a.userId)).filter((e) => e.action === 'account.purge')).toHaveLength(1);
    expect(sink.messages.filter((m) => m.subject.startsWith('Your remaining data')).length).toBe(1);
  });

  it('a removed comment under a legal hold stays after erasure, past its 180 days, and the answer names the hold; withdrawn ones get evidence', async () => {
    const sink = await smtpSink();
    undo.push(sink.close);
    const ts = await backend.open();
    undo.push(ts.cleanup);
    const clock = new FakeClock(Date.parse('2026-03-01T06:00:00.000Z'));
    const srv: RunningServer = await startServer(testConfig({ smtpUrl: sink.url }), {
      store: ts.store, moderator: wordListModerator(), now: () => clock.now(), clock,
    });
    undo.push(() => srv.close());
    const site = (await ts.store.getSite(srv.deps.siteId))!;
    await ts.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: [] } } });
    const email = `admin-${Date.now()}@example.test`;
    await ensureAdminUser({ store: ts.store, now: () => clock.now() }, { siteId: srv.deps.siteId, email, password: 'admin password for tests' });
    const login = await new Client(srv.url).post('/api/v1/auth/login', { email, password: 'admin password for tests' });
    const admin = new Client(srv.url, login.body.token);
    const storyUrl = `${srv.url}/stories/erasure-hold`;
    const a = await reader(srv.url, { name: 'Chitra' });
    const post = async (body: string) => {
      const r = await a.post('/api/v1/comments', { storyUrl, body });
      expect(r.status, r.text).toBe(201);
      return r.body.comment as { id: string; status: string };
    };
    const held = await post('held scoundrel');
    const live = await post('live words, withdrawn on erasure');
    const review = await post('a second live comment');
    expect(held.status).toBe('rejected');
    const [record] = await ts.store.listEvidence(held.id);
    expect(record).toMatchObject({ trigger: 'engine', hold: null });
    const holdUntil = new Date(clock.now().getTime() + 400 * DAY).toISOString();
    const h = await admin.post(`/api/v1/admin/evidence/${record.id}/hold`, { reason: 'Delhi HC order CS(OS) 12/2026', until: holdUntil });
    expect(h.status, h.text).toBe(200);

    // 200 days on, the 180-day floor is past: only the hold keeps it.
    await clock.jump(200 * DAY);
    const r0 = await new Client(srv.url).post('/api/v1/auth/login', { email: (a as any).email, password: 'correct horse' });
    const fresh = new Client(srv.url, r0.body.token);
    const r = await fresh.post('/api/v1/me/erase', { mode: 'remove', password: 'correct horse' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({
      mode: 'remove', removed: 2,
      kept: [{ commentId: held.id, reason: 'legal_hold', rule: expect.stringContaining('Legal hold'), until: holdUntil, hold: { reason: 'Delhi HC order CS(OS) 12/2026', until: holdUntil } }],
    });
    expect(await ts.store.getComment(held.id)).toMatchObject({ status: 'rejected', body: 'held scoundrel' });
    expect((await ts.store.listEvidence(held.id))[0]).toMatchObject({ id: record.id, purgedAt: null, hold: { reason: 'Delhi HC order CS(OS) 12/2026' } });
    // Each withdrawn comment: status only, text untouched, and an evidence record of the author's withdrawal.
    for (const c of [live, review]) {
      expect(await ts.store.getComment(c.id)).toMatchObject({ status: 'withdrawn', statusReason: 'erased by the author' });
      expect(await ts.store.listEvidence(c.id)).toEqual([expect.objectContaining({ trigger: 'author', actor: a.userId, reason: 'withdrawn by author: account erasure' })]);
    }
    expect((await ts.store.getComment(live.id))?.body).toBe('live words, withdrawn on erasure');
    await until(() => sink.messages.some((m) => m.subject === 'Your account has been closed'), 10_000, 'the erasure mail');
    const done = sink.messages.find((m) => m.subject === 'Your account has been closed')!;
    expect(done.text).toContain(`comment ${held.id}: Legal hold`);
    expect(done.text).toContain('Delhi HC order CS(OS) 12/2026');
  });

  it('an SSO account re-authenticates with a fresh sign-in; staff accounts cannot erase themselves here', async () => {
    const SECRET = 'publisher-shared-secret-of-enough-length';
    const s = await start(backend, { ssoSecret: SECRET });
    undo.push(() => s.stop());
    const token = (sub: string) => new SignJWT({ sub, email: `${sub}@pub.test`, email_verified: true, name: sub })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    const signIn = async (sub: string) => {
      const r = await new Client(s.base).post('/api/v1/auth/sso', { token: await token(sub) });
      expect(r.status, r.text).toBe(200);
      return new Client(s.base, r.body.token);
    };
    const stale = await signIn('kavya');
    s.advance(11 * 60_000);
    expectProblem(await stale.post('/api/v1/me/erase', { mode: 'anonymise' }), 401, 'reauthentication_required');
    const again = await signIn('kavya');
    expect((await again.post('/api/v1/policy/accept', { version: 1 })).status).toBe(200);
    const storyUrl = `${s.base}/stories/anonymise`;
    const posted = await again.post('/api/v1/comments', { storyUrl, body: 'Kavya wrote this' });
    expect(posted.status, posted.text).toBe(201);
    const r = await again.post('/api/v1/me/erase', { mode: 'anonymise', lang: 'hi' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ mode: 'anonymise', anonymised: 1, removed: 0, kept: [] });
    // Still public, same words, no name.
    const thread = (await new Client(s.base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}`)).body;
    expect(thread.comments).toEqual([expect.objectContaining({ id: posted.body.comment.id, body: 'Kavya wrote this', author: expect.objectContaining({ displayName: '[deleted]' }) })]);
    // A new sign-in with the same publisher subject is a new account, not the erased one.
    const back = await signIn('kavya');
    expect((await back.get('/api/v1/me/data')).body.comments).toEqual([]);
    const outbox = await s.store.getMail(`erasure:${(await s.store.listAuditByActions(['account.erase'], '2000-01-01', '3000-01-01'))[0].targetId}`);
    expect(outbox).toMatchObject({ to: 'kavya@pub.test', lang: 'hi', subject: 'आपका खाता बंद कर दिया गया है' });
    // The consent ledger said where the account came from.
    const c = await reader(s.base);
    expect((await c.get('/api/v1/me/data')).body.consents[0]).toMatchObject({ purpose: 'privacy_notice', channel: 'api' });
  });
});
