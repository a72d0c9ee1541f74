// The transparency report over HTTP on SQLite and PostgreSQL: CSV columns and the numbers of a seeded IST month,
// month edges in IST, the order register's counts (confidential only in aggregate), the HTML page, a bad month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TakedownOrder } from '../../src/domain/legalOrders';
import { aComment, aStory, aUser } from '../contract/store/fixtures';
import { backends, Client, expectProblem, start, type Running } from './harness';

const list = await backends('api transparency');

describe.each(list)('transparency report on $name', (backend) => {
  let s: Running;
  const anon = () => new Client(s.base);
  beforeAll(async () => {
    s = await start(backend);
    const siteId = s.server.deps.siteId;
    const story = await s.store.createStory(aStory(siteId));
    const author = aUser(siteId);
    await s.store.createUser(author);
    const comment = async (createdAt: string) => {
      const c = aComment(story, author.id, { createdAt });
      await s.store.insertComment(c);
      return c.id;
    };
    const audit = async (action: 'comment.verdict' | 'comment.reject' | 'comment.hide', targetId: string, at: string, reason: string, data: unknown = {}) =>
      s.store.appendAudit({ at, actor: action === 'comment.verdict' ? 'system' : 'staff-1', action, targetType: 'comment', targetId, reason, rule: null, data });
    // Engine: one rejection with two labels, one approval (not a removal).
    await audit('comment.verdict', await comment('2026-10-05T10:00:00.000Z'), '2026-10-05T10:00:00.000Z', 'reject', { decision: 'reject', labels: ['vulgar', 'insult'] });
    await audit('comment.verdict', await comment('2026-10-05T11:00:00.000Z'), '2026-10-05T11:00:00.000Z', 'approve', { decision: 'approve', labels: [] });
    // Staff: posted 2 h and 6 h before removal; one at 00:30 IST on 1 Oct (in), one at 23:30 IST... 1 Nov 00:00 IST is out.
    await audit('comment.reject', await comment('2026-10-10T08:00:00.000Z'), '2026-10-10T10:00:00.000Z', 'insult');
    await audit('comment.hide', await comment('2026-09-30T13:00:00.000Z'), '2026-09-30T19:00:00.000Z', 'spam');
    await audit('comment.hide', await comment('2026-10-31T12:00:00.000Z'), '2026-10-31T18:30:00.000Z', 'obscene');
    // Appeals: decided after 48 h (restored) and 24 h (upheld); one pending; one filed the month before.
    const appeal = async (at: string, status: 'pending' | 'upheld' | 'restored', decidedAt: string | null) => {
      const id = `ap-${at}`;
      await s.store.createAppeal({ id, commentId: await comment(at), authorId: author.id, note: 'n', status: 'pending', at, decidedBy: null, decidedAt: null, outcomeNote: null });
      if (status !== 'pending') await s.store.updateAppeal(id, { status, decidedAt, decidedBy: 'staff-1' });
    };
    await appeal('2026-10-02T00:00:00.000Z', 'restored', '2026-10-04T00:00:00.000Z');
    await appeal('2026-10-20T00:00:00.000Z', 'upheld', '2026-10-21T00:00:00.000Z');
    await appeal('2026-10-25T00:00:00.000Z', 'pending', null);
    await appeal('2026-09-10T00:00:00.000Z', 'upheld', '2026-09-11T00:00:00.000Z');
    // Grievances: one on time both ways (30 h), one late both ways (192 h), one never acknowledged.
    const H = 3_600_000;
    const grievance = async (category: 'unlawful_content' | 'privacy' | 'intimate_imagery', received: string, ackH: number, resolveH: number, ackedH: number | null, decidedH: number | null) => {
      const t = Date.parse(received);
      const iso = (h: number | null) => (h === null ? null : new Date(t + h * H).toISOString());
      await s.store.createGrievance({
        id: `g-${received}`, siteId, year: 2026, category, commentId: null, commentUrl: null, description: 'd', name: 'N', email: 'n@example.test',
        lang: 'en', tokenHash: `tok-${received}`, status: decidedH !== null ? 'decided' : ackedH !== null ? 'acknowledged' : 'received',
        receivedAt: received, acknowledgeBy: iso(ackH)!, resolveBy: iso(resolveH)!, acknowledgedAt: iso(ackedH), acknowledgedBy: null,
        decidedAt: iso(decidedH), decidedBy: null, outcome: decidedH !== null ? 'upheld' : null, letter: null, action: null,
      });
    };
    await grievance('unlawful_content', '2026-10-03T00:00:00.000Z', 24, 36, 5, 30);
    await grievance('privacy', '2026-10-10T00:00:00.000Z', 24, 168, 48, 192);
    await grievance('intimate_imagery', '2026-10-30T00:00:00.000Z', 24, 2, null, null);
    // Takedown orders: complied within its 3 h clock; complied late and confidential; open; one received in September.
    const order = async (ref: string, received: string, compliedH: number | null, confidential = false) => {
      const t = Date.parse(received);
      const o: TakedownOrder = {
        id: `o-${ref}`, siteId, kind: 'takedown', reference: ref, issuer: { name: 'A. Officer', rank: 'joint_secretary', authority: 'MeitY', email: null },
        legalBasis: 's.79(3)(b)', provision: 'Rule 3(1)(d)', unlawfulAct: 'defamation', receivedAt: received, dueAt: new Date(t + 3 * H).toISOString(),
        status: compliedH === null ? 'open' : 'complied', warnings: [], registeredBy: 'staff-1', createdAt: received,
        compliedAt: compliedH === null ? null : new Date(t + compliedH * H).toISOString(), compliedBy: compliedH === null ? null : 'staff-1',
        scope: { commentIds: [], urls: [] }, confidential, confirmation: null, outcome: null,
      };
      await s.store.insertLegalOrder(o);
    };
    await order('MEITY/OCT/1', '2026-10-06T00:00:00.000Z', 2);
    await order('SECRET/OCT/2', '2026-10-12T00:00:00.000Z', 5, true);
    await order('MEITY/OCT/3', '2026-10-28T00:00:00.000Z', null);
    await order('MEITY/SEP/1', '2026-09-15T00:00:00.000Z', 1);
  });
  afterAll(async () => s?.stop());

  it('GET /transparency.csv: the columns and the numbers of the month', async () => {
    const r = await anon().get('/transparency.csv?month=2026-10');
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="transparency-2026-10.csv"');
    const [header, ...lines] = r.text.trimEnd().split('\r\n');
    expect(header).toBe('month,section,metric,category,value');
    const rows: Record<string, string> = Object.fromEntries(lines.map((l) => {
      const [month, section, metric, category, value] = l.split(',');
      expect(month).toBe('2026-10');
      return [`${section}.${metric}.${category}`, value];
    }));
    const grievances = Object.fromEntries(Object.entries(rows).filter(([k]) => k.startsWith('grievances.')));
    expect(grievances).toMatchObject({
      'grievances.received.all': '3', 'grievances.resolved.all': '2',
      'grievances.acknowledged_in_time.all': '1', 'grievances.acknowledged_late_or_missed.all': '2',
      'grievances.resolved_in_time.all': '1', 'grievances.resolved_late.all': '1', 'grievances.median_hours_to_resolution.all': '111.0',
      'grievances.received.privacy': '1', 'grievances.resolved_late.privacy': '1', 'grievances.median_hours_to_resolution.privacy': '192.0',
      'grievances.acknowledged_late_or_missed.intimate_imagery': '1', 'grievances.resolved.intimate_imagery': '0',
      'grievances.received.code_of_ethics': '0', 'grievances.median_hours_to_resolution.code_of_ethics': '—',
    });
    expect(Object.keys(grievances)).toHaveLength(8 * 7);
    for (const k of Object.keys(grievances)) delete rows[k];
    expect(rows).toEqual({
      'removals.removed.all': '3',
      'removals.removed_by_engine.all': '1',
      'removals.removed_by_staff.all': '2',
      'removals.removed.insult': '2',
      'removals.removed.spam': '1',
      'removals.removed.vulgar': '1',
      'removals.median_hours_post_to_staff_removal.all': '4.0',
      'appeals.received.all': '3',
      'appeals.decided.restored': '1',
      'appeals.decided.upheld': '1',
      'appeals.median_hours_to_decision.all': '36.0',
      'orders.received.all': '3',
      'orders.complied.all': '2',
      'orders.complied_in_time.all': '1',
      'orders.confidential.all': '1',
    });
    // The next IST month starts at 18:30 UTC on 31 Oct: the obscene removal is November's.
    const nov = (await anon().get('/transparency.csv?month=2026-11')).text;
    expect(nov).toContain('2026-11,removals,removed,obscene,1');
    expect(nov).toContain('2026-11,removals,removed,all,1');
  });

  it('GET /transparency: the same numbers as a page, with links to the CSV and other months; a bad month is 400', async () => {
    const r = await anon().get('/transparency?month=2026-10');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.text).toContain('<h1>Transparency report: 2026-10</h1>');
    expect(r.text).toContain('href="/transparency.csv?month=2026-10"');
    expect(r.text).toMatch(/<td>removed<\/td><td>insult<\/td><td>2<\/td>/);
    expect(r.text).toContain('only in aggregate');
    expect(r.text).toMatch(/<td>complied in time<\/td><td>all<\/td><td>1<\/td>/);
    // A confidential order is counted, never named.
    expect(r.text).not.toContain('SECRET/OCT/2');
    expect((await anon().get('/transparency.csv?month=2026-10')).text).not.toContain('SECRET');
    expectProblem(await anon().get('/transparency.csv?month=2026-13'), 400, 'invalid_month');
    expect((await anon().get('/transparency')).status).toBe(200);
  });
});
