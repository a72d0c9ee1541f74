// The grievance desk over real HTTP on SQLite and PostgreSQL: intake, acknowledgement mail (SMTP sink), tracking, the officer's
// board, decisions, and escalations at 50% / 80% / breach driven by a fake clock.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { tokenHash } from '../../src/actions/grievanceDeps';
import { DEFAULT_CLOCKS } from '../../src/compliance/clocks';
import type { Config } from '../../src/config';
import { storeQueue } from '../../src/jobs/storeQueue';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { settle, until } from '../contract/jobs/harness';
import { FakeClock } from '../support/fakeClock';
import { smtpSink, type SmtpSink } from '../support/smtpSink';
import { backends, Client, expectProblem, reader, start, testConfig, type Backend } from './harness';

const list = await backends('api grievances');
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

const MIN = 60_000;

interface Desk {
  srv: RunningServer;
  clock: FakeClock;
  sink: SmtpSink;
  base: string;
  admin: Client & { userId: string };
  officer: Client & { userId: string };
  mod: Client & { userId: string };
  author: Client & { userId: string };
  storyUrl: string;
  anon: Client;
}

/** A server whose every clock (requests, jobs, mail) is one fake clock, with an admin, an officer, a moderator and an author. */
async function desk(backend: Backend, startAt: string, patch: Partial<Config> = {}): Promise<Desk> {
  const sink = await smtpSink();
  undo.push(sink.close);
  const ts = await backend.open();
  undo.push(ts.cleanup);
  const clock = new FakeClock(Date.parse(startAt));
  const config = testConfig({ smtpUrl: sink.url, ...patch });
  // The store queue as main.ts builds it, but polling hourly: moving a fake day then takes 24 polls, not 86,400 (the
  // queue still wakes at each job's runAt, so escalations fire on time).
  const queue = storeQueue({ store: ts.store, clock, log: { warn: () => {}, error: () => {} } }, { pollMs: 3_600_000 });
  const srv = await startServer(config, { store: ts.store, moderator: wordListModerator(), clock, now: () => clock.now(), queue });
  undo.push(async () => { await srv.close(); await queue.close(); fs.rmSync(config.dataDir, { recursive: true, force: true }); });
  const base = srv.url;
  const email = `admin-${Date.now()}@example.test`;
  await ensureAdminUser({ store: ts.store, now: () => clock.now() }, { siteId: srv.deps.siteId, email, password: 'admin password for tests' });
  const admin = new Client(base);
  const login = await admin.post('/api/v1/auth/login', { email, password: 'admin password for tests' });
  admin.token = login.body.token;
  const adminC = Object.assign(admin, { userId: login.body.user.id as string });
  const officer = await reader(base, { name: 'Officer' });
  const mod = await reader(base, { name: 'Mod' });
  for (const [c, role] of [[officer, 'grievance_officer'], [mod, 'moderator']] as const) {
    expect((await adminC.post(`/api/v1/admin/users/${c.userId}/actions`, { action: 'setRole', role })).status).toBe(200);
  }
  const author = await reader(base, { name: 'Author' });
  return { srv, clock, sink, base, admin: adminC, officer, mod, author, storyUrl: `${base}/stories/grievance-${Date.now()}`, anon: new Client(base) };
}

const complaint = (over: Record<string, unknown> = {}) => ({
  category: 'other', description: 'This comment names me and says where I live.', name: 'Meera Iyer', email: 'meera@example.test', ...over,
});

