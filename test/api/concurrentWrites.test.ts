// Concurrent writes to one comment on both engines: every request gets a definite answer (no 500), and no revision number is lost or doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, reader, start, type Running } from './harness';

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
