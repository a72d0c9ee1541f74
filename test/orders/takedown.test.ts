// The takedown-order register over HTTP on both engines: register, list by time left, comply (evidence, removal, audit, confirmation), escalations on the fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAction } from '../../src/domain/auditActions';
import { backends, Client, expectProblem } from '../api/harness';
import { settle } from '../contract/jobs/harness';
import { desk, orderBody, type Desk } from './setup';

const list = await backends('takedown orders');
const MIN = 60_000;

describe.each(list)('takedown orders ($name)', (backend) => {
  let d: Desk;
  beforeAll(async () => { d = await desk(backend); });
  afterAll(async () => { await d?.stop(); });

  it('only admins and the grievance officer reach the register; the checklist warns but never blocks', async () => {
    const c = await d.post('A remark the ministry objects to');
    expectProblem(await d.author.post('/api/v1/admin/orders', orderBody({ commentIds: [c], receivedAt: d.clock.now().toISOString() })), 403, 'not_staff');
    expectProblem(await new Client(d.server.url).get('/api/v1/admin/orders'), 401, 'unauthorized');
    expectProblem(await d.officer.post('/api/v1/admin/orders', orderBody({ commentIds: [], receivedAt: d.clock.now().toISOString() })), 400, 'empty_scope');
    const r = await d.officer.post('/api/v1/admin/orders', orderBody({
      commentIds: [c], receivedAt: d.clock.now().toISOString(),
      issuer: { name: 'B. Director', rank: 'director', authority: 'Some Ministry' }, unlawfulAct: undefined,
    }));
    expect(r.status).toBe(201);
    // A Director of a body that has a Joint Secretary rank, and no stated unlawful act: registered, with warnings.
    expect(r.body.order).toMatchObject({ status: 'open', warnings: ['rank', 'unlawful_act'] });
    expect(r.body.order.checklist.find((i: any) => i.id === 'rank')).toMatchObject({ ok: false });
    expect(Date.parse(r.body.order.dueAt) - Date.parse(r.body.order.receivedAt)).toBe(3 * 60 * MIN);
  });

  it('register → escalation at 50% → comply: evidence then removal, audit entries, confirmation mailed; 80% and deadline never fire', async () => {
    const c1 = await d.post('First named remark');
    const c2 = await d.post('Second named remark, given by URL');
    const keep = await d.post('A remark the order does not name');
    const t0 = d.clock.now();
    const reg = await d.officer.post('/api/v1/admin/orders', orderBody({
      reference: 'MEITY/2026/17', commentIds: [c1], urls: [`${d.storyUrl}#comment-${c2}`], receivedAt: t0.toISOString(),
    }));
    expect(reg.status).toBe(201);
    const id = reg.body.order.id as string;
    expect(reg.body.order.warnings).toEqual([]);
    // An order received an hour earlier has less time left, so it comes first.
    const older = await d.admin.post('/api/v1/admin/orders', orderBody({ reference: 'COURT/1', issuer: { name: 'Registrar', rank: 'court', authority: 'Delhi HC' }, commentIds: [keep], receivedAt: new Date(t0.getTime() - 60 * MIN).toISOString() }));
    const listed = await d.officer.get('/api/v1/admin/orders');
    const open = listed.body.orders.filter((o: any) => o.status === 'open').map((o: any) => o.id);
    expect(open.indexOf(older.body.order.id)).toBeLessThan(open.indexOf(id));
    expect(listed.body.orders[0].msLeft).toBeLessThanOrEqual(listed.body.orders[1].msLeft);

    const mine = (point: string) => d.sink.messages.filter((m) => m.to.includes(d.officer.email) && m.subject.startsWith('Order MEITY/2026/17') && m.subject.includes(point));
    // Not before 50% of the 3 h clock (90 min)…
    await d.clock.advance(89 * MIN);
    for (let i = 0; i < 5; i++) { await d.clock.advance(1_000); await settle(40); }
    expect(mine('50%')).toEqual([]);
    // …and at it.
    await d.clock.advance(MIN);
    await d.tickUntil(() => mine('50%').length === 1, 'the 50% escalation');
    expect(mine('50%')[0].text).toContain('IST');

    const done = await d.officer.post(`/api/v1/admin/orders/${id}/comply`, { confirmation: { channel: 'email' } });
    expect(done.status).toBe(200);
    expect(done.body.order.status).toBe('complied');
    const outcome = done.body.order.outcome as { commentId: string; result: string; evidenceId: string | null }[];
    expect(outcome.map((o) => [o.commentId, o.result])).toEqual([[c1, 'removed'], [c2, 'removed']]);
    expect(outcome.every((o) => o.evidenceId)).toBe(true);
    expect(done.body.order.confirmation).toMatchObject({ channel: 'email', emailed: true });
    expect(done.body.order.confirmation.text).toContain('MEITY/2026/17');
    expectProblem(await d.officer.post(`/api/v1/admin/orders/${id}/comply`, {}), 409, 'order_complied');

    for (const c of [c1, c2]) {
      const row = await d.store.getComment(c);
      expect(row).toMatchObject({ status: 'removed', statusReason: 'court_or_government_order' });
      const ev = await d.store.listEvidence(c);
      expect(ev.at(-1)).toMatchObject({ trigger: 'order', actor: d.officer.userId });
      expect((await d.store.listEvidenceItems(ev.at(-1)!.id)).some((i) => i.kind === 'comment')).toBe(true);
      // Evidence is preserved in the removal's transaction, right after its entry.
      const actions = (await d.store.listAuditByTarget('comment', c)).map((e) => e.action);
      expect(actions.slice(-2)).toEqual(['comment.hide', 'evidence.preserve']);
    }
    expect((await d.store.getComment(keep))?.status).toBe('approved');
    // The author is told the category, nothing about the order.
    const notice = await d.author.get(`/api/v1/comments/${c1}/appeal`);
    expect(notice.body.notice).toMatchObject({ status: 'removed', category: 'court_or_government_order', note: null });

    const orderLog = await d.store.listAuditByTarget('order', id);
    expect(orderLog.map((e) => e.action)).toEqual(['order.register', 'order.escalate', 'order.comply', 'order.confirm']);
    expect(orderLog.every((e) => !isPublicAction(e.action))).toBe(true);
    expect(orderLog[2].data).toMatchObject({ withinClock: true });
    expect(orderLog[3].data).toMatchObject({ channel: 'email', emailed: true, to: 'issuer@gov.example' });
    await d.tickUntil(() => d.sink.messages.some((m) => m.to.includes('issuer@gov.example') && m.subject === 'Compliance with order MEITY/2026/17'), 'the confirmation');

    // Past 80% and the deadline: the complied order escalates no further; its jobs ran and did nothing.
    await d.clock.advance(100 * MIN);
    await d.tickUntil(async () => (await d.store.getJob(`order-escalation:${id}:1`))?.status === 'done', 'the deadline job');
    await settle(200);
    expect(mine('80%')).toEqual([]);
    expect(mine('deadline')).toEqual([]);
    expect((await d.store.listAuditByTarget('order', id)).filter((e) => e.action === 'order.escalate')).toHaveLength(1);
  });

  it('an order never complied with escalates at 50%, 80% and its deadline, once each', async () => {
    const c = await d.post('A remark nobody acts on');
    const reg = await d.officer.post('/api/v1/admin/orders', orderBody({ reference: 'MHA/BREACH', commentIds: [c], receivedAt: d.clock.now().toISOString() }));
    const id = reg.body.order.id as string;
    const got = (p: string) => d.sink.messages.filter((m) => m.to.includes(d.officer.email) && m.subject.startsWith('Order MHA/BREACH') && m.subject.includes(p));
    await d.clock.advance(181 * MIN);
    await d.tickUntil(() => got('50%').length + got('80%').length + got('deadline').length === 3, 'three escalations');
    expect(got('deadline')[0].subject).toBe('Order MHA/BREACH: deadline passed');
    await d.tickUntil(async () => (await d.store.getJob(`order-escalation:${id}:1`))?.status === 'done', 'the deadline job');
    await settle(200);
    expect(got('50%').length + got('80%').length + got('deadline').length).toBe(3);
    const listed = await d.officer.get(`/api/v1/admin/orders/${id}`);
    expect(listed.body.order.msLeft).toBeLessThan(0);
  });

  it('two officers complying at once: one succeeds, the other gets 409, each comment is removed once', async () => {
    const c = await d.post('A remark two officers race to remove');
    const reg = await d.officer.post('/api/v1/admin/orders', orderBody({ commentIds: [c], receivedAt: d.clock.now().toISOString() }));
    const id = reg.body.order.id as string;
    const [a, b] = await Promise.all([
      d.officer.post(`/api/v1/admin/orders/${id}/comply`, { confirmation: { channel: 'portal' } }),
      d.admin.post(`/api/v1/admin/orders/${id}/comply`, { confirmation: { channel: 'portal' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const actions = (await d.store.listAuditByTarget('comment', c)).map((e) => e.action);
    expect(actions.filter((x) => x === 'comment.hide')).toHaveLength(1);
    expect((await d.store.listAuditByTarget('order', id)).filter((e) => e.action === 'order.comply')).toHaveLength(1);
  });

  it('a removal an order required cannot be undone', async () => {
    const c = await d.post('A remark removed on an order, then someone tries undo');
    const reg = await d.officer.post('/api/v1/admin/orders', orderBody({ commentIds: [c], receivedAt: d.clock.now().toISOString() }));
    await d.officer.post(`/api/v1/admin/orders/${reg.body.order.id}/comply`, {});
    const hide = (await d.store.listAuditByTarget('comment', c)).find((e) => e.action === 'comment.hide')!;
    expect(hide.data).toMatchObject({ orderId: reg.body.order.id });
    expectProblem(await d.admin.post('/api/v1/admin/undo', { auditSeq: hide.seq }), 409, 'not_undoable');
    expect((await d.store.getComment(c))?.status).toBe('removed');
  });

  it('a confidential order: the author still sees only the category; the monthly stats count it in aggregate', async () => {
    const c = await d.post('A remark under a blocking direction');
    const receivedAt = d.clock.now().toISOString();
    const reg = await d.officer.post('/api/v1/admin/orders', orderBody({ reference: 'S69A/SECRET-9', provision: 'IT Act s.69A', commentIds: [c], confidential: true, receivedAt }));
    expect(reg.body.order.confidential).toBe(true);
    await d.officer.post(`/api/v1/admin/orders/${reg.body.order.id}/comply`, { confirmation: { channel: 'portal', text: 'Blocked as directed.' } });
    const notice = await d.author.get(`/api/v1/comments/${c}/appeal`);
    expect(notice.body.notice).toMatchObject({ category: 'court_or_government_order', note: null });
    expect(JSON.stringify(notice.body)).not.toContain('SECRET-9');
    const publicLog = await new Client(d.server.url).get('/moderation-log');
    expect(publicLog.text).not.toContain('SECRET-9');
    expect(publicLog.text).not.toContain(reg.body.order.id);
    const month = receivedAt.slice(0, 7);
    const from = `${month}-01T00:00:00.000Z`;
    const to = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString();
    const stats = await d.store.orderStats(d.server.deps.siteId, from, to);
    expect(stats.confidential).toBeGreaterThanOrEqual(1);
    expect(stats.received).toBeGreaterThanOrEqual(stats.complied);
    expect(stats.complied).toBeGreaterThanOrEqual(2);
  });
});
