// The dashboard's People page over HTTP on SQLite and PostgreSQL: staff list, look-up by e-mail, a reader's history
// with statuses, shared notes (audited), role changes (audited) and the last admin kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffUserAction } from '../../src/actions/staffUserAction';
import { staffDeps } from '../../src/http/routes/adminGuard';
import { backends, Client, expectProblem, reader, start, type Running } from './harness';

for (const backend of await backends('people')) {
  describe(`people page (${backend.name})`, () => {
    let s: Running;
    beforeAll(async () => { s = await start(backend); });
    afterAll(async () => s?.stop());

    const staff = async (role: 'moderator' | 'admin' | 'grievance_officer', name?: string) => {
      const c = await reader(s.base, { name });
      await s.store.updateUser(c.userId, { role });
      return c;
    };

    it('shows a reader\'s comments with statuses and the notes moderators share, with author and time; audited', async () => {
      const alice = await reader(s.base, { name: 'Alice Reader' });
      const url = `${s.base}/2026/people-${Date.now()}`;
      const ok = await alice.post('/api/v1/comments', { storyUrl: url, body: 'A calm opinion.' });
      expect(ok.status).toBe(201);
      const held = (await alice.post('/api/v1/comments', { storyUrl: url, body: 'Second opinion.' })).body.comment;
      await s.store.updateComment(held.id, { status: 'review' });
      const mod = await staff('moderator', 'Mona Moderator');
      const other = await staff('moderator', 'Omar Moderator');

      const found = await mod.get(`/api/v1/admin/people/lookup?email=${encodeURIComponent((await s.store.getUser(alice.userId))!.email!.toUpperCase())}`);
      expect(found.status).toBe(200);
      expect(found.body.user).toMatchObject({ id: alice.userId, displayName: 'Alice Reader', role: 'commenter', status: 'active' });
      expectProblem(await mod.get('/api/v1/admin/people/lookup?email=nobody%40example.test'), 404, 'not_found');

      const added = await mod.post(`/api/v1/admin/people/${alice.userId}/notes`, { body: '  Posted the same link twice; told her.  ' });
      expect(added.status).toBe(201);
      expect(added.body.note).toMatchObject({ body: 'Posted the same link twice; told her.', author: { id: mod.userId, displayName: 'Mona Moderator' } });
      expectProblem(await mod.post(`/api/v1/admin/people/${alice.userId}/notes`, { body: '   ' }), 400, 'note_empty');
      expectProblem(await mod.post(`/api/v1/admin/people/${alice.userId}/notes`, { body: 'x'.repeat(2001) }), 400, 'validation_failed');
      expectProblem(await mod.post('/api/v1/admin/people/nope/notes', { body: 'x' }), 404, 'not_found');

      // Another moderator sees the note, its author and its time, and the history with statuses (newest first).
      const page = await other.get(`/api/v1/admin/people/${alice.userId}`);
      expect(page.status).toBe(200);
      expect(page.body.notes).toEqual([{ id: added.body.note.id, body: 'Posted the same link twice; told her.', createdAt: added.body.note.createdAt, author: { id: mod.userId, displayName: 'Mona Moderator' } }]);
      expect(page.body.comments.map((c: { body: string; status: string }) => [c.body, c.status])).toEqual([['Second opinion.', 'review'], ['A calm opinion.', 'approved']]);
      expect(page.body.comments[0].story).toMatchObject({ url });
      const audit = (await s.store.listAudit(1, 100_000)).filter((e) => e.action === 'user.note');
      expect(audit.map((e) => [e.actor, e.targetId])).toEqual([[mod.userId, alice.userId]]);
      expect(JSON.stringify(audit[0]!.data)).not.toContain('same link');

      // Readers and grievance officers do not read or write notes; any staff sees the staff list.
      expectProblem(await alice.get(`/api/v1/admin/people/${alice.userId}`), 403, 'not_staff');
      const officer = await staff('grievance_officer');
      expectProblem(await officer.post(`/api/v1/admin/people/${alice.userId}/notes`, { body: 'x' }), 403, 'forbidden');
      expectProblem(await new Client(s.base).get('/api/v1/admin/people/staff'), 401, 'unauthorized');
      const list = await officer.get('/api/v1/admin/people/staff');
      expect(list.status).toBe(200);
      const roles = Object.fromEntries(list.body.staff.map((u: { id: string; role: string }) => [u.id, u.role]));
      expect(roles).toMatchObject({ [mod.userId]: 'moderator', [other.userId]: 'moderator', [officer.userId]: 'grievance_officer' });
      expect(roles[alice.userId]).toBeUndefined();
    });

    it('changes roles (admins only, audited) and never demotes the last admin', async () => {
      // Only admins of this server's site: demote every admin the server started with, leaving ours.
      const admin = await staff('admin', 'Ada Admin');
      for (const u of await s.store.listStaff(s.server.deps.siteId)) if (u.role === 'admin' && u.id !== admin.userId) await s.store.updateUser(u.id, { role: 'moderator' });
      const bob = await reader(s.base);
      const act = (c: Client, id: string, role: string) => c.post(`/api/v1/admin/users/${id}/actions`, { action: 'setRole', role });

      const promoted = await act(admin, bob.userId, 'admin');
      expect(promoted.status).toBe(200);
      expect(promoted.body.user.role).toBe('admin');
      // Two admins: Bob may demote Ada; a moderator may not change roles; an admin is never demoted while the only one in good standing.
      const demote = await act(bob, admin.userId, 'moderator');
      expect(demote.status).toBe(200);
      const mod = new Client(s.base, admin.token); // Ada, now a moderator
      expectProblem(await act(mod, bob.userId, 'commenter'), 403, 'forbidden');
      // Bob is now the only admin: he cannot demote himself, and no caller of the action can take the role away.
      expectProblem(await act(bob, bob.userId, 'moderator'), 409, 'self_target');
      const direct = staffUserAction(staffDeps(s.server.deps), {
        actor: { id: 'cli', role: 'admin', siteId: s.server.deps.siteId, status: 'active' }, userId: bob.userId, verb: 'setRole', role: 'moderator',
      });
      await expect(direct).rejects.toMatchObject({ status: 409, code: 'last_admin' });
      // With Ada an admin again, Bob may step down (Ada does it).
      expect((await act(bob, admin.userId, 'admin')).status).toBe(200);
      expect((await act(admin, bob.userId, 'moderator')).status).toBe(200);
      const audit = (await s.store.listAudit(1, 100_000)).filter((e) => e.action === 'user.role').map((e) => [e.actor, e.targetId, e.reason]);
      expect(audit.slice(-4)).toEqual([[admin.userId, bob.userId, 'admin'], [bob.userId, admin.userId, 'moderator'], [bob.userId, admin.userId, 'admin'], [admin.userId, bob.userId, 'moderator']]);
      expect((await s.store.getUser(admin.userId))?.role).toBe('admin');
    });
  });
}
