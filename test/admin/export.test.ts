// The dashboard's comment export over real HTTP: admins download JSONL or CSV (streamed, audited); others are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem } from '../api/harness';
import { staffed, type Staffed } from './setup';

const list = await backends('admin comment export');

describe.each(list)('admin comment export ($name)', (backend) => {
  let s: Staffed;
  let ids: string[];
  beforeAll(async () => {
    s = await staffed(backend);
    ids = [(await s.post('Metro line opens — फ़ायदा सबको')).id, (await s.post('Who is this idiot')).id];
  });
  afterAll(async () => { await s?.run.stop(); });

  it('streams the site as JSON Lines an import can read back, and logs the download', async () => {
    const r = await s.admin.get('/api/v1/admin/export?format=jsonl');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="charcha-comments.jsonl"');
    const recs = r.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs[0]).toMatchObject({ type: 'charcha-export', version: 1 });
    const comments = recs.filter((x) => x.type === 'comment');
    expect(comments.map((c) => [c.id, c.status])).toEqual([[ids[0], 'approved'], [ids[1], 'review']]);
    expect(comments[0].body).toBe('Metro line opens — फ़ायदा सबको');
    expect(recs.find((x) => x.type === 'author')).toEqual({ type: 'author', id: s.author.userId, displayName: 'Author' });
    const audit = await s.run.store.lastAudit();
    expect([audit?.action, audit?.actor, audit?.reason]).toEqual(['export.download', s.admin.userId, 'jsonl']);
  });

  it('one story as CSV', async () => {
    const r = await s.admin.get(`/api/v1/admin/export?format=csv&storyUrl=${encodeURIComponent(s.storyUrl)}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = r.text.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1].startsWith(`${ids[0]},${s.storyUrl},`)).toBe(true);
    expect(rows[2]).toContain(',review,');
    expect((await s.run.store.lastAudit())?.targetType).toBe('story');
  });

  it('refuses a story it does not have, other formats, moderators, readers and anonymous callers', async () => {
    expectProblem(await s.admin.get('/api/v1/admin/export?format=csv&storyUrl=https%3A%2F%2Fnews.example%2Fnope'), 404, 'story_not_found');
    expect((await s.admin.get('/api/v1/admin/export?format=xml')).status).toBe(400);
    expectProblem(await s.mod.get('/api/v1/admin/export?format=jsonl'), 403, 'forbidden');
    expectProblem(await s.officer.get('/api/v1/admin/export?format=jsonl'), 403, 'forbidden');
    expectProblem(await s.commenter.get('/api/v1/admin/export?format=jsonl'), 403, 'not_staff');
    expectProblem(await s.anon.get('/api/v1/admin/export?format=jsonl'), 401, 'unauthorized');
  });
});
