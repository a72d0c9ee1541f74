// The comment contract over real HTTP on loopback, against SQLite and PostgreSQL: post, moderate, thread, edit, withdraw, react, live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, reader, start, widgetClient, type Running } from './harness';

const list = await backends('api comments');

describe.each(list)('comments API on $name', (backend) => {
  let s: Running;
  let storyUrl: string;
  beforeAll(async () => {
    s = await start(backend);
    storyUrl = `${s.base}/stories/peskov-istanbul`;
  });
  afterAll(async () => s?.stop());

  const anon = () => new Client(s.base);

  it('posts a comment: 201 with status, author and moderation; length and emptiness rules', async () => {
    const c = await reader(s.base, { name: 'Asha' });
    const r = await c.post('/api/v1/comments', { storyUrl, body: 'Talks in Istanbul brought prisoner exchanges.' });
    expect(r.status).toBe(201);
    expect(r.body.comment).toMatchObject({
      id: expect.any(String), status: 'approved', body: 'Talks in Istanbul brought prisoner exchanges.', parentId: null,
      author: { id: c.userId, displayName: 'Asha' }, createdAt: expect.any(String),
      moderation: { decision: 'approve', labels: [], targets: [], spans: [] },
    });
    // 5,000 code points pass even when each is two UTF-16 units; 5,001 do not.
    expect((await c.post('/api/v1/comments', { storyUrl, body: '😀'.repeat(5000) })).status).toBe(201);
    const long = await c.post('/api/v1/comments', { storyUrl, body: 'क'.repeat(5001) });
    expectProblem(long, 400, 'comment_too_long');
    expectProblem(await c.post('/api/v1/comments', { storyUrl, body: ' \n\t ' }), 400, 'comment_empty');
    // Nobody opens a story on another site's URL: not the widget's cookie session, not an API client (bearer).
    const widget = await widgetClient(s.base, (c as any).email);
    expectProblem(await widget.post('/api/v1/comments', { storyUrl: 'https://elsewhere.test/a', body: 'x' }), 404, 'story_not_found');
    expectProblem(await c.post('/api/v1/comments', { storyUrl: 'https://elsewhere.test/a#c', body: 'from an integration' }), 403, 'story_url_not_allowed');
    const api = await c.post('/api/v1/comments', { storyUrl: `${s.base}/stories/integration#c`, body: 'from an integration' });
    expect(api.status).toBe(201);
    expect((await anon().get(`/api/v1/comments?storyUrl=${encodeURIComponent(`${s.base}/stories/integration`)}`)).body.story).toMatchObject({ url: `${s.base}/stories/integration` });
    expectProblem(await c.post('/api/v1/comments', { storyUrl, parentId: 'nope', body: 'x' }), 404, 'parent_not_found');
    expectProblem(await c.post('/api/v1/comments', { storyUrl: 'not a url', body: 'x' }), 400, 'invalid_story_url');
    expectProblem(await c.post('/api/v1/comments', { storyUrl: 'javascript:alert(1)', body: 'x' }), 400, 'invalid_story_url');
    const elsewhere = `${s.base}/stories/another`;
    expectProblem(await c.post('/api/v1/comments', { storyUrl: elsewhere, parentId: r.body.comment.id, body: 'x' }), 400, 'parent_mismatch');
    const audit = await s.store.listAudit(1, 10_000);
    const mine = audit.filter((e) => e.targetId === r.body.comment.id).map((e) => `${e.actor === 'system' ? 'system' : 'user'}:${e.action}`);
    expect(mine).toEqual(['user:comment.post', 'system:comment.verdict']);
  });

  it('refuses comments on a closed story (story_closed)', async () => {
    const c = await reader(s.base);
    const url = `${s.base}/stories/closed-one`;
    const st = await c.post('/api/v1/stories', { url, title: 'Closed' }, { origin: s.base });
    await s.store.updateStory(st.body.story.id, { closed: true });
    expectProblem(await c.post('/api/v1/comments', { storyUrl: url, body: 'late' }), 403, 'story_closed');
  });

  it('applies the Moderator: banned words reject, suspect words hold; readers see approved and their own', async () => {
    const site = (await s.store.getSite(s.server.deps.siteId))!;
    await s.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: ['traitor'] } } });
    try {
      const url = `${s.base}/stories/moderated`;
      const author = await reader(s.base);
      const other = await reader(s.base);
      const bad = await author.post('/api/v1/comments', { storyUrl: url, body: 'He is a scoundrel.' });
      expect(bad.body.comment.status).toBe('rejected');
      expect(bad.body.comment.moderation).toMatchObject({ decision: 'reject', spans: [{ start: 8, end: 17 }] });
      const held = await author.post('/api/v1/comments', { storyUrl: url, body: 'A traitor, some say.' });
      expect(held.body.comment.status).toBe('review');
      const good = await author.post('/api/v1/comments', { storyUrl: url, body: 'A fair point.' });
      const q = `/api/v1/comments?storyUrl=${encodeURIComponent(url)}`;
      expect((await other.get(q)).body.comments.map((x: any) => x.id)).toEqual([good.body.comment.id]);
      expect((await anon().get(q)).body.comments.map((x: any) => x.id)).toEqual([good.body.comment.id]);
      const own = (await author.get(q)).body.comments;
      expect(own.map((x: any) => x.status).sort()).toEqual(['approved', 'rejected', 'review']);
      const check = await other.post('/api/v1/moderation/check', { text: 'what a scoundrel', storyUrl: url });
      expect(check.status).toBe(200);
      expect(check.body.verdict).toMatchObject({ decision: 'reject', modelVersion: 'wordlist-1', spans: [{ start: 7, end: 16 }] });
    } finally {
      await s.store.saveSite(site);
    }
  });

  it('threads: replies with replyCount, sort orders, cursor pagination and ETag/304', async () => {
    const url = `${s.base}/stories/thread`;
    const a = await reader(s.base);
    const b = await reader(s.base);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await a.post('/api/v1/comments', { storyUrl: url, body: `point ${i}` })).body.comment.id);
    const reply = await b.post('/api/v1/comments', { storyUrl: url, parentId: ids[0], body: 'a reply' });
    expect(reply.status).toBe(201);
    expect(reply.body.comment.parentId).toBe(ids[0]);
    await b.post(`/api/v1/comments/${ids[3]}/reactions`);

    const q = (extra: string) => `/api/v1/comments?storyUrl=${encodeURIComponent(url)}${extra}`;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: any = await anon().get(q(`&sort=oldest&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
      expect(r.status).toBe(200);
      expect(r.body.story).toMatchObject({ url, title: expect.any(String), id: expect.any(String) });
      seen.push(...r.body.comments.filter((x: any) => !x.parentId).map((x: any) => x.id));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(ids);
    expect(pages).toBe(3);

    const first = await anon().get(q('&sort=oldest'));
    const parent = first.body.comments.find((x: any) => x.id === ids[0]);
    expect(parent.replyCount).toBe(1);
    expect(first.body.comments.find((x: any) => x.parentId === ids[0]).id).toBe(reply.body.comment.id);
    expect((await anon().get(q('&sort=newest'))).body.comments[0].id).toBe(ids[4]);
    expect((await anon().get(q('&sort=reactions'))).body.comments[0].id).toBe(ids[3]);

    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const cached = await anon().get(q('&sort=oldest'), { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect((await anon().get(q('&sort=oldest'), { 'if-none-match': `W/"other", ${etag}` })).status).toBe(304);
    await a.post('/api/v1/comments', { storyUrl: url, body: 'news changes the page' });
    expect((await anon().get(q('&sort=oldest'), { 'if-none-match': etag })).status).toBe(200);
    expectProblem(await anon().get(q('&cursor=bm9wZQ')), 400, 'invalid_cursor');
    // A URL nobody has opened yet reads as a new, empty story.
    const fresh = await anon().get(`/api/v1/comments?storyUrl=${encodeURIComponent(`${s.base}/stories/nowhere-yet#top`)}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual({ story: { id: expect.any(String), url: `${s.base}/stories/nowhere-yet`, title: `${s.base}/stories/nowhere-yet`, closed: false }, comments: [], nextCursor: null });
    expectProblem(await anon().get(`/api/v1/comments?storyUrl=${encodeURIComponent('ftp://nowhere.test/x')}`), 400, 'invalid_story_url');
  });

  it('edits within the window as a new revision; edit_window_closed after; only the author', async () => {
    const a = await reader(s.base);
    const b = await reader(s.base);
    const id = (await a.post('/api/v1/comments', { storyUrl, body: 'first words' })).body.comment.id;
    const e = await a.patch(`/api/v1/comments/${id}`, { body: 'second words' });
    expect(e.status).toBe(200);
    expect(e.body.comment).toMatchObject({ body: 'second words', editedAt: expect.any(String) });
    expectProblem(await b.patch(`/api/v1/comments/${id}`, { body: 'hijack' }), 403, 'not_author');
    expectProblem(await anon().get(`/api/v1/comments/${id}/revisions`), 404, 'not_found');
    expectProblem(await b.get(`/api/v1/comments/${id}/revisions`), 404, 'not_found');
    const revs = await a.get(`/api/v1/comments/${id}/revisions`);
    expect(revs.body.revisions.map((r: any) => [r.rev, r.body])).toEqual([[1, 'first words'], [2, 'second words']]);
    s.advance(11 * 60_000);
    try {
      expectProblem(await a.patch(`/api/v1/comments/${id}`, { body: 'third words' }), 403, 'edit_window_closed');
    } finally {
      s.advance(-11 * 60_000);
    }
    expect((await anon().get(`/api/v1/comments/${id}`)).body.comment.body).toBe('second words');
    await a.del(`/api/v1/comments/${id}`);
    expectProblem(await a.patch(`/api/v1/comments/${id}`, { body: 'after withdrawal' }), 403, 'not_editable');
  });

  it('withdraws: hidden from readers, preserved in the store', async () => {
    const a = await reader(s.base);
    const url = `${s.base}/stories/withdraw`;
    const id = (await a.post('/api/v1/comments', { storyUrl: url, body: 'I take this back' })).body.comment.id;
    const other = await reader(s.base);
    expectProblem(await other.del(`/api/v1/comments/${id}`), 403, 'not_author');
    const w = await a.del(`/api/v1/comments/${id}`);
    expect(w.status).toBe(200);
    expect(w.body.comment.status).toBe('withdrawn');
    expect((await anon().get(`/api/v1/comments?storyUrl=${encodeURIComponent(url)}`)).body.comments).toEqual([]);
    expectProblem(await anon().get(`/api/v1/comments/${id}`), 404, 'not_found');
    const kept = await s.store.getComment(id);
    expect(kept).toMatchObject({ status: 'withdrawn', body: 'I take this back' });
  });

  it('one respect per reader; reports with a policy reason', async () => {
    const a = await reader(s.base);
    const b = await reader(s.base);
    const id = (await a.post('/api/v1/comments', { storyUrl, body: 'react to me' })).body.comment.id;
    const page = `/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=100`;
    const countIn = async () => (await anon().get(page)).body.comments.find((x: any) => x.id === id).reactionCount;
    expect(await countIn()).toBe(0);
    expect((await b.post(`/api/v1/comments/${id}/reactions`)).body).toEqual({ commentId: id, reacted: true, reactionCount: 1 });
    // Anonymous pages are cached per story version: a reaction must show on the next read.
    expect(await countIn()).toBe(1);
    expect((await b.post(`/api/v1/comments/${id}/reactions`)).body.reactionCount).toBe(1);
    expect((await a.post(`/api/v1/comments/${id}/reactions`)).body.reactionCount).toBe(2);
    expect((await b.del(`/api/v1/comments/${id}/reactions`)).body).toEqual({ commentId: id, reacted: false, reactionCount: 1 });
    const rep = await b.post(`/api/v1/comments/${id}/reports`, { reason: 'defamation', note: 'false claim about a minister' });
    expect(rep.status).toBe(201);
    expect(rep.body.report).toMatchObject({ id: expect.any(String), reason: 'defamation' });
    expect((await s.store.listReports(id)).map((r) => r.reason)).toEqual(['defamation']);
    const badReason = await b.post(`/api/v1/comments/${id}/reports`, { reason: 'boring' });
    expectProblem(badReason, 400, 'validation_failed');
    expect(badReason.body.detail).toContain('reason');
    expectProblem(await b.post('/api/v1/comments/no-such-id/reactions'), 404, 'not_found');
  });

  it('streams a new approved comment and a reaction over SSE', async () => {
    const url = `${s.base}/stories/live`;
    const a = await reader(s.base);
    await a.post('/api/v1/stories', { url, title: 'Live' }, { origin: s.base });
    const ctrl = new AbortController();
    // As the widget on a publisher's page opens it: cross-origin, from an allowed origin.
    const res = await fetch(`${s.base}/api/v1/stories/events?storyUrl=${encodeURIComponent(url)}`, { signal: ctrl.signal, headers: { origin: 'http://localhost:0' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:0');
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader_ = res.body!.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    const next = async (event: string): Promise<any> => {
      for (;;) {
        const m = buf.match(new RegExp(`event: ${event}\\ndata: (.*)\\n\\n`));
        if (m) {
          buf = buf.slice(buf.indexOf(m[0]) + m[0].length);
          return JSON.parse(m[1]);
        }
        const { value, done } = await reader_.read();
        if (done) throw new Error('stream ended');
        buf += decoder.decode(value, { stream: true });
      }
    };
    const posted = await a.post('/api/v1/comments', { storyUrl: url, body: 'live words' });
    const ev = await next('comment');
    expect(ev).toMatchObject({ id: posted.body.comment.id, body: 'live words', status: 'approved', author: { id: a.userId } });
    const b = await reader(s.base);
    await b.post(`/api/v1/comments/${posted.body.comment.id}/reactions`);
    expect(await next('reaction')).toEqual({ commentId: posted.body.comment.id, reactionCount: 1 });
    ctrl.abort();
    // A stream may open before the story's first comment: the story is created, and its first comment arrives live.
    const freshUrl = `${s.base}/stories/first-${Date.now()}`;
    const ctrl2 = new AbortController();
    const fresh = await fetch(`${s.base}/api/v1/stories/events?storyUrl=${encodeURIComponent(freshUrl)}`, { signal: ctrl2.signal });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const freshReader = fresh.body!.getReader();
    const first = await a.post('/api/v1/comments', { storyUrl: freshUrl, body: 'first!' });
    let text = '';
    while (!text.includes('event: comment\n')) text += decoder.decode((await freshReader.read()).value, { stream: true });
    expect(text).toContain(first.body.comment.id);
    ctrl2.abort();
  });
});
