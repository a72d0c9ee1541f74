// Webhooks over the real server on both engines: admins configure an endpoint on a loopback receiver; a test event and
// the comment, report and appeal events arrive signed; the delivery log shows them; readers and moderators cannot configure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem } from './harness';
import { staffed, type Staffed } from '../admin/setup';
import { webhookReceiver, type WebhookReceiver } from '../support/webhookReceiver';
import { until } from '../contract/jobs/harness';
import { verifySignature } from '../../src/webhooks/sign';

const list = await backends('webhooks');

describe.each(list)('webhooks ($name)', (backend) => {
  let s: Staffed;
  let rx: WebhookReceiver;
  beforeAll(async () => { s = await staffed(backend); rx = await webhookReceiver(); });
  afterAll(async () => { await s?.run.stop(); await rx?.close(); });
  const nowS = () => Math.floor(Date.now() / 1000);
  const types = () => rx.received.map((h) => JSON.parse(h.body).type as string);

  it('only admins configure endpoints; bad urls, events and short secrets are refused', async () => {
    expectProblem(await s.anon.get('/api/v1/admin/webhooks'), 401, 'unauthorized');
    expectProblem(await s.commenter.get('/api/v1/admin/webhooks'), 403, 'not_staff');
    expectProblem(await s.mod.post('/api/v1/admin/webhooks', { url: rx.url }), 403, 'forbidden');
    expectProblem(await s.admin.post('/api/v1/admin/webhooks', { url: 'ftp://news.example/x' }), 400, 'invalid_webhook_url');
    expectProblem(await s.admin.post('/api/v1/admin/webhooks', { url: rx.url, events: ['comment.exploded'] }), 400, 'validation_failed');
    expectProblem(await s.admin.post('/api/v1/admin/webhooks', { url: rx.url, secret: 'short' }), 400, 'validation_failed');
    expect((await s.mod.get('/api/v1/admin/webhooks')).body.endpoints).toEqual([]);
  });

  it('a test event, then comment, moderation, report and appeal events arrive signed, and the log shows them', async () => {
    const secret = 'whsec_api_test_secret_0123456789';
    const created = await s.admin.post('/api/v1/admin/webhooks', { url: rx.url, secret });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: rx.url, enabled: true, secret, secretHint: '…6789' });
    expect(created.body.events).toContain('grievance.created');
    const listed = (await s.admin.get('/api/v1/admin/webhooks')).body.endpoints[0];
    expect(listed.secret).toBeUndefined();
    expect(listed.secretHint).toBe('…6789');

    const t = await s.admin.post(`/api/v1/admin/webhooks/${created.body.id}/test`);
    expect(t.status).toBe(202);
    expect(t.body.queued).toBe(1);
    await until(() => rx.received.length === 1, 10_000, 'the test event');
    expect(types()).toEqual(['webhook.test']);

    const c = await s.post('a plain, fine opinion');
    const bad = await s.post('idiot remark for the webhook');
    expect((await s.mod.post(`/api/v1/admin/comments/${bad.id}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    expect((await s.commenter.post(`/api/v1/comments/${c.id}/reports`, { reason: 'other', note: 'checking' })).status).toBe(201);
    expect((await s.author.post(`/api/v1/comments/${bad.id}/appeal`, { note: 'It was a quote.' })).status).toBe(201);
    await until(() => rx.received.length >= 6, 15_000, 'six events');
    expect(types().sort()).toEqual(['appeal.filed', 'comment.created', 'comment.created', 'comment.rejected', 'report.created', 'webhook.test']);
    for (const h of rx.received) {
      expect(verifySignature(secret, String(h.headers['charcha-signature']), h.body, nowS())).toBe(true);
      expect(h.headers['charcha-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(rx.received.map((h) => h.headers['charcha-delivery'])).size).toBe(6);
    const rejected = rx.received.map((h) => JSON.parse(h.body)).find((b) => b.type === 'comment.rejected');
    expect(rejected.data).toMatchObject({ commentId: bad.id, status: 'rejected', from: 'review', reason: 'insult', body: 'idiot remark for the webhook' });

    // The receiver has the bytes before the sender records the 200: wait for the log to catch up.
    let rows: any[] = [];
    for (let i = 0; i < 100; i++) {
      rows = (await s.admin.get('/api/v1/admin/webhooks/deliveries')).body.deliveries;
      if (rows.every((d) => d.status === 'delivered')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rows).toHaveLength(6);
    expect(rows.every((d: any) => d.status === 'delivered' && d.attempts === 1 && d.lastStatus === 200 && d.lastAttemptAt)).toBe(true);
    expect(rows[0].payload).toBeUndefined();
  });

  it('filing a grievance delivers a signed grievance.created event without the complainant\'s name, email or text', async () => {
    const before = rx.received.length;
    const c = await s.post('a comment someone complains about');
    const r = await s.anon.post('/api/v1/grievances', {
      category: 'privacy', commentId: c.id, description: 'This comment names me.', name: 'Meera Iyer', email: 'meera@example.test',
    });
    expect(r.status).toBe(201);
    await until(() => rx.received.some((h) => JSON.parse(h.body).type === 'grievance.created'), 15_000, 'the grievance event');
    const h = rx.received.slice(before).find((x) => JSON.parse(x.body).type === 'grievance.created')!;
    expect(verifySignature('whsec_api_test_secret_0123456789', String(h.headers['charcha-signature']), h.body, nowS())).toBe(true);
    const body = JSON.parse(h.body);
    expect(body.data).toMatchObject({
      grievanceId: expect.any(String), ticket: r.body.ticket, category: 'privacy', commentId: c.id, commentUrl: null,
      receivedAt: expect.any(String), acknowledgeBy: r.body.acknowledgeBy, resolveBy: r.body.resolveBy,
    });
    expect(h.body).not.toContain('Meera');
    expect(h.body).not.toContain('meera@example.test');
    expect(h.body).not.toContain('names me');
    // Let the log settle: the next test counts eight deliveries (six above, this comment.created and grievance.created).
    for (let i = 0; i < 100; i++) {
      const rows = (await s.admin.get('/api/v1/admin/webhooks/deliveries')).body.deliveries;
      if (rows.every((d: any) => d.status === 'delivered')) break;
      await new Promise((res) => setTimeout(res, 50));
    }
  });

  it('a disabled endpoint gets nothing, and a test event to it is refused', async () => {
    const ep = (await s.admin.get('/api/v1/admin/webhooks')).body.endpoints[0];
    const p = await s.admin.patch(`/api/v1/admin/webhooks/${ep.id}`, { enabled: false });
    expect(p.body).toMatchObject({ enabled: false, secretHint: ep.secretHint });
    expect(p.body.secret).toBeUndefined();
    expectProblem(await s.admin.post(`/api/v1/admin/webhooks/${ep.id}/test`), 409, 'webhook_disabled');
    const before = rx.received.length;
    await s.post('another fine opinion');
    expect((await s.admin.get('/api/v1/admin/webhooks/deliveries')).body.deliveries).toHaveLength(8);
    expect(rx.received.length).toBe(before);
    expectProblem(await s.admin.patch('/api/v1/admin/webhooks/nope', { enabled: true }), 404, 'not_found');
  });
});
