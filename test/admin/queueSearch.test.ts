// The queue endpoint's search parameters (q, author, story) over HTTP on both stores, and their limits as problem+json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem } from '../api/harness';
import { staffed, type Staffed } from './setup';

for (const backend of await backends('admin queue search')) {
  describe(`queue search over HTTP (${backend.name})`, () => {
    let s: Staffed;
    beforeAll(async () => { s = await staffed(backend); });
    afterAll(() => s?.run.stop());

    it('searches the text, the author and the story, and counts what it finds', async () => {
      const a = await s.post('You idiot, the fares doubled.');
      const b = await s.post('Another idiot take on the budget.', s.commenter);
      expect([a.status, b.status]).toEqual(['review', 'review']);
      const ids = async (query: string) => {
        const r = await s.mod.get(`/api/v1/admin/queue?queue=review&${query}`);
        expect(r.status, r.text).toBe(200);
        return { ids: r.body.comments.map((c: { id: string }) => c.id).sort(), review: r.body.counts.review };
      };
      expect(await ids('q=FARES')).toEqual({ ids: [a.id], review: 1 });
      expect(await ids('author=commenter')).toEqual({ ids: [b.id], review: 1 });
      expect(await ids(`story=${encodeURIComponent(new URL(s.storyUrl).pathname)}`)).toEqual({ ids: [a.id, b.id].sort(), review: 2 });
      expect(await ids('q=idiot&author=author')).toEqual({ ids: [a.id], review: 1 });
      expect(await ids('q=%20%20')).toEqual({ ids: [a.id, b.id].sort(), review: 2 });
    });

    it('refuses an over-long search with a problem', async () => {
      expectProblem(await s.mod.get(`/api/v1/admin/queue?q=${'x'.repeat(201)}`), 400, 'validation_failed');
      expect((await s.anon.get('/api/v1/admin/queue?q=fares')).status).toBe(401);
    });
  });
}
