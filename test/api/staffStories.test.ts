// The dashboard's stories page over HTTP on SQLite and PostgreSQL: counts, search, per-story settings (audited),
// and auto-close after N days (site default, story override) enforced when a comment is posted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, reader, start, type Running } from './harness';

const DAY = 86_400_000;

for (const backend of await backends('staff stories')) {
  describe(`stories page (${backend.name})`, () => {
    let s: Running;
    beforeAll(async () => { s = await start(backend); });
    afterAll(async () => s?.stop());

    let n = 0;
    const storyUrl = (slug: string) => `${s.base}/2026/${slug}-${++n}`;
    const staff = async (role: 'moderator' | 'admin' | 'grievance_officer') => {
      const c = await reader(s.base);
      await s.store.updateUser(c.userId, { role });
      return c;
    };
    const auditOf = async (id: string) => (await s.store.listAudit(1, 100_000)).filter((e) => e.targetId === id);

    it('lists stories with approved and in-review counts, searches title or URL, and is for staff only', async () => {
      const alice = await reader(s.base);
      const tag = `q${Date.now()}`;
      const u1 = storyUrl(`${tag}-budget`);
      const made = await alice.post('/api/v1/stories', { url: u1, title: `Budget day ${tag}` });
      expect(made.status).toBe(200);
      expect((await alice.post('/api/v1/comments', { storyUrl: u1, body: 'A fair budget.' })).status).toBe(201);
      expect((await alice.post('/api/v1/comments', { storyUrl: u1, body: 'Taxes went up again.' })).status).toBe(201);
      await s.store.updateStory(made.body.story.id, { premoderation: true });
      expect((await alice.post('/api/v1/comments', { storyUrl: u1, body: 'Held for a moderator.' })).status).toBe(201);
      const u2 = storyUrl('monsoon');
      await alice.post('/api/v1/stories', { url: u2, title: `Monsoon ${tag}` });

      const mod = await staff('moderator');
      const r = await mod.get(`/api/v1/admin/stories?q=${encodeURIComponent(`budget day ${tag}`.toUpperCase())}`);
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(1);
      expect(r.body.stories[0]).toMatchObject({
        id: made.body.story.id, url: u1, title: `Budget day ${tag}`, premoderation: true, closed: false,
        counts: { approved: 2, review: 1 }, autoClosesAt: null, closedNow: false, autoCloseDays: null,
      });
      const byUrl = await mod.get(`/api/v1/admin/stories?q=${encodeURIComponent(u2)}`);
      expect(byUrl.body.stories.map((x: { url: string }) => x.url)).toEqual([u2]);
      expect((await mod.get('/api/v1/admin/stories?limit=1')).body.stories).toHaveLength(1);
      expectProblem(await mod.get('/api/v1/admin/stories?limit=0'), 400, 'validation_failed');
      expectProblem(await alice.get('/api/v1/admin/stories'), 403, 'not_staff');
      expectProblem(await new Client(s.base).get('/api/v1/admin/stories'), 401, 'unauthorized');
    });

    it('closes a story N days after creation (site default, story override, 0 never), refusing new comments with story_auto_closed; all audited', async () => {
      const admin = await staff('admin');
      const mod = await staff('moderator');
      const alice = await reader(s.base);
      const u = storyUrl('old-news');
      const id = (await alice.post('/api/v1/stories', { url: u, title: 'Old news' })).body.story.id as string;

      // Only admins set the site default; it is validated and audited.
      expectProblem(await mod.patch('/api/v1/admin/settings', { autoCloseDays: 3 }), 403, 'forbidden');
      expectProblem(await admin.patch('/api/v1/admin/settings', { autoCloseDays: -1 }), 400, 'validation_failed');
      const set = await admin.patch('/api/v1/admin/settings', { autoCloseDays: 3 });
      expect(set.status).toBe(200);
      expect(set.body.settings.autoCloseDays).toBe(3);
      const settingsAudit = (await s.store.listAudit(1, 100_000)).filter((e) => e.action === 'settings.update' && e.actor === admin.userId);
      expect(settingsAudit.at(-1)?.reason).toBe('autoCloseDays');

      expect((await alice.post('/api/v1/comments', { storyUrl: u, body: 'Still open.' })).status).toBe(201);
      const listed = async () => (await mod.get(`/api/v1/admin/stories?q=${encodeURIComponent(u)}`)).body.stories[0];
      const created = Date.parse((await s.store.getStory(id))!.createdAt);
      expect(await listed()).toMatchObject({ autoClosesAt: new Date(created + 3 * DAY).toISOString(), closedNow: false });

      s.advance(3 * DAY + 60_000);
      try {
        expectProblem(await alice.post('/api/v1/comments', { storyUrl: u, body: 'Too late.' }), 403, 'story_auto_closed');
        // The widget's thread shows it closed (so it offers no comment form), to everyone.
        expect((await alice.get(`/api/v1/comments?storyUrl=${encodeURIComponent(u)}`)).body.story.closed).toBe(true);
        expect((await new Client(s.base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(u)}`)).body.story.closed).toBe(true);
        expect(await listed()).toMatchObject({ closedNow: true, closed: false });

        // A moderator gives this story 30 days: open again. Audited with before and after.
        const longer = await mod.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: 30 });
        expect(longer.body.story).toMatchObject({ autoCloseDays: 30 });
        expect((await alice.post('/api/v1/comments', { storyUrl: u, body: 'Open again.' })).status).toBe(201);
        expect((await new Client(s.base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(u)}`)).body.story.closed).toBe(false);
        expect(await listed()).toMatchObject({ autoCloseDays: 30, closedNow: false, counts: { approved: 2, review: 0 } });

        // 0: never closes on its own; null: back to the site default (closed again).
        await mod.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: 0 });
        expect(await listed()).toMatchObject({ autoClosesAt: null, closedNow: false });
        await mod.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: null });
        expectProblem(await alice.post('/api/v1/comments', { storyUrl: u, body: 'Closed again.' }), 403, 'story_auto_closed');
        expectProblem(await mod.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: 1.5 }), 400, 'validation_failed');
        expectProblem(await alice.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: 0 }), 403, 'not_staff');

        // Closing by hand keeps its own code; premoderation and a title/entity correction on the same endpoint.
        await mod.patch(`/api/v1/admin/stories/${id}`, { autoCloseDays: 0, closed: true, premoderation: true, title: 'Old news, corrected', entities: ['Dmitry Peskov'], note: 'typo' });
        expectProblem(await alice.post('/api/v1/comments', { storyUrl: u, body: 'Closed by hand.' }), 403, 'story_closed');
        expect(await listed()).toMatchObject({ closed: true, premoderation: true, title: 'Old news, corrected', entities: ['Dmitry Peskov'], metadataSource: 'staff', closedNow: true });

        const audit = await auditOf(id);
        expect(audit.map((e) => [e.action, e.actor, e.reason])).toEqual([
          ['story.update', mod.userId, 'autoCloseDays=30'],
          ['story.update', mod.userId, 'autoCloseDays=0'],
          ['story.update', mod.userId, 'autoCloseDays=null'],
          ['story.correct', mod.userId, 'typo'],
          ['story.update', mod.userId, 'closed=true,premoderation=true,autoCloseDays=0'],
        ]);
        expect(audit[0]!.data).toMatchObject({ before: { autoCloseDays: null }, patch: { autoCloseDays: 30 } });
      } finally {
        s.advance(-(3 * DAY + 60_000));
        await admin.patch('/api/v1/admin/settings', { autoCloseDays: 0 });
      }
    });
  });
}
