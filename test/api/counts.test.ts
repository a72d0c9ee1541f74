// GET /api/v1/counts on both engines: public (approved) counts per URL as asked, unknown URLs 0, ETag/304, bounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem } from './harness';
import { staffed, type Staffed } from '../admin/setup';
import { COUNT_CACHE_MS } from '../../src/http/routes/counts';

const list = await backends('comment counts');

describe.each(list)('comment counts ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });
  const q = (...urls: string[]) => `/api/v1/counts?${urls.map((u) => `url=${encodeURIComponent(u)}`).join('&')}`;

  it('counts approved comments and replies only, keyed by each URL as asked, in one request', async () => {
    const other = `${s.storyUrl}-other`;
    const a = await s.post('first fine opinion');
    const reply = await s.commenter.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'a fine reply', parentId: a.id });
    expect(reply.status).toBe(201);
    await s.post('idiot remark held for review'); // review: not public
    const gone = await s.post('removed later');
    expect((await s.mod.post(`/api/v1/admin/comments/${gone.id}/actions`, { action: 'hide', reason: 'other' })).status).toBe(200);
    await s.commenter.post('/api/v1/comments', { storyUrl: other, body: 'on another story' });
    const unknown = `${s.run.base}/stories/nobody-opened-this`;
    const withHash = `${s.storyUrl}#comments`;
    const r = await s.anon.get(q(s.storyUrl, other, unknown, withHash, 'not a url'));
    expect(r.status).toBe(200);
    expect(r.body.counts).toEqual({ [s.storyUrl]: 2, [other]: 1, [unknown]: 0, [withHash]: 2, 'not a url': 0 });
    expect(r.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    // A repeated URL is one key; a single url= is an array of one.
    expect((await s.anon.get(q(other, other))).body.counts).toEqual({ [other]: 1 });
  });

  it('answers 304 to a matching ETag, serves from its short cache, and refuses empty or oversized batches', async () => {
    const r1 = await s.anon.get(q(s.storyUrl));
    const etag = r1.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    const r2 = await fetch(`${s.run.base}${q(s.storyUrl)}`, { headers: { 'if-none-match': etag } });
    expect(r2.status).toBe(304);
    // Within the cache window a new comment is not yet counted; once the window has passed, it is.
    const before = r1.body.counts[s.storyUrl];
    await s.post('one more fine opinion');
    expect((await s.anon.get(q(s.storyUrl))).body.counts[s.storyUrl]).toBe(before);
    s.run.advance(COUNT_CACHE_MS + 1);
    const r3 = await s.anon.get(q(s.storyUrl));
    expect(r3.body.counts[s.storyUrl]).toBe(before + 1);
    expect(r3.headers.get('etag')).not.toBe(etag);
    expectProblem(await s.anon.get('/api/v1/counts'), 400, 'validation_failed');
    const many = Array.from({ length: 101 }, (_, i) => `${s.run.base}/stories/s${i}`);
    expectProblem(await s.anon.get(q(...many)), 400, 'validation_failed');
  });
});
