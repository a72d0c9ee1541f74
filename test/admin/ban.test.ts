// A ban or suspension of a staff member takes effect at once: every staff route, held comments and revisions, open streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem, type Client } from '../api/harness';
import { staffEndpoints } from './endpoints';
import { staffed, type Staffed } from './setup';

const list = await backends('admin ban');

/** Opens the staff stream as `who`; `until(text)` reads until text appears, `rest()` reads to the end (or a timeout). */
async function staffStream(base: string, who: Client) {
  const ctrl = new AbortController();
  const res = await fetch(`${base}/api/v1/admin/events`, { headers: { authorization: `Bearer ${who.token}` }, signal: ctrl.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = decoder.decode((await reader.read()).value);
  expect(text).toContain('staff stream');
  const read = async (stop: (t: string) => boolean, ms: number): Promise<{ text: string; ended: boolean }> => {
    const deadline = Date.now() + ms;
    while (!stop(text)) {
      const left = deadline - Date.now();
      if (left <= 0) return { text, ended: false };
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), left))]);
      if (chunk === null) return { text, ended: false };
      if (chunk.done) return { text, ended: true };
      text += decoder.decode(chunk.value, { stream: true });
    }
    return { text, ended: false };
  };
  return { read, close: () => ctrl.abort() };
}

describe.each(list)('banned and suspended staff lose every staff power at once ($name)', (backend) => {
  let s: Staffed;
  let held: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    s = await staffed(backend);
    held = (await s.post('you idiot, this is held for review')).id;
    // A second revision, also held: the history staff could read before.
    expect((await s.author.patch(`/api/v1/comments/${held}`, { body: 'you idiot, held again' })).status).toBe(200);
    const story = await s.run.store.findStoryByUrl(s.run.server.deps.siteId, s.storyUrl);
    ids = { ':c': held, ':u': s.author.userId, ':s': story!.id };
  });
  afterAll(async () => { await s?.run.stop(); });

  const fill = (x: string) => x.replace(/:[cus]\b/g, (k) => ids[k]);
  const call = (c: Client, method: string, url: string, body?: unknown) =>
    c.req(method, fill(url), body === undefined ? undefined : JSON.parse(fill(JSON.stringify(body))));

  it('before: the moderator reads the held comment, its revisions and the live queue', async () => {
    expect((await s.mod.get(`/api/v1/comments/${held}`)).status).toBe(200);
    expect((await s.mod.get(`/api/v1/comments/${held}/revisions`)).body.revisions).toHaveLength(2);
    expect((await s.mod.get(`/api/v1/admin/comments/${held}`)).status).toBe(200);
  });

  it('a ban lands on an open stream: no further held event reaches it, and it closes', async () => {
    const stream = await staffStream(s.run.base, s.mod);
    const first = (await s.post('you idiot, first of two')).id;
    expect((await s.admin.post(`/api/v1/admin/comments/${first}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    expect((await stream.read((t) => t.includes(first), 5000)).text).toContain(first);
    expect((await s.admin.post(`/api/v1/admin/users/${s.mod.userId}/actions`, { action: 'ban' })).status).toBe(200);
    const second = (await s.post('you idiot, second of two')).id;
    expect((await s.admin.post(`/api/v1/admin/comments/${second}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    const after = await stream.read((t) => t.includes(second), 3000);
    stream.close();
    expect(after.text).not.toContain(second);
    expect(after.ended).toBe(true);
  });

  it('after the ban: every staff route answers 403, held comments and revisions 404', async () => {
    for (const [method, url, body] of staffEndpoints) {
      const r = await call(s.mod, method, url, body);
      expectProblem(r, 403, 'account_banned');
      expect(Object.keys(r.body).sort(), `${method} ${url}`).toEqual(['code', 'detail', 'status', 'title', 'type']);
    }
    expectProblem(await s.mod.get(`/api/v1/comments/${held}`), 404, 'not_found');
    expectProblem(await s.mod.get(`/api/v1/comments/${held}/revisions`), 404, 'not_found');
    // …and nothing the refused calls asked for happened.
    expect((await s.run.store.getComment(held))!.status).toBe('review');
  });

  it('a suspended grievance officer has no staff powers while the suspension runs', async () => {
    expect((await s.officer.get(`/api/v1/comments/${held}/revisions`)).status).toBe(200);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await s.run.store.updateUser(s.officer.userId, { status: 'suspended', suspendedUntil: until });
    for (const [method, url, body] of staffEndpoints) expectProblem(await call(s.officer, method, url, body), 403, 'account_suspended');
    expectProblem(await s.officer.get(`/api/v1/comments/${held}`), 404, 'not_found');
    expectProblem(await s.officer.get(`/api/v1/comments/${held}/revisions`), 404, 'not_found');
    // Once the suspension has run out, the powers are back.
    await s.run.store.updateUser(s.officer.userId, { suspendedUntil: new Date(Date.now() - 1000).toISOString() });
    expect((await s.officer.get('/api/v1/admin/queue?queue=review')).status).toBe(200);
    expect((await s.officer.get(`/api/v1/comments/${held}/revisions`)).status).toBe(200);
  });

  it('a banned moderator creates no story, even on the site\'s own origin', async () => {
    const r = await s.mod.post('/api/v1/stories', { url: `${s.run.base}/stories/by-banned-mod`, title: 'Rewritten' });
    expectProblem(r, 403, 'account_banned');
  });
});
