// Concurrent writes to one comment on both engines: every request gets a definite answer (no 500), and no revision number is lost or doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, reader, start, type Running } from './harness';

const list = await backends('concurrent writes');

describe.each(list)('concurrent writes on $name', (backend) => {
  let s: Running;
  beforeAll(async () => { s = await start(backend, { logLevel: 'error' }); });
  afterAll(async () => s?.stop());

  it('ten simultaneous edits of one comment: all 200, revisions 1..11 each once', async () => {
    const a = await reader(s.base);
    const posted = await a.post('/api/v1/comments', { storyUrl: `${s.base}/stories/race`, body: 'first words' });
    expect(posted.status).toBe(201);
    const id = posted.body.comment.id;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => a.patch(`/api/v1/comments/${id}`, { body: `edit number ${i}` })));
    expect(answers.map((r) => r.status), answers.map((r) => r.text).join('\n')).toEqual(Array(10).fill(200));
    const revs = await a.get(`/api/v1/comments/${id}/revisions`);
    expect(revs.body.revisions.map((r: { rev: number }) => r.rev).sort((x: number, y: number) => x - y)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('two readers replying to each other at once: every reply 201 (no deadlock on their user rows)', async () => {
    const [a, b] = await Promise.all([reader(s.base), reader(s.base)]);
    const storyUrl = `${s.base}/stories/cross-replies`;
    const tops = async (who: Client) => Promise.all([0, 1, 2, 3, 4].map(async (i) => (await who.post('/api/v1/comments', { storyUrl, body: `opinion ${i}` })).body.comment.id as string));
    const [ofA, ofB] = [await tops(a), await tops(b)];
    for (let round = 0; round < 3; round++) {
      const replies = await Promise.all([
        ...ofB.map((parentId) => a.post('/api/v1/comments', { storyUrl, parentId, body: `a answers, round ${round}` })),
        ...ofA.map((parentId) => b.post('/api/v1/comments', { storyUrl, parentId, body: `b answers, round ${round}` })),
      ]);
      expect(replies.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
    }
  });

  it('twenty simultaneous respects and reports from different readers all land once', async () => {
    const author = await reader(s.base);
    const posted = await author.post('/api/v1/comments', { storyUrl: `${s.base}/stories/race2`, body: 'react to me' });
    const id = posted.body.comment.id;
    const readers = await Promise.all(Array.from({ length: 20 }, () => reader(s.base)));
    const reacts = await Promise.all(readers.flatMap((r) => [r.post(`/api/v1/comments/${id}/reactions`), r.post(`/api/v1/comments/${id}/reactions`)]));
    expect(reacts.filter((r) => r.status !== 200).map((r) => r.text)).toEqual([]);
    const c = await author.get(`/api/v1/comments/${id}`);
    expect(c.body.comment.reactionCount).toBe(20);
  });
});

describe.each(list)('concurrent first use on $name', (backend) => {
  let s: Running;
  beforeAll(async () => { s = await start(backend, { logLevel: 'error' }); });
  afterAll(async () => s?.stop());

  it('eight readers open and comment on a story nobody opened yet, at once: one story, eight comments', async () => {
    const readers = await Promise.all(Array.from({ length: 8 }, () => reader(s.base)));
    const storyUrl = `${s.base}/stories/brand-new-${Date.now()}`;
    const reads = await Promise.all(readers.map((r) => r.get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}`)));
    expect(reads.filter((r) => r.status !== 200).map((r) => r.text)).toEqual([]);
    expect(new Set(reads.map((r) => r.body.story.id)).size).toBe(1);
    const storyUrl2 = `${s.base}/stories/brand-new-2-${Date.now()}`;
    const posts = await Promise.all(readers.map((r, i) => r.post('/api/v1/comments', { storyUrl: storyUrl2, body: `comment ${i}` })));
    expect(posts.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
    expect(new Set(posts.map((r) => r.body.comment.storyId)).size).toBe(1);
  });

  it('the same email registered twice at once: one 201, one 409', async () => {
    const email = `twice-${Date.now()}@example.test`;
    const body = { email, password: 'long enough', displayName: 'Twice' };
    const answers = await Promise.all([0, 1, 2].map(() => new Client(s.base).post('/api/v1/auth/register', body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('a reader accepting the policy and reporting a comment several times at once gets definite answers', async () => {
    const r = await reader(s.base, { accept: false });
    const accepts = await Promise.all([0, 1, 2].map(() => r.post('/api/v1/policy/accept', { version: 1 })));
    expect(accepts.filter((a) => a.status !== 200).map((a) => a.text)).toEqual([]);
    const posted = await r.post('/api/v1/comments', { storyUrl: `${s.base}/stories/reports`, body: 'report me' });
    const other = await reader(s.base);
    const reports = await Promise.all([0, 1, 2].map(() => other.post(`/api/v1/comments/${posted.body.comment.id}/reports`, { reason: 'insult' })));
    expect(reports.filter((a) => a.status >= 500).map((a) => a.text)).toEqual([]);
  });
});