describe.each(list)('grievance desk on $name', (backend) => {
  it('files a complaint without an account: 201 contract, Hindi acknowledgement by SMTP, tracking API and page, 400s', async () => {
    const d = await desk(backend, '2026-12-04T09:00:00.000Z');
    const officerView = await d.anon.get('/api/v1/grievance-officer');
    expect(officerView.body).toEqual({ officer: { name: 'Test Officer', email: 'officer@news.example', phone: null, address: '1 Test Road, Mumbai 400001, India' } });
    const posted = await d.author.post('/api/v1/comments', { storyUrl: d.storyUrl, body: 'Meera lives on Example Road.' });
    expect(posted.status).toBe(201);

    expectProblem(await d.anon.post('/api/v1/grievances', complaint({ email: 'not-an-address' })), 400, 'invalid_email');
    expectProblem(await d.anon.post('/api/v1/grievances', complaint({ description: ' \u200b\n ' })), 400, 'description_empty');
    expectProblem(await d.anon.post('/api/v1/grievances', complaint({ category: 'rude' })), 400, 'validation_failed');
    expectProblem(await d.anon.post('/api/v1/grievances', complaint({ commentId: 'no-such-comment' })), 400, 'comment_not_found');

    const r = await d.anon.post('/api/v1/grievances', complaint({ category: 'privacy', commentId: posted.body.comment.id, lang: 'hi' }));
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      ticket: expect.stringMatching(/^GR-2026-\d{6}$/), status: 'received',
      acknowledgeBy: '2026-12-05T09:00:00.000Z', resolveBy: '2026-12-11T09:00:00.000Z',
      trackingUrl: expect.stringMatching(new RegExp(`^${d.base}/grievance/track/[A-Za-z0-9_-]{43}$`)),
    });
    const token = r.body.trackingUrl.split('/').pop();
    const second = await d.anon.post('/api/v1/grievances', complaint());
    expect(Number(second.body.ticket.slice(-6))).toBe(Number(r.body.ticket.slice(-6)) + 1);

    // The acknowledgement, in Hindi, with the ticket and the private link, within seconds.
    await until(() => d.sink.messages.some((m) => m.to.includes('meera@example.test') && m.subject.includes(r.body.ticket)), 10_000, 'the acknowledgement');
    const ack = d.sink.messages.find((m) => m.subject.includes(r.body.ticket))!;
    expect(ack.subject).toBe(`शिकायत ${r.body.ticket} प्राप्त हुई`);
    expect(ack.text).toContain(r.body.trackingUrl);
    expect(ack.text).toContain('11 Dec 2026, 14:30 IST');

    // Only the token's hash is stored.
    const stored = await d.srv.deps.store.findGrievanceByToken(tokenHash(token));
    expect(stored?.ticket).toBe(r.body.ticket);
    expect(stored?.tokenHash).not.toContain(token);

    const t = await d.anon.get(`/api/v1/grievances/track/${token}`);
    expect(t.status).toBe(200);
    expect(t.body.grievance).toEqual({
      ticket: r.body.ticket, status: 'received', category: 'privacy',
      received: { at: '2026-12-04T09:00:00.000Z', ist: '4 Dec 2026, 14:30 IST' },
      acknowledgeBy: { at: '2026-12-05T09:00:00.000Z', ist: '5 Dec 2026, 14:30 IST' },
      resolveBy: { at: '2026-12-11T09:00:00.000Z', ist: '11 Dec 2026, 14:30 IST' },
      acknowledgedAt: null, decision: null,
    });
    expectProblem(await d.anon.get(`/api/v1/grievances/track/${'x'.repeat(43)}`), 404, 'not_found');
    const page = await fetch(r.body.trackingUrl);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html).toContain(r.body.ticket);
    expect(html).toContain('11 Dec 2026, 14:30 IST');
    expect((await fetch(`${d.base}/grievance/track/${'y'.repeat(43)}`)).status).toBe(404);

    // Audited without personal data, and kept off the public moderation log.
    const audit = await d.srv.deps.store.listAudit(1, 1000);
    const filed = audit.filter((e) => e.action === 'grievance.file');
    expect(filed).toHaveLength(2);
    expect(JSON.stringify(filed)).not.toMatch(/meera|Meera/);
    const pub = await d.anon.get('/api/v1/moderation-log?limit=200');
    expect(pub.body.entries.some((e: { action: string }) => e.action.startsWith('grievance.'))).toBe(false);
  });

  it('escalates the 2 h lane to the officer at 50% and 80%, then the decision removes the comment, mails the letter and stops the clock', async () => {
    // 20:00 UTC: the 2 h deadline falls at 22:00 UTC, 03:30 the next day in IST.
    const d = await desk(backend, '2026-12-04T20:00:00.000Z');
    const posted = await d.author.post('/api/v1/comments', { storyUrl: d.storyUrl, body: 'I am the real Meera Iyer.' });
    const r = await d.anon.post('/api/v1/grievances', complaint({ category: 'impersonation', commentId: posted.body.comment.id, description: 'Someone pretends to be me.' }));
    expect(r.body).toMatchObject({ acknowledgeBy: '2026-12-04T22:00:00.000Z', resolveBy: '2026-12-04T22:00:00.000Z' });
    await until(() => d.sink.messages.length === 1, 10_000, 'the acknowledgement');

    // Only the officer and admins see the desk.
    expectProblem(await d.mod.get('/api/v1/admin/grievances'), 403, 'forbidden');
    expectProblem(await d.author.get('/api/v1/admin/grievances'), 403, 'not_staff');
    const board0 = (await d.officer.get('/api/v1/admin/grievances')).body;
    expect(board0.grievances[0]).toMatchObject({ ticket: r.body.ticket, status: 'received', clock: 'resolve', msLeft: 120 * MIN, level: 0, resolveByIst: '5 Dec 2026, 03:30 IST' });

    const toOfficer = () => d.sink.messages.filter((m) => m.to.includes('officer@news.example'));
    await d.clock.advance(59 * MIN);
    await settle(300);
    expect(toOfficer()).toHaveLength(0);
    await d.clock.advance(1 * MIN);
    await until(() => toOfficer().length === 1, 10_000, 'the 50% escalation');
    expect(toOfficer()[0].subject).toBe(`Complaint ${r.body.ticket}: 50% of the decision time used`);
    expect(toOfficer()[0].text).toContain('5 Dec 2026, 03:30 IST');
    await d.clock.advance(36 * MIN);
    await until(() => toOfficer().length === 2, 10_000, 'the 80% escalation');
    expect(toOfficer()[1].subject).toBe(`Complaint ${r.body.ticket}: 80% of the decision time used`);
    expect((await d.officer.get('/api/v1/admin/grievances')).body.grievances[0]).toMatchObject({ level: 80, msLeft: 24 * MIN });

    const one = await d.officer.get(`/api/v1/admin/grievances/${board0.grievances[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body.grievance).toMatchObject({ name: 'Meera Iyer', email: 'meera@example.test', description: 'Someone pretends to be me.' });
    expect(one.body.comment).toMatchObject({ id: posted.body.comment.id, status: 'approved', body: 'I am the real Meera Iyer.' });

    expectProblem(await d.officer.post(`/api/v1/admin/grievances/${board0.grievances[0].id}/decision`, { outcome: 'upheld', letter: '  ' }), 400, 'letter_empty');
    const decided = await d.officer.post(`/api/v1/admin/grievances/${board0.grievances[0].id}/decision`, {
      outcome: 'upheld', letter: 'The comment impersonated you and has been removed.', action: 'remove_comment',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.grievance).toMatchObject({ status: 'decided', outcome: 'upheld', action: 'remove_comment', clock: null, level: null });
    expect(decided.body.grievance.letter).toMatch(/removed\.\n\n.*Grievance Appellate Committee.*30 days/);
    // Removed through the staff verb: the comment keeps its text, and its own audit entry names the ticket.
    expect(decided.body.comment).toMatchObject({ status: 'removed', body: 'I am the real Meera Iyer.' });
    const audit = await d.srv.deps.store.listAudit(1, 1000);
    expect(audit.find((e) => e.action === 'comment.hide' && e.targetId === posted.body.comment.id)).toBeTruthy();
    expect(audit.filter((e) => e.action === 'grievance.escalate').map((e) => e.reason)).toEqual(['resolve:50%', 'resolve:80%']);
    expect(audit.find((e) => e.action === 'grievance.decide')).toMatchObject({ actor: d.officer.userId, reason: 'upheld' });
    expectProblem(await d.officer.post(`/api/v1/admin/grievances/${board0.grievances[0].id}/decision`, { outcome: 'rejected', letter: 'Again' }), 409, 'invalid_transition');

    await until(() => d.sink.messages.some((m) => m.subject === `Decision on complaint ${r.body.ticket}`), 10_000, 'the decision letter');
    const letter = d.sink.messages.find((m) => m.subject === `Decision on complaint ${r.body.ticket}`)!;
    expect(letter.to).toEqual(['meera@example.test']);
    expect(letter.text).toContain('Grievance Appellate Committee');
    const token = r.body.trackingUrl.split('/').pop();
    const t = (await d.anon.get(`/api/v1/grievances/track/${token}`)).body.grievance;
    expect(t).toMatchObject({ status: 'decided', decision: { outcome: 'upheld', action: 'remove_comment', letter: decided.body.grievance.letter } });
    expect(await (await fetch(r.body.trackingUrl)).text()).toContain('Grievance Appellate Committee');

    // After the decision the breach job finds nothing to do: no further mail to the officer.
    await d.clock.advance(30 * MIN);
    await settle(800);
    expect(toOfficer()).toHaveLength(2);
    expect((await d.srv.deps.store.getJob(`grievance:${board0.grievances[0].id}:resolve:100`))?.status).toBe('done');
  });

  it('an unacknowledged complaint escalates its acknowledgement clock (configured: 4 h) and shows as breached on the board, above newer ones', async () => {
    // A configured clock (CHARCHA_CLOCK_ACK_HOURS=4): the default 24 h is proven in compliance/clocks.test.ts; a fake day
    // here would cost tens of thousands of mail-outbox polls on SQLite's fsync'd commits.
    const d = await desk(backend, '2026-12-04T09:00:00.000Z', { clocks: { ...DEFAULT_CLOCKS, acknowledgeHours: 4 } });
    const late = await d.anon.post('/api/v1/grievances', complaint());
    expect(late.body.acknowledgeBy).toBe('2026-12-04T13:00:00.000Z');
    await d.clock.advance(120 * MIN);
    const toOfficer = () => d.sink.messages.filter((m) => m.to.includes('officer@news.example'));
    await until(() => toOfficer().length === 1, 10_000, 'the 50% acknowledgement escalation');
    expect(toOfficer()[0].subject).toBe(`Complaint ${late.body.ticket}: 50% of the acknowledgement time used`);
    await d.clock.advance(72 * MIN);
    await until(() => toOfficer().length === 2, 10_000, 'the 80% acknowledgement escalation');
    await d.clock.advance(48 * MIN + 2_000);
    await until(() => toOfficer().length === 3, 10_000, 'the breach notice');
    expect(toOfficer()[2].subject).toBe(`BREACHED: complaint ${late.body.ticket} is past its acknowledgement deadline`);
    const fresh = await d.anon.post('/api/v1/grievances', complaint({ category: 'intimate_imagery' }));
    const board = (await d.officer.get('/api/v1/admin/grievances')).body.grievances;
    expect(board.map((g: { ticket: string }) => g.ticket)).toEqual([late.body.ticket, fresh.body.ticket]);
    expect(board[0]).toMatchObject({ clock: 'acknowledge', level: 'breached' });
    expect(board[0].msLeft).toBeLessThan(0);
    expect(board[1]).toMatchObject({ level: 0, msLeft: 120 * MIN });

    const ack = await d.officer.post(`/api/v1/admin/grievances/${board[0].id}/acknowledge`);
    // Now the 7-day disposal clock runs: 4 h in, it is at level 0.
    expect(ack.body.grievance).toMatchObject({ status: 'acknowledged', clock: 'resolve', level: 0 });
    expectProblem(await d.officer.post(`/api/v1/admin/grievances/${board[0].id}/acknowledge`), 409, 'invalid_transition');
    expect((await d.srv.deps.store.listAudit(1, 1000)).find((e) => e.action === 'grievance.acknowledge')?.data).toMatchObject({ late: true });
    expect((await d.srv.deps.store.listAudit(1, 1000)).filter((e) => e.action === 'grievance.escalate').map((e) => e.reason))
      .toEqual(['acknowledge:50%', 'acknowledge:80%', 'acknowledge:breached']);
  });

  it('keeps comments closed until the site publishes its grievance officer', async () => {
    const d = await desk(backend, '2026-12-04T09:00:00.000Z', { grievanceOfficer: null });
    expect((await d.anon.get('/api/v1/grievance-officer')).body).toEqual({ officer: null });
    expectProblem(await d.author.post('/api/v1/comments', { storyUrl: d.storyUrl, body: 'Hello' }), 409, 'grievance_officer_not_set');
    expectProblem(await d.admin.patch('/api/v1/admin/settings', { grievanceOfficer: { name: 'A. Officer', email: null, phone: null, address: 'Pune' } }), 400, 'grievance_officer_incomplete');
    const set = await d.admin.patch('/api/v1/admin/settings', { grievanceOfficer: { name: 'A. Officer', email: null, phone: '+91 20 5555 0100', address: '2 FC Road, Pune 411004, India' } });
    expect(set.status).toBe(200);
    expect(set.body.settings.grievanceOfficer).toEqual({ name: 'A. Officer', email: null, phone: '+91 20 5555 0100', address: '2 FC Road, Pune 411004, India' });
    expect((await d.anon.get('/api/v1/grievance-officer')).body.officer.name).toBe('A. Officer');
    expect((await d.author.post('/api/v1/comments', { storyUrl: d.storyUrl, body: 'Hello' })).status).toBe(201);
  });

  it('limits complaints like every other write, per client IP', async () => {
    const s = await start(backend, { writeRateLimit: 3 });
    undo.push(s.stop);
    const anon = new Client(s.base);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await anon.post('/api/v1/grievances', complaint())).status);
    expect(codes.filter((c) => c === 201).length).toBeLessThanOrEqual(3);
    expect(codes.at(-1)).toBe(429);
  });

  it('at start, schedules again the escalations still ahead of open complaints (a crash between commit and enqueue loses none)', async () => {
    const d = await desk(backend, '2026-12-04T09:00:00.000Z');
    const now = d.clock.now();
    // A complaint committed without its jobs, 3 h ago, in the 36 h lane: the 50% point (18 h) and later are ahead.
    const g = await d.srv.deps.store.createGrievance({
      id: `lost-${Date.now()}`, siteId: d.srv.deps.siteId, year: 2026, category: 'unlawful_content', commentId: null, commentUrl: null,
      description: 'x', name: 'n', email: 'n@example.test', lang: 'en', tokenHash: `h-${Date.now()}`, status: 'received',
      receivedAt: new Date(now.getTime() - 3 * 60 * MIN).toISOString(), acknowledgeBy: new Date(now.getTime() + 21 * 60 * MIN).toISOString(),
      resolveBy: new Date(now.getTime() + 33 * 60 * MIN).toISOString(), acknowledgedAt: null, acknowledgedBy: null, decidedAt: null,
      decidedBy: null, outcome: null, letter: null, action: null,
    });
    const again = await startServer(testConfig(), { store: d.srv.deps.store, moderator: wordListModerator(), clock: d.clock, now: () => d.clock.now() });
    undo.push(() => again.close());
    for (const key of ['acknowledge:50', 'acknowledge:80', 'acknowledge:100', 'resolve:50', 'resolve:80', 'resolve:100']) {
      expect((await d.srv.deps.store.getJob(`grievance:${g.id}:${key}`))?.status, key).toBe('queued');
    }
  });
});
