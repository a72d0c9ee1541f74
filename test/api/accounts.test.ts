// Verified local accounts, password reset and email change (issue 10), against a real SMTP sink, on SQLite and PostgreSQL.
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { until } from '../contract/jobs/harness';
import { smtpSink, type Received, type SmtpSink } from '../support/smtpSink';
import { backends, Client, expectProblem, reader, start, widgetClient, type Running } from './harness';

const list = await backends('verified accounts and password reset');
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

async function boot(backend: (typeof list)[number]): Promise<{ s: Running; sink: SmtpSink; storyUrl: string }> {
  const sink = await smtpSink();
  undo.push(sink.close);
  const s = await start(backend, { smtpUrl: sink.url, emailVerification: true });
  undo.push(s.stop);
  return { s, sink, storyUrl: `${s.base}/stories/accounts-${Date.now()}` };
}

/** The one mail to `to` whose subject matches, once it arrives. */
async function mailTo(sink: SmtpSink, to: string, subject: RegExp): Promise<Received> {
  const find = () => sink.messages.find((m) => m.to.includes(to) && subject.test(m.subject));
  await until(() => !!find(), 10_000, `mail "${subject.source}" to ${to}`);
  return find()!;
}
/** The token of the link in a mail (the link is `<base>/account/<page>?token=…`). */
const tokenIn = (m: Received, page: string): string => {
  const hit = new RegExp(`/account/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(m.text);
  if (!hit) throw new Error(`no ${page} link in: ${m.text}`);
  return hit[1];
};

describe.each(list)('accounts on $name', (backend) => {
  it('mails a verification link at sign-up, holds comments until it is opened, and the link works once', async () => {
    const { s, sink, storyUrl } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    const mail = await mailTo(sink, c.email, /^Confirm your email address$/);
    expect(mail.text).toContain('expires in 48 hours');
    const token = tokenIn(mail, 'verify-email');
    expect((await s.store.getUser(c.userId))?.emailVerified).toBe(false);
    expect((await c.get('/api/v1/auth/session')).body.user.emailVerified).toBe(false);

    const held = await c.post('/api/v1/comments', { storyUrl, body: 'A calm and ordinary opinion.' });
    expect(held.status).toBe(201);
    expect(held.body.comment.status).toBe('review');

    // The link opens a page with a button; fetching it (as mail scanners do) uses nothing.
    const page = await new Client(s.base).get(`/account/verify-email?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`value="${token}"`);
    const ok = await new Client(s.base).post('/api/v1/auth/verify-email', { token });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true, email: c.email });
    expect((await s.store.getUser(c.userId))?.emailVerified).toBe(true);
    expect((await c.get('/api/v1/auth/session')).body.user.emailVerified).toBe(true);
    expectProblem(await new Client(s.base).post('/api/v1/auth/verify-email', { token }), 400, 'token_used');
    expectProblem(await new Client(s.base).post('/api/v1/auth/verify-email', { token: 'x'.repeat(43) }), 400, 'token_invalid');

    const after = await c.post('/api/v1/comments', { storyUrl, body: 'Another calm and ordinary opinion.' });
    expect(after.body.comment.status).toBe('approved');
    // No body at all is a resend too (the widget's button sends none).
    expectProblem(await c.req('POST', '/api/v1/auth/verify-email/resend'), 409, 'email_already_verified');
    const audit = await s.store.listAuditFor('user', c.userId);
    expect(audit.map((e) => e.action)).toContain('account.verify_email');
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('resends a link (voiding the earlier one), limits resends, and can refuse unverified comments instead', async () => {
    const { s, sink, storyUrl } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    const first = tokenIn(await mailTo(sink, c.email, /^Confirm your email address$/), 'verify-email');
    // The sign-up's link was sent this minute: a resend now is refused.
    expectProblem(await c.post('/api/v1/auth/verify-email/resend', {}), 429, 'rate_limited');
    s.advance(61_000);
    expect((await c.post('/api/v1/auth/verify-email/resend?lang=hi')).status).toBe(202);
    const hi = await mailTo(sink, c.email, /^अपना ईमेल पता पुष्टि करें$/);
    const second = tokenIn(hi, 'verify-email');
    expect(second).not.toBe(first);
    expectProblem(await new Client(s.base).post('/api/v1/auth/verify-email', { token: first }), 400, 'token_used');

    const site = (await s.store.getSite(s.server.deps.siteId))!;
    await s.store.saveSite({ ...site, settings: { ...site.settings, unverifiedComments: 'refuse' } });
    expectProblem(await c.post('/api/v1/comments', { storyUrl, body: 'A calm and ordinary opinion.' }), 403, 'email_not_verified');
    expect((await new Client(s.base).post('/api/v1/auth/verify-email', { token: second })).status).toBe(200);
    expect((await c.post('/api/v1/comments', { storyUrl, body: 'A calm and ordinary opinion.' })).body.comment.status).toBe('approved');
  });

  it('treats the bootstrap admin as verified, and lets an admin choose review or refuse', async () => {
    const { s } = await boot(backend);
    const email = `admin-${Date.now()}@example.test`;
    const made = await ensureAdminUser({ store: s.store, now: () => new Date() }, { siteId: s.server.deps.siteId, email, password: 'admin password for tests' });
    expect((await s.store.getUser(made!.user.id))?.emailVerified).toBe(true);
    const login = await new Client(s.base).post('/api/v1/auth/login', { email, password: 'admin password for tests' });
    const admin = new Client(s.base, login.body.token);
    expect((await admin.get('/api/v1/admin/settings')).body.settings.unverifiedComments).toBe('review');
    const r = await admin.patch('/api/v1/admin/settings', { unverifiedComments: 'refuse' });
    expect(r.status).toBe(200);
    expect(r.body.settings.unverifiedComments).toBe('refuse');
    expect((await admin.patch('/api/v1/admin/settings', { unverifiedComments: 'allow' })).status).toBe(400);
  });

  it('never joins a publisher SSO sign-in to a password account, even once its email is verified by our link', async () => {
    const secret = 'publisher-shared-secret-of-enough-length';
    const sink = await smtpSink();
    undo.push(sink.close);
    const s = await start(backend, { smtpUrl: sink.url, emailVerification: true, ssoSecret: secret });
    undo.push(s.stop);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    const token = tokenIn(await mailTo(sink, c.email, /^Confirm your email address$/), 'verify-email');
    expect((await new Client(s.base).post('/api/v1/auth/verify-email', { token })).status).toBe(200);
    const jwt = await new SignJWT({ sub: `sub-${Date.now()}`, email: c.email, email_verified: true, name: 'Sso' })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(secret));
    const sso = await new Client(s.base).post('/api/v1/auth/sso', { token: jwt });
    expect(sso.status).toBe(200);
    expect(sso.body.user.id).not.toBe(c.userId);
    expect(await s.store.getUser(c.userId)).toMatchObject({ email: c.email, emailVerified: true, ssoSubject: null });
  });

  it('answers a reset request alike for unknown and known addresses; the link works once and ends every session', async () => {
    const { s, sink } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    const widget = await widgetClient(s.base, c.email);
    const anon = new Client(s.base);
    // Someone guessing the password has put the account into sign-in back-off; the reset lifts it.
    for (let i = 0; i < 6; i++) await anon.post('/api/v1/auth/login', { email: c.email, password: `guess number ${i}` });
    expectProblem(await anon.post('/api/v1/auth/login', { email: c.email, password: 'correct horse' }), 429, 'rate_limited');
    const unknown = await anon.post('/api/v1/auth/password-reset', { email: 'nobody-here@example.test' });
    const known = await anon.post('/api/v1/auth/password-reset', { email: c.email.toUpperCase() });
    expect([unknown.status, unknown.text]).toEqual([known.status, known.text]);
    expect(known.status).toBe(202);
    const mail = await mailTo(sink, c.email, /^Reset your password$/);
    expect(mail.text).toContain('expires in 30 minutes');
    // The unknown address's job ran first (jobs run in order) and mailed nobody.
    expect(sink.messages.filter((m) => m.to.includes('nobody-here@example.test'))).toHaveLength(0);
    const token = tokenIn(mail, 'reset-password');

    expectProblem(await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'short' }), 400, 'weak_password');
    const done = await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ ok: true });

    expect((await anon.post('/api/v1/auth/login', { email: c.email, password: 'a brand new passphrase' })).status).toBe(200);
    expectProblem(await anon.post('/api/v1/auth/login', { email: c.email, password: 'correct horse' }), 401, 'invalid_credentials');
    // Both sessions of the earlier sign-ins ended: the bearer token and the widget's cookie.
    expectProblem(await c.get('/api/v1/me/data'), 401, 'invalid_token');
    expect((await widget.get('/api/v1/auth/session')).body.user).toBeNull();
    expectProblem(await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'yet another passphrase' }), 400, 'token_used');
    const actions = (await s.store.listAuditFor('user', c.userId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.password_reset_request', 'account.password_reset']));
    // The link reached the address, so it counts as verified too.
    expect((await s.store.getUser(c.userId))?.emailVerified).toBe(true);
  });

  it('refuses an expired reset link with a clear code, and mails the link in Hindi when asked', async () => {
    const { s, sink } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    expect((await new Client(s.base).post('/api/v1/auth/password-reset', { email: c.email, lang: 'hi' })).status).toBe(202);
    const mail = await mailTo(sink, c.email, /^अपना पासवर्ड रीसेट करें$/);
    expect(mail.text).toContain('30 मिनट');
    const token = tokenIn(mail, 'reset-password');
    s.advance(30 * 60_000 + 1000);
    expectProblem(await new Client(s.base).post('/api/v1/auth/password-reset/confirm', { token, password: 'a brand new passphrase' }), 400, 'token_expired');
    expect((await new Client(s.base).post('/api/v1/auth/login', { email: c.email, password: 'correct horse' })).status).toBe(200);
  });

  it('resets through the page the link opens (a plain form)', async () => {
    const { s, sink } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    await new Client(s.base).post('/api/v1/auth/password-reset', { email: c.email });
    const token = tokenIn(await mailTo(sink, c.email, /^Reset your password$/), 'reset-password');
    const page = await new Client(s.base).get(`/account/reset-password?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const form = (password: string) => new Client(s.base).req('POST', '/account/reset-password',
      new URLSearchParams({ token, password }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    const weak = await form('short');
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('name="password"');
    const ok = await form('a brand new passphrase');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Your password is changed');
    expect((await form('another new passphrase')).status).toBe(400);
    expect((await new Client(s.base).post('/api/v1/auth/login', { email: c.email, password: 'a brand new passphrase' })).status).toBe(200);
  });

  it('changes the email only once the new address is verified, and tells the old one', async () => {
    const { s, sink } = await boot(backend);
    const c = await reader(s.base) as Client & { userId: string; email: string };
    const other = await reader(s.base) as Client & { userId: string; email: string };
    const next = `moved-${Date.now()}@example.test`;
    expectProblem(await c.post('/api/v1/me/email', { email: next, password: 'wrong password!' }), 403, 'wrong_password');
    expectProblem(await c.post('/api/v1/me/email', { email: other.email, password: 'correct horse' }), 409, 'email_taken');
    expectProblem(await c.post('/api/v1/me/email', { email: c.email, password: 'correct horse' }), 400, 'email_unchanged');
    s.advance(61_000); // past the sign-up link's minute
    const asked = await c.post('/api/v1/me/email', { email: next, password: 'correct horse' });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ ok: true, pendingEmail: next });
    // Until the link is opened the old address stays.
    expect((await s.store.getUser(c.userId))?.email).toBe(c.email);
    const mail = await mailTo(sink, next, /^Confirm your new email address$/);
    const token = tokenIn(mail, 'verify-email');
    const ok = await new Client(s.base).post('/api/v1/auth/verify-email', { token });
    expect(ok.body).toEqual({ ok: true, email: next });
    expect(await s.store.getUser(c.userId)).toMatchObject({ email: next, emailVerified: true });
    await mailTo(sink, c.email, /^The email address of your account was changed$/);
    expect((await new Client(s.base).post('/api/v1/auth/login', { email: next, password: 'correct horse' })).status).toBe(200);
    expectProblem(await new Client(s.base).post('/api/v1/auth/login', { email: c.email, password: 'correct horse' }), 401, 'invalid_credentials');
    const actions = (await s.store.listAuditFor('user', c.userId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.email_change_request', 'account.email_change']));
  });
});
