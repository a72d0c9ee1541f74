// A signed-in reader's thread page is the shared page of the story version plus their overlay: their own held comments,
// their reactions. Over real HTTP on SQLite and PostgreSQL: what each reader sees, and that every write shows at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, reader, start, widgetClient, type Running } from './harness';

const list = await backends('api thread overlay');

describe.each(list)('signed-in thread pages on $name', (backend) => {
  let s: Running;
  beforeAll(async () => {
    s = await start(backend);
    const site = (await s.store.getSite(s.server.deps.siteId))!;
    await s.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: ['traitor'] } } });
  });
  afterAll(async () => s?.stop());

  const ids = (r: { body: any }) => r.body.comments.map((c: any) => c.id);
  const page = (url: string, extra = '') => `/api/v1/comments?storyUrl=${encodeURIComponent(url)}${extra}`;

  it('shows a reader their own held comments and replies in place, and nobody else, whoever loads the page first', async () => {
    const url = `${s.base}/stories/overlay-held`;
    const [author, other] = [await reader(s.base), await reader(s.base)];
    const anon = new Client(s.base);
    const a = (await other.post('/api/v1/comments', { storyUrl: url, body: 'First, a fair point.' })).body.comment;
    const b = (await other.post('/api/v1/comments', { storyUrl: url, body: 'Second, another point.' })).body.comment;
    // The anonymous page is cached before the author's held comments exist and after.
    expect(ids(await anon.get(page(url)))).toEqual([b.id, a.id]);
    const held = (await author.post('/api/v1/comments', { storyUrl: url, body: 'A traitor, some say.' })).body.comment;
    const heldReply = (await author.post('/api/v1/comments', { storyUrl: url, parentId: a.id, body: 'Only a traitor would say so.' })).body.comment;
    const mine = (await author.post('/api/v1/comments', { storyUrl: url, parentId: a.id, body: 'I agree with this.' })).body.comment;
    expect([held.status, heldReply.status, mine.status]).toEqual(['review', 'review', 'approved']);
    expect(ids(await anon.get(page(url)))).toEqual([b.id, a.id, mine.id]);
    const own = await author.get(page(url));
    expect(ids(own)).toEqual([held.id, b.id, a.id, heldReply.id, mine.id]);
    const byId = new Map(own.body.comments.map((c: any) => [c.id, c]));
    // The author's own comments come in full (verdict, edit window); others' as the public sees them.
    expect(byId.get(held.id)).toMatchObject({ status: 'review', body: 'A traitor, some say.', moderation: { decision: 'review' }, editableUntil: expect.any(String) });
    expect(byId.get(mine.id)).toMatchObject({ status: 'approved', moderation: { decision: 'approve' } });
    expect(byId.get(a.id)).not.toHaveProperty('moderation');
    // The cache the author's page came from does not leak it: others and the anonymous page still see only public ones.
    expect(ids(await other.get(page(url)))).toEqual([b.id, a.id, mine.id]);
    expect(ids(await anon.get(page(url)))).toEqual([b.id, a.id, mine.id]);
    const otherPage = await other.get(page(url));
    expect(otherPage.body.comments.find((c: any) => c.id === mine.id)).not.toHaveProperty('moderation');
    // Pages and cursors: the held top-level comment takes its place on the author's first page of two.
    const first = await author.get(page(url, '&limit=2'));
    expect(ids(first)).toEqual([held.id, b.id]);
    const second = await author.get(page(url, `&limit=2&cursor=${first.body.nextCursor}`));
    expect(ids(second)).toEqual([a.id, heldReply.id, mine.id]);
    expect(second.body.nextCursor).toBeNull();
    expect(ids(await anon.get(page(url, '&limit=2')))).toEqual([b.id, a.id, mine.id]);
    // The widget's cookie session gets the same page as the bearer token.
    const widget = await widgetClient(s.base, (author as any).email);
    expect(ids(await widget.get(page(url)))).toEqual(ids(own));
  });

  it('marks what the reader reacted to, and every write shows on the next signed-in page', async () => {
    const url = `${s.base}/stories/overlay-writes`;
    const [me, other] = [await reader(s.base), await reader(s.base)];
    const c1 = (await other.post('/api/v1/comments', { storyUrl: url, body: 'One view.' })).body.comment;
    const c2 = (await other.post('/api/v1/comments', { storyUrl: url, body: 'Another view.' })).body.comment;
    const flags = async (who: Client) => Object.fromEntries((await who.get(page(url))).body.comments.map((c: any) => [c.id, [c.reacted, c.reactionCount]]));
    expect(await flags(me)).toEqual({ [c1.id]: [false, 0], [c2.id]: [false, 0] });
    expect((await me.post(`/api/v1/comments/${c1.id}/reactions`)).status).toBe(200);
    expect(await flags(me)).toEqual({ [c1.id]: [true, 1], [c2.id]: [false, 0] });
    // Another reader sees the count, not my flag; the anonymous page has no flags at all.
    expect(await flags(other)).toEqual({ [c1.id]: [false, 1], [c2.id]: [false, 0] });
    expect((await new Client(s.base).get(page(url))).body.comments.every((c: any) => !('reacted' in c))).toBe(true);
    expect((await me.del(`/api/v1/comments/${c1.id}/reactions`)).status).toBe(200);
    expect(await flags(me)).toEqual({ [c1.id]: [false, 0], [c2.id]: [false, 0] });
    // A new comment, an edit and a withdrawal each show on the very next page.
    const c3 = (await other.post('/api/v1/comments', { storyUrl: url, body: 'A third view.' })).body.comment;
    expect(ids(await me.get(page(url)))).toEqual([c3.id, c2.id, c1.id]);
    expect((await other.patch(`/api/v1/comments/${c3.id}`, { body: 'A third view, edited.' })).status).toBe(200);
    expect((await me.get(page(url))).body.comments[0].body).toBe('A third view, edited.');
    const held = (await me.post('/api/v1/comments', { storyUrl: url, body: 'A traitor wrote this.' })).body.comment;
    expect(ids(await me.get(page(url)))).toEqual([held.id, c3.id, c2.id, c1.id]);
    expect((await me.del(`/api/v1/comments/${held.id}`)).status).toBe(200);
    const after = (await me.get(page(url))).body.comments;
    expect(after.find((c: any) => c.id === held.id)).toMatchObject({ status: 'withdrawn' });
    expect((await other.del(`/api/v1/comments/${c2.id}`)).status).toBe(200);
    expect(ids(await me.get(page(url)))).not.toContain(c2.id);
  });
});
