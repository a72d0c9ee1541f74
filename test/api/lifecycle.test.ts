// The comment lifecycle over HTTP on SQLite and PostgreSQL: empty bodies, hidden comments' one 404, closed stories,
// one report per reader, and a verdict kept per revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentEvent } from '../../src/realtime/events';
import { backends, Client, expectProblem, reader, start, type Res, type Running } from './harness';

const list = await backends('api lifecycle');

describe.each(list)('comment lifecycle on $name', (backend) => {
  let s: Running;
  let storyUrl: string;
  beforeAll(async () => {
    s = await start(backend);
    storyUrl = `${s.base}/stories/lifecycle`;
    const site = (await s.store.getSite(s.server.deps.siteId))!;
    await s.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: ['traitor'] } } });
  });
  afterAll(async () => s?.stop());

  const post = async (c: Client, body: string, url = storyUrl) => {
    const r = await c.post('/api/v1/comments', { storyUrl: url, body });
    expect(r.status, r.text).toBe(201);
    return r.body.comment as { id: string; status: string };
  };

  it('refuses a comment or an edit with no visible character: 400 comment_empty, nothing stored', async () => {
    const a = await reader(s.base);
    const blanks = [' \n\t ', '\u200B\u200C\u200D', '\u202E\u2066\u2069', '\u0301\u0308', '\u00A0\uFEFF\u2060', '\u3164\u2800', '\uFE0F'];
    for (const body of blanks) expectProblem(await a.post('/api/v1/comments', { storyUrl, body }), 400, 'comment_empty');
    const mine = (await s.store.listByAuthor(a.userId, 10)).length;
    expect(mine).toBe(0);
    const ok = await post(a, '\u200Bstill words\u200B');
    expectProblem(await a.patch(`/api/v1/comments/${ok.id}`, { body: '\u200B \u202E' }), 400, 'comment_empty');
    expect((await s.store.listRevisions(ok.id))).toHaveLength(1);
  });

  it('a comment the caller may not see answers the same 404 to every verb as one that does not exist', async () => {
    const author = await reader(s.base);
    const other = await reader(s.base);
    const held = await post(author, 'you traitor');
    const rejected = await post(author, 'you scoundrel');
    expect([held.status, rejected.status]).toEqual(['review', 'rejected']);
    const verbs = (id: string): Array<() => Promise<Res>> => [
      () => other.get(`/api/v1/comments/${id}`),
      () => other.patch(`/api/v1/comments/${id}`, { body: 'hijack' }),
      () => other.del(`/api/v1/comments/${id}`),
      () => other.post(`/api/v1/comments/${id}/reactions`),
      () => other.del(`/api/v1/comments/${id}/reactions`),
      () => other.post(`/api/v1/comments/${id}/reports`, { reason: 'insult' }),
      () => other.get(`/api/v1/comments/${id}/revisions`),
      () => other.get(`/api/v1/comments/${id}/appeal`),
      () => other.post(`/api/v1/comments/${id}/appeal`, { note: 'not mine' }),
    ];
    const shape = (r: Res) => ({ status: r.status, code: r.body?.code, detail: r.body?.detail });
    const missing = await Promise.all(verbs('no-such-comment').map((v) => v()));
    for (const id of [held.id, rejected.id]) {
      const answers = await Promise.all(verbs(id).map((v) => v()));
      answers.forEach((r, i) => {
        expectProblem(r, 404, 'not_found');
        expect(shape(r), `verb ${i} on ${id}`).toEqual(shape(missing[i]));
      });
    }
    // Nothing changed behind the 404s.
    expect(await s.store.getComment(held.id)).toMatchObject({ status: 'review', body: 'you traitor', reportCount: 0, reactionCount: 0 });
    // The author still sees their held comment; it takes no reactions (it is not public), but it is theirs to withdraw.
    expect((await author.get(`/api/v1/comments/${held.id}`)).status).toBe(200);
    expectProblem(await author.post(`/api/v1/comments/${held.id}/reactions`), 409, 'not_public');
    expect((await author.del(`/api/v1/comments/${held.id}`)).body.comment.status).toBe('withdrawn');
  });

  it('a closed story refuses edits and reactions (403 story_closed) but still takes reports and withdrawals', async () => {
    const a = await reader(s.base);
    const b = await reader(s.base);
    const url = `${s.base}/stories/closing-${backend.name}`;
    const c = await post(a, 'before closing', url);
    expect((await b.post(`/api/v1/comments/${c.id}/reactions`)).status).toBe(200);
    const story = await s.store.findStoryByUrl(s.server.deps.siteId, url);
    await s.store.updateStory(story!.id, { closed: true });
    expectProblem(await a.patch(`/api/v1/comments/${c.id}`, { body: 'after closing' }), 403, 'story_closed');
    expectProblem(await b.post(`/api/v1/comments/${c.id}/reactions`), 403, 'story_closed');
    expectProblem(await b.del(`/api/v1/comments/${c.id}/reactions`), 403, 'story_closed');
    expectProblem(await (await reader(s.base)).post(`/api/v1/comments/${c.id}/reactions`), 403, 'story_closed');
    expect(await s.store.getComment(c.id)).toMatchObject({ body: 'before closing', reactionCount: 1, editedAt: null });
    expect((await b.post(`/api/v1/comments/${c.id}/reports`, { reason: 'insult' })).status).toBe(201);
    expect((await a.del(`/api/v1/comments/${c.id}`)).body.comment.status).toBe('withdrawn');
  });

  it('one report per reader per comment: a repeat answers 409 already_reported and creates nothing', async () => {
    const a = await reader(s.base);
    const b = await reader(s.base);
    const c = await post(a, 'report me once');
    expect((await b.post(`/api/v1/comments/${c.id}/reports`, { reason: 'insult', note: 'rude' })).status).toBe(201);
    for (let i = 0; i < 5; i++) expectProblem(await b.post(`/api/v1/comments/${c.id}/reports`, { reason: 'vulgar', note: `again ${i}` }), 409, 'already_reported');
    const raced = await Promise.all([1, 2, 3].map(() => b.post(`/api/v1/comments/${c.id}/reports`, { reason: 'other' })));
    expect(raced.map((r) => r.status)).toEqual([409, 409, 409]);
    expect((await s.store.listReports(c.id)).map((r) => [r.reporterId, r.reason])).toEqual([[b.userId, 'insult']]);
    expect((await s.store.getComment(c.id))?.reportCount).toBe(1);
    const audit = (await s.store.listAudit(1, 100_000)).filter((e) => e.targetId === c.id && e.action === 'comment.report');
    expect(audit).toHaveLength(1);
    // Another reader's report still counts.
    expect((await a.post(`/api/v1/comments/${c.id}/reports`, { reason: 'other' })).status).toBe(201);
    expect((await s.store.getComment(c.id))?.reportCount).toBe(2);
  });

  it('an edit stores the new verdict with its revision; the earlier revision keeps its own', async () => {
    const a = await reader(s.base);
    const c = await post(a, 'you traitor');
    expect(c.status).toBe('review');
    const e = await a.patch(`/api/v1/comments/${c.id}`, { body: 'I disagree with you' });
    expect(e.body.comment.status).toBe('approved');
    const revs = await s.store.listRevisions(c.id);
    expect(revs.map((r) => [r.rev, r.moderation?.decision])).toEqual([[1, 'review'], [2, 'approve']]);
    expect((await s.store.getComment(c.id))?.moderation).toEqual(revs[1].moderation);
  });

  it('a reader stream never carries a comment that is not public, whoever publishes it', async () => {
    const a = await reader(s.base);
    const url = `${s.base}/stories/stream-${backend.name}`;
    const held = await post(a, 'you traitor, held', url);
    const story = (await s.store.findStoryByUrl(s.server.deps.siteId, url))!;
    const ctrl = new AbortController();
    const res = await fetch(`${s.base}/api/v1/stories/events?storyUrl=${encodeURIComponent(url)}`, { signal: ctrl.signal });
    const stream = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await stream.read()).value);
    // A held comment's event on the story channel (as a buggy publisher would send it), then a public one.
    await s.server.deps.hub.publish(story.id, commentEvent((await s.store.getComment(held.id))!, { id: a.userId, displayName: 'A' }));
    const shown = await post(a, 'public words', url);
    while (!text.includes(shown.id)) text += decoder.decode((await stream.read()).value, { stream: true });
    ctrl.abort();
    expect(text).not.toContain(held.id);
    expect(text).not.toContain('you traitor');
  });
});
