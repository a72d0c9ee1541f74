// Undo on real stores (SQLite and PostgreSQL): it links to the entry it undoes and restores the state that entry recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aComment, aUser, seed } from '../../test/contract/store/fixtures';
import { postgresTestStore, requirePostgres, sqliteTestStore, type TestStore } from '../../test/support/stores';
import type { AuditEntry, User } from '../domain/types';
import { decideAppeal } from './decideAppeal';
import { staffCommentAction } from './staffCommentAction';
import { staffUserAction } from './staffUserAction';
import { undoAction } from './undoAction';

const hasPg = await requirePostgres('undoAction (PostgreSQL)');
const engines: [string, () => Promise<TestStore>][] = [['SQLite', sqliteTestStore], ...(hasPg ? [['PostgreSQL', postgresTestStore] as [string, () => Promise<TestStore>]] : [])];

describe.each(engines)('undoAction (%s)', (_name, open) => {
  let ts: TestStore;
  let mod: User;
  let admin: User;
  let ctx: Awaited<ReturnType<typeof seed>>;
  const deps = () => ({ store: ts.store, now: () => new Date('2026-11-26T10:00:00.000Z') });
  const entry = async (seq: number): Promise<AuditEntry> => (await ts.store.listAudit(seq, 1))[0];

  beforeEach(async () => {
    ts = await open();
    ctx = await seed(ts.store);
    mod = aUser(ctx.site.id, { role: 'moderator' });
    admin = aUser(ctx.site.id, { role: 'admin' });
    await ts.store.createUser(mod);
    await ts.store.createUser(admin);
  });
  afterEach(async () => { await ts.cleanup(); });

  it('undo of a reject restores the recorded status and reason, and links to the entry with undoes', async () => {
    // Held for review with the engine's reason: the old undo guessed "review, no reason" and lost it.
    const c = aComment(ctx.story, ctx.alice.id, { status: 'review', statusReason: 'held: possible insult' });
    await ts.store.insertComment(c);
    const r = await staffCommentAction(deps(), { actor: mod, commentId: c.id, verb: 'reject', reason: 'insult' });
    expect((await entry(r.auditSeq)).data).toMatchObject({ before: { status: 'review', statusReason: 'held: possible insult', featured: false }, after: { status: 'rejected', statusReason: 'insult' } });
    const u = await undoAction(deps(), { actor: mod, auditSeq: r.auditSeq });
    expect(await ts.store.getComment(c.id)).toMatchObject({ status: 'review', statusReason: 'held: possible insult', featured: false });
    expect(await entry(u.auditSeq)).toMatchObject({ action: 'comment.reject.undo', undoes: r.auditSeq, rule: `undo:${r.auditSeq}`, v: 2 });
    await expect(undoAction(deps(), { actor: mod, auditSeq: u.auditSeq })).rejects.toMatchObject({ status: 409, code: 'not_undoable' });
  });

  it('undo of an approve of an engine-rejected comment goes back to rejected with its reason, not to a guess', async () => {
    const c = aComment(ctx.story, ctx.alice.id, { status: 'rejected', statusReason: 'vulgar' });
    await ts.store.insertComment(c);
    const r = await staffCommentAction(deps(), { actor: mod, commentId: c.id, verb: 'approve' });
    await undoAction(deps(), { actor: mod, auditSeq: r.auditSeq });
    expect(await ts.store.getComment(c.id)).toMatchObject({ status: 'rejected', statusReason: 'vulgar' });
  });

  it('refuses when the comment no longer shows the recorded effect', async () => {
    const c = aComment(ctx.story, ctx.alice.id, { status: 'review' });
    await ts.store.insertComment(c);
    const r = await staffCommentAction(deps(), { actor: mod, commentId: c.id, verb: 'reject', reason: 'insult' });
    await staffCommentAction(deps(), { actor: mod, commentId: c.id, verb: 'restore' });
    await expect(undoAction(deps(), { actor: mod, auditSeq: r.auditSeq })).rejects.toMatchObject({ status: 409, code: 'state_changed' });
  });

  it('undo of a ban of a suspended reader restores the suspension as recorded (the old undo made them active)', async () => {
    const r1 = await staffUserAction(deps(), { actor: mod, userId: ctx.bob.id, verb: 'suspend', days: 3 });
    const until = r1.user.suspendedUntil;
    const ban = await staffUserAction(deps(), { actor: admin, userId: ctx.bob.id, verb: 'ban' });
    const u = await undoAction(deps(), { actor: admin, auditSeq: ban.auditSeq });
    expect(u.action).toBe('user.unban');
    expect(await ts.store.getUser(ctx.bob.id)).toMatchObject({ status: 'suspended', suspendedUntil: until });
    expect(await entry(u.auditSeq)).toMatchObject({ action: 'user.unban', undoes: ban.auditSeq, reason: 'undo' });
    // A second undo of the same ban finds the user no longer banned.
    await expect(undoAction(deps(), { actor: admin, auditSeq: ban.auditSeq })).rejects.toMatchObject({ status: 409, code: 'state_changed' });
  });

  it('undo of a restore by appeal puts back the recorded rejection', async () => {
    const c = aComment(ctx.story, ctx.alice.id, { status: 'rejected', statusReason: 'insult: name-calling' });
    await ts.store.insertComment(c);
    await ts.store.createAppeal({ id: 'ap1', commentId: c.id, authorId: ctx.alice.id, note: 'please', status: 'pending', at: '2026-11-26T09:00:00.000Z', decidedBy: null, decidedAt: null, outcomeNote: null });
    await decideAppeal(deps(), { actor: mod, commentId: c.id, outcome: 'restored' });
    const restore = (await ts.store.lastAudit())!;
    expect(restore.action).toBe('comment.restore');
    await undoAction(deps(), { actor: mod, auditSeq: restore.seq });
    expect(await ts.store.getComment(c.id)).toMatchObject({ status: 'rejected', statusReason: 'insult: name-calling' });
  });
});
