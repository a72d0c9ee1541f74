// Notifications over real SMTP: reply mail with RFC 8058 one-click unsubscribe, decision and appeal mail, the queue
// alert (once per crossing), the daily digest, and the reader's prefs API; on SQLite and PostgreSQL.
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_JOB, nextDigestAt } from '../../src/jobs/moderatorDigest';
import { staffed, type Staffed } from '../admin/setup';
import { settle, until } from '../contract/jobs/harness';
import { smtpSink, type SmtpSink } from '../support/smtpSink';
import { backends, Client, expectProblem, reader } from './harness';

const list = await backends('notifications');

/** A port known before the server starts, so CHARCHA_PUBLIC_URL (the links in mail) can name it. */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe.each(list)('notifications ($name)', (backend) => {
  let s: Staffed;
  let sink: SmtpSink;
  const verify = (userId: string) => s.run.store.updateUser(userId, { emailVerified: true });
  const emailOf = async (userId: string) => (await s.run.store.getUser(userId))!.email!;
  const to = (addr: string) => sink.messages.filter((m) => m.to.includes(addr));

  beforeEach(async () => {
    sink = await smtpSink();
    const port = await freePort();
    s = await staffed(backend, { smtpUrl: sink.url, port, publicUrl: `http://127.0.0.1:${port}`, mailFrom: 'Charcha <noreply@news.example>' });
  });
  afterEach(async () => {
    await s.run.stop();
    await sink.close();
  });

  it('mails a reply to an opted-in, verified author with List-Unsubscribe headers; one click stops the next one', async () => {
    const authorEmail = await emailOf(s.author.userId);
    // Not verified yet: opting in changes the choice, but nothing is ever sent to an unverified address.
    const optIn = await s.author.req('PUT', '/api/v1/me/notifications', { replies: true });
    expect(optIn.status).toBe(200);
    expect(optIn.body).toMatchObject({ replies: true, decisions: true, lang: 'en', email: authorEmail, emailVerified: false });
    const first = await s.post('A calm first opinion');
    const r0 = await s.commenter.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'A reply before verification', parentId: first.id });
    expect(r0.status).toBe(201);
    expect(await s.run.store.getMail(`notify.reply:${r0.body.comment.id}`)).toBeUndefined();

    await verify(s.author.userId);
    expect((await s.author.get('/api/v1/me/notifications')).body.emailVerified).toBe(true);
    // Their own reply to themselves is no news to them.
    const own = await s.author.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'Adding to my own point', parentId: first.id });
    expect(await s.run.store.getMail(`notify.reply:${own.body.comment.id}`)).toBeUndefined();

    const r1 = await s.commenter.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'I see it differently', parentId: first.id });
    await until(() => to(authorEmail).length === 1, 10_000, 'the reply notification');
    const m = to(authorEmail)[0];
    expect(m.subject).toBe('Commenter replied to your comment');
    expect(m.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(https?:\/\/[^>]+)>$/.exec(m.headers['list-unsubscribe'])?.[1];
    expect(url).toMatch(new RegExp(`^${s.run.base}/notifications/unsubscribe\\?t=`));
    expect(m.text).toContain(url!);
    // It went through the durable outbox (the sink may see it before the sender records it as sent).
    expect((await s.run.store.getMail(`notify.reply:${r1.body.comment.id}`))?.template).toBe('reply_notification');

    // The confirmation page only asks (link scanners open links); a forged token is refused.
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await s.author.get('/api/v1/me/notifications')).body.replies).toBe(true);
    const token = new URL(url!).searchParams.get('t')!;
    const forged = await fetch(`${s.run.base}/notifications/unsubscribe?t=${encodeURIComponent(`${token.slice(0, -2)}xx`)}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click',
    });
    expect(forged.status).toBe(404);
    expect((await s.author.get('/api/v1/me/notifications')).body.replies).toBe(true);

    // RFC 8058: the mail client's POST, with no cookie and no CSRF header.
    const click = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(click.status).toBe(200);
    expect(await click.text()).toContain('no more');
    expect((await s.author.get('/api/v1/me/notifications')).body.replies).toBe(false);

    const r2 = await s.commenter.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'One more thought', parentId: first.id });
    expect(r2.status).toBe(201);
    expect(await s.run.store.getMail(`notify.reply:${r2.body.comment.id}`)).toBeUndefined();
    await settle(300);
    expect(to(authorEmail)).toHaveLength(1);
  });

  it('tells the author of a removal, a restore and an appeal decision, in Hindi when they chose it; the site can switch decisions off', async () => {
    const authorEmail = await emailOf(s.author.userId);
    await verify(s.author.userId);
    expect((await s.author.req('PUT', '/api/v1/me/notifications', { lang: 'hi' })).body.lang).toBe('hi');
    const c = await s.post('A sharp but fair opinion');
    expect((await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult', note: 'Personal attack' })).status).toBe(200);
    await until(() => to(authorEmail).length === 1, 10_000, 'the removal mail');
    expect(to(authorEmail)[0].subject).toBe('आपकी टिप्पणी हटा दी गई है');
    expect(to(authorEmail)[0].text).toContain('insult: Personal attack');
    expect(to(authorEmail)[0].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    expect((await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'I was quoting someone else.' })).status).toBe(201);
    expect((await s.officer.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'restored', note: 'Quotation, not an insult.' })).status).toBe(200);
    await until(() => to(authorEmail).length === 2, 10_000, 'the appeal decision');
    expect(to(authorEmail)[1].subject).toBe('आपकी अपील स्वीकार की गई');
    expect(to(authorEmail)[1].text).toContain('Quotation, not an insult.');

    await s.author.req('PUT', '/api/v1/me/notifications', { lang: 'en' });
    const d = await s.post('Another opinion');
    await s.mod.post(`/api/v1/admin/comments/${d.id}/actions`, { action: 'hide', reason: 'vulgar' });
    await s.mod.post(`/api/v1/admin/comments/${d.id}/actions`, { action: 'restore' });
    await until(() => to(authorEmail).length === 4, 10_000, 'the removal and restore mail');
    expect(to(authorEmail).slice(2).map((m) => m.subject).sort()).toEqual(['Your comment has been removed', 'Your comment has been restored']);

    // The admin switches decision mail off for the site: audited, and the next rejection sends nothing.
    expectProblem(await s.mod.req('PUT', '/api/v1/admin/notifications', { decisions: false }), 403, 'forbidden');
    const off = await s.admin.req('PUT', '/api/v1/admin/notifications', { decisions: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ decisions: false, replies: true, queueThreshold: 50 });
    const audit = (await s.run.store.listAudit(1, 100_000)).filter((e) => e.action === 'settings.update' && e.reason === 'notifications');
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toBe(s.admin.userId);
    expect((await s.author.get('/api/v1/me/notifications')).body.site.decisions).toBe(false);
    const e = await s.post('Third opinion');
    await s.mod.post(`/api/v1/admin/comments/${e.id}/actions`, { action: 'reject', reason: 'insult' });
    await settle(300);
    expect(to(authorEmail)).toHaveLength(4);
  });

  it('alerts moderators once when the review queue reaches the threshold, again only after it fell below', async () => {
    const modEmail = await emailOf(s.mod.userId);
    await verify(s.mod.userId);
    expect((await s.admin.req('PUT', '/api/v1/admin/notifications', { queueThreshold: 2 })).status).toBe(200);
    const alerts = () => to(modEmail).filter((m) => m.subject.startsWith('Review queue alert'));
    const a = await s.post('idiot one');
    expect(a.status).toBe('review');
    await settle(300);
    expect(alerts()).toHaveLength(0);
    const b = await s.post('idiot two');
    await until(() => alerts().length === 1, 10_000, 'the queue alert');
    expect(alerts()[0].subject).toBe('Review queue alert: 2 comments waiting');
    expect(alerts()[0].text).toContain(`${s.run.base}/admin`);
    await s.post('idiot three');
    await s.post('idiot four');
    await settle(400);
    expect(alerts()).toHaveLength(1);
    // Moderators work the queue down below the threshold (2 of 4 left is still at it; 1 is below) …
    for (const id of [a.id, b.id, (await s.post('calm words')).id]) await s.mod.post(`/api/v1/admin/comments/${id}/actions`, { action: 'approve' });
    const left = await s.run.store.countQueue({ siteId: s.run.server.deps.siteId, statuses: ['review'] });
    expect(left).toBe(2);
    const queue = await s.run.store.listQueue({ siteId: s.run.server.deps.siteId, statuses: ['review'], limit: 10 });
    await s.mod.post(`/api/v1/admin/comments/${queue[0].id}/actions`, { action: 'approve' });
    await settle(300);
    expect(alerts()).toHaveLength(1);
    // … so the next crossing alerts again.
    await s.post('idiot five');
    await until(() => alerts().length === 2, 10_000, 'the second crossing');
  });

  it('the daily digest job mails the queue size and its oldest item, and schedules the next day', async () => {
    const modEmail = await emailOf(s.mod.userId);
    await verify(s.mod.userId);
    await verify(s.admin.userId);
    const first = await s.post('idiot early');
    await s.post('idiot later');
    const oldest = (await s.run.store.getComment(first.id))!;
    const { deps } = s.run.server;
    await deps.queue.enqueue(DIGEST_JOB, { siteId: deps.siteId }, { key: 'digest-now' });
    await until(() => to(modEmail).length === 1, 10_000, 'the digest');
    const m = to(modEmail)[0];
    expect(m.subject).toMatch(/^Review queue on \d{4}-\d{2}-\d{2}: 2 waiting$/);
    expect(m.text).toContain(`The oldest has waited since ${oldest.createdAt}`);
    // The admin gets it too; the grievance officer (not a moderator) and the readers do not.
    await until(() => sink.messages.length === 2, 10_000, 'the admin\'s digest');
    expect(sink.messages.map((x) => x.to[0]).sort()).toEqual([modEmail, await emailOf(s.admin.userId)].sort());
    const next = nextDigestAt(new Date());
    expect(next.getUTCHours()).toBe(3);
    const scheduled = await deps.store.getJob(`${DIGEST_JOB}:${deps.siteId}:${next.toISOString().slice(0, 10)}`);
    expect(scheduled?.runAt).toBe(next.toISOString());
  });

  it('prefs API: sign-in needed, typed fields, profile name, sign out everywhere', async () => {
    expectProblem(await new Client(s.run.base).get('/api/v1/me/notifications'), 401, 'unauthorized');
    expectProblem(await new Client(s.run.base).req('PUT', '/api/v1/me/notifications', { replies: true }), 401, 'unauthorized');
    expectProblem(await s.author.req('PUT', '/api/v1/me/notifications', { replies: 'yes' }), 400, 'validation_failed');
    expectProblem(await s.author.req('PUT', '/api/v1/me/notifications', { lang: 'fr' }), 400, 'validation_failed');
    const got = await s.author.get('/api/v1/me/notifications');
    expect(got.body).toMatchObject({ replies: false, decisions: true, lang: 'en', site: { replies: true, decisions: true, appeals: true } });
    const put = await s.author.req('PUT', '/api/v1/me/notifications', { replies: true, decisions: false });
    expect(put.body).toMatchObject({ replies: true, decisions: false });
    expect((await s.author.get('/api/v1/me/notifications')).body).toMatchObject({ replies: true, decisions: false });
    // Another reader's choices are their own.
    expect((await s.commenter.get('/api/v1/me/notifications')).body.replies).toBe(false);

    expectProblem(await s.author.patch('/api/v1/me/profile', { displayName: '   ' }), 400, 'validation_failed');
    expect((await s.author.patch('/api/v1/me/profile', { displayName: 'Asha K' })).body).toEqual({ id: s.author.userId, displayName: 'Asha K' });
    expect((await s.run.store.getUser(s.author.userId))?.displayName).toBe('Asha K');

    const second = await reader(s.run.base);
    const again = new Client(s.run.base);
    const login = await again.post('/api/v1/auth/login', { email: (second as unknown as { email: string }).email, password: 'correct horse' });
    again.token = login.body.token;
    expect((await again.get('/api/v1/me/notifications')).status).toBe(200);
    const end = await second.post('/api/v1/me/sessions/end-all');
    expect(end.status).toBe(200);
    expect(end.body.ended).toBeGreaterThanOrEqual(3);
    expectProblem(await again.get('/api/v1/me/notifications'), 401, 'invalid_token');
    expectProblem(await second.get('/api/v1/me/notifications'), 401, 'invalid_token');
  });
});
