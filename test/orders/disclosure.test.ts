// Law-enforcement disclosure over HTTP on both engines: the request register, an export kept to its scope, verifiable hashes, the disclosure log, notices.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAction } from '../../src/domain/auditActions';
import { backends, expectProblem } from '../api/harness';
import { settle } from '../contract/jobs/harness';
import { desk, type Desk } from './setup';

const list = await backends('law-enforcement disclosure');
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const requestBody = (over: Record<string, unknown>) => ({
  reference: `CYB/${Math.random().toString(36).slice(2, 8)}`,
  issuer: { name: 'Insp. R. Kumar', rank: 'deputy_inspector_general_of_police', authority: 'Cyber Cell, Delhi Police', speciallyAuthorised: true },
  legalBasis: 'IT Rules 2021 Rule 3(1)(j)', provision: 'Rule 3(1)(j)', unlawfulAct: 'criminal intimidation',
  ...over,
});

describe.each(list)('law-enforcement disclosure ($name)', (backend) => {
  let d: Desk;
  beforeAll(async () => { d = await desk(backend); });
  afterAll(async () => { await d?.stop(); });

  it('exports only the named user\'s data, with verifiable hashes, logs it, and notifies the user', async () => {
    const mine = [await d.post('Named user, first remark'), await d.post('Named user, second remark')];
    const edit = await d.author.patch(`/api/v1/comments/${mine[0]}`, { body: 'Named user, first remark (edited)' });
    expect(edit.status).toBe(200);
    const theirs = await d.post('Someone else entirely, not named', d.other);
    const reg = await d.officer.post('/api/v1/admin/disclosures', requestBody({
      userIds: [d.author.userId], profileFields: ['displayName', 'email'], receivedAt: d.clock.now().toISOString(),
    }));
    expect(reg.status).toBe(201);
    expect(Date.parse(reg.body.order.dueAt) - Date.parse(reg.body.order.receivedAt)).toBe(72 * 3_600_000);
    expect(reg.body.order.warnings).toEqual([]);
    const id = reg.body.order.id as string;
    expectProblem(await d.author.post(`/api/v1/admin/disclosures/${id}/export`), 403, 'not_staff');

    const ex = await d.officer.post(`/api/v1/admin/disclosures/${id}/export`);
    expect(ex.status).toBe(200);
    const files = ex.body.files as { path: string; sha256: string; content: string }[];
    expect(files.map((f) => f.path).sort()).toEqual(['data.json', 'manifest.json', 'report.html']);
    // The manifest names every other file, and each hash is the file's content as delivered.
    const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json')!.content);
    expect(manifest).toEqual(ex.body.manifest);
    expect(manifest.files.map((f: any) => f.path).sort()).toEqual(['data.json', 'report.html']);
    for (const f of files) expect(sha(f.content)).toBe(f.sha256);
    for (const m of manifest.files) expect(sha(files.find((f) => f.path === m.path)!.content)).toBe(m.sha256);

    const data = JSON.parse(files.find((f) => f.path === 'data.json')!.content);
    expect(data.users).toHaveLength(1);
    expect(data.users[0].profile).toEqual({ id: d.author.userId, displayName: 'Asha Author', email: d.author.email });
    expect(data.users[0].policyAcceptances[0].ipHash).toMatch(/^\d{4}-\d{2}:[0-9a-f]{64}$/);
    expect(data.comments.map((c: any) => c.id).sort()).toEqual([...mine].sort());
    expect(data.comments.find((c: any) => c.id === mine[0]).revisions.map((r: any) => r.body)).toEqual(['Named user, first remark', 'Named user, first remark (edited)']);
    // Scope minimisation: nothing of the user not named, in any file.
    const other = await d.store.getUser(d.other.userId);
    for (const f of files) {
      for (const leak of [d.other.userId, d.other.email, other!.displayName, theirs, 'Someone else entirely', d.officer.email]) expect(f.content).not.toContain(leak);
    }
    // Fields not requested are not exported either.
    expect(files.find((f) => f.path === 'data.json')!.content).not.toContain('passwordHash');

    const log = await d.store.listAuditByTarget('disclosure_request', id);
    expect(log.map((e) => e.action)).toEqual(['disclosure.register', 'disclosure.export']);
    expect(log.every((e) => !isPublicAction(e.action))).toBe(true);
    // The log keeps what was disclosed as hashes: every file's, the manifest's included.
    const manifestFile = files.find((f) => f.path === 'manifest.json')!;
    expect(log[1].data).toMatchObject({ manifestSha256: sha(manifestFile.content), userIds: [d.author.userId], notified: [d.author.userId] });
    expect((log[1].data as any).files).toEqual([...manifest.files, { path: 'manifest.json', sha256: manifestFile.sha256 }]);
    const after = await d.officer.get(`/api/v1/admin/disclosures/${id}`);
    expect(after.body.order).toMatchObject({ status: 'complied' });
    expect(after.body.order.exports).toHaveLength(1);

    await d.tickUntil(() => d.sink.messages.some((m) => m.to.includes(d.author.email) && m.subject === 'Your data was disclosed on a lawful order'), 'the user notice');
    const notice = d.sink.messages.find((m) => m.to.includes(d.author.email) && m.subject === 'Your data was disclosed on a lawful order')!;
    expect(notice.text).toContain('Cyber Cell, Delhi Police');
    expect(notice.text).toContain('IST');
  });

  it('a request naming one comment exports that comment only, not its author\'s profile or other comments', async () => {
    const named = await d.post('The one remark the police name', d.other);
    const unnamed = await d.post('Another remark by the same reader', d.other);
    const reg = await d.officer.post('/api/v1/admin/disclosures', requestBody({ commentIds: [named], receivedAt: d.clock.now().toISOString(), deferNotice: true }));
    const ex = await d.officer.post(`/api/v1/admin/disclosures/${reg.body.order.id}/export`);
    const data = JSON.parse(ex.body.files.find((f: any) => f.path === 'data.json').content);
    expect(data.users).toEqual([]);
    expect(data.comments.map((c: any) => c.id)).toEqual([named]);
    for (const f of ex.body.files) {
      for (const leak of [unnamed, 'Another remark by the same reader', d.other.email, 'Ravi Other']) expect(f.content).not.toContain(leak);
    }
  });

  it('keeps to the time window asked for, and puts the 72 h clock\'s escalations on the queue', async () => {
    const before = await d.post('Written before the window', d.other);
    await d.clock.advance(10 * 60_000);
    const from = d.clock.now().toISOString();
    const inside = await d.post('Written inside the window', d.other);
    await d.clock.advance(10 * 60_000);
    const to = d.clock.now().toISOString();
    await d.clock.advance(10 * 60_000);
    const after = await d.post('Written after the window', d.other);
    const reg = await d.officer.post('/api/v1/admin/disclosures', requestBody({ userIds: [d.other.userId], from, to, deferNotice: true, receivedAt: d.clock.now().toISOString() }));
    const id = reg.body.order.id as string;
    const half = await d.store.getJob(`order-escalation:${id}:0.5`);
    expect(half?.runAt).toBe(new Date(Date.parse(reg.body.order.receivedAt) + 36 * 3_600_000).toISOString());
    expect(await d.store.getJob(`order-escalation:${id}:1`)).toMatchObject({ runAt: reg.body.order.dueAt, status: 'queued' });
    const ex = await d.officer.post(`/api/v1/admin/disclosures/${id}/export`);
    const data = JSON.parse(ex.body.files.find((f: any) => f.path === 'data.json').content);
    expect(data.comments.map((c: any) => c.id)).toEqual([inside]);
    // Only the id of a named user when no profile field was asked for.
    expect(data.users[0].profile).toEqual({ id: d.other.userId });
    for (const f of ex.body.files) for (const leak of [before, after, 'Written before', 'Written after']) expect(f.content).not.toContain(leak);
  });

  it('a deferred notice sends the user no mail', async () => {
    const before = d.sink.messages.length;
    await d.post('A remark under a deferred-notice order', d.other);
    const reg = await d.officer.post('/api/v1/admin/disclosures', requestBody({ userIds: [d.other.userId], profileFields: ['email'], deferNotice: true, receivedAt: d.clock.now().toISOString() }));
    expect(reg.body.order.deferNotice).toBe(true);
    const ex = await d.officer.post(`/api/v1/admin/disclosures/${reg.body.order.id}/export`);
    expect(ex.status).toBe(200);
    const log = await d.store.listAuditByTarget('disclosure_request', reg.body.order.id);
    expect(log.at(-1)?.data).toMatchObject({ deferNotice: true, notified: [] });
    expect(await d.store.getMail(`disclosure-notice:${reg.body.order.id}:${d.other.userId}`)).toBeUndefined();
    for (let i = 0; i < 10; i++) { await d.clock.advance(1_000); await settle(30); }
    expect(d.sink.messages.slice(before).filter((m) => m.to.includes(d.other.email))).toEqual([]);
  });

  it('refuses a request that names nobody, or asks for a field it may not', async () => {
    expectProblem(await d.officer.post('/api/v1/admin/disclosures', requestBody({ receivedAt: d.clock.now().toISOString() })), 400, 'empty_scope');
    expectProblem(await d.officer.post('/api/v1/admin/disclosures', requestBody({ userIds: [d.other.userId], profileFields: ['passwordHash'], receivedAt: d.clock.now().toISOString() })), 400, 'validation_failed');
  });
});
