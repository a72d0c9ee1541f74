// Stories over HTTP on SQLite and PostgreSQL: allowed URLs only, provisional page metadata, staff corrections, signatures.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, reader, start, type Running } from './harness';

const STORY_SECRET = 'story-secret-for-tests';
/** Written out here rather than imported: the canonical string as the README documents it. */
const sig = (url: string, title: string, entities: string[], secret = STORY_SECRET) =>
  createHmac('sha256', secret).update(['charcha-story-v1', url, title, ...entities].join('\n'), 'utf8').digest('hex');

/** A POST with a Host header of the caller's choosing (fetch will not send one). */
function postWithHost(base: string, path: string, host: string, body: unknown): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const data = JSON.stringify(body);
    const req = http.request({ host: u.hostname, port: u.port, path, method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

for (const backend of await backends('stories')) {
  describe(`stories (${backend.name})`, () => {
    let s: Running;
    beforeAll(async () => {
      s = await start(backend, { storySecret: STORY_SECRET, publicUrl: 'https://comments.news.example' });
      const site = (await s.store.getSite(s.server.deps.siteId))!;
      await s.store.saveSite({ ...site, origins: [...site.origins, 'https://news.example'] });
    });
    afterAll(async () => s?.stop());

    let n = 0;
    const url = (origin = 'https://news.example') => `${origin}/2026/story-${++n}-${Date.now()}`;
    const anon = () => new Client(s.base);
    const upsert = (body: Record<string, unknown>, headers?: Record<string, string>) => anon().post('/api/v1/stories', body, headers);
    const staff = async (role: 'moderator' | 'admin' | 'commenter') => {
      const c = await reader(s.base);
      await s.store.updateUser(c.userId, { role });
      return c;
    };

    it('opens stories only for URLs of the site\'s origins, the public URL and the server itself, whatever Origin or Host says', async () => {
      for (const ok of [url(), url('https://comments.news.example'), url(s.base)]) expect((await upsert({ url: ok, title: 'Fine' })).status).toBe(200);
      const foreign = url('https://evil.test');
      expectProblem(await upsert({ url: foreign, title: 'x' }), 403, 'story_url_not_allowed');
      expectProblem(await upsert({ url: foreign, title: 'x' }, { origin: 'https://news.example' }), 403, 'story_url_not_allowed');
      expectProblem(await upsert({ url: foreign, title: 'x' }, { origin: s.base }), 403, 'story_url_not_allowed');
      expect(await postWithHost(s.base, '/api/v1/stories', 'evil.test', { url: 'http://evil.test/a', title: 'x' })).toMatchObject({ status: 403, body: { code: 'story_url_not_allowed' } });
      // A look-alike origin is another origin.
      expectProblem(await upsert({ url: url('https://news.example.evil.test'), title: 'x' }), 403, 'story_url_not_allowed');
      expectProblem(await upsert({ url: url('http://news.example'), title: 'x' }), 403, 'story_url_not_allowed');
      // Reading a thread and posting a comment create stories too, under the same rule, bearer token or not.
      const c = await reader(s.base);
      expectProblem(await c.post('/api/v1/comments', { storyUrl: url('https://elsewhere.test'), body: 'hello' }), 403, 'story_url_not_allowed');
      expectProblem(await anon().get(`/api/v1/comments?storyUrl=${encodeURIComponent(url('https://elsewhere.test'))}`), 403, 'story_url_not_allowed');
      const mod = await staff('moderator');
      expectProblem(await mod.post('/api/v1/stories', { url: url('https://partner.test'), title: 'Syndicated' }), 403, 'story_url_not_allowed');
      expect(await s.store.findStoryByUrl(s.server.deps.siteId, foreign)).toBeUndefined();
    });

    it('records a page\'s metadata as provisional: later pages fill in only what is missing, nobody rewrites it', async () => {
      const u = url();
      const first = await upsert({ url: u, title: u });
      expect((await s.store.getStory(first.body.story.id))).toMatchObject({ title: u, entities: [], metadataSource: 'page' });
      await upsert({ url: u, title: 'Peskov speaks', entities: ['Peskov'] });
      expect(await s.store.getStory(first.body.story.id)).toMatchObject({ title: 'Peskov speaks', entities: ['Peskov'], metadataSource: 'page' });
      const mod = await staff('moderator');
      // Staff on the reader endpoint are a page like any other (corrections go through the audited admin endpoint).
      await mod.post('/api/v1/stories', { url: u, title: 'Someone else', entities: ['Someone Else'] });
      expect(await s.store.getStory(first.body.story.id)).toMatchObject({ title: 'Peskov speaks', entities: ['Peskov'] });
    });

    it('staff correct title and entities through PATCH /api/v1/admin/stories/:id, audited; pages cannot change them after', async () => {
      const u = url();
      const id = (await upsert({ url: u, title: 'Forged title', entities: ['Innocent Bystander'] })).body.story.id;
      const mod = await staff('moderator');
      const r = await mod.patch(`/api/v1/admin/stories/${id}`, { title: '  The real title ', entities: ['Dmitry Peskov', ' Dmitry Peskov '], note: 'page lied' });
      expect(r.status).toBe(200);
      expect(r.body.story).toMatchObject({ id, title: 'The real title', entities: ['Dmitry Peskov'], metadataSource: 'staff' });
      const audit = (await s.store.listAudit(1, 100_000)).filter((e) => e.targetId === id);
      expect(audit.map((e) => [e.action, e.actor, e.reason])).toEqual([['story.correct', mod.userId, 'page lied']]);
      await upsert({ url: u, title: 'Forged again', entities: ['Innocent Bystander'] });
      await upsert({ url: u, title: 'Signed after staff', signature: sig(u, 'Signed after staff', []) });
      expect(await s.store.getStory(id)).toMatchObject({ title: 'The real title', entities: ['Dmitry Peskov'], metadataSource: 'staff' });
      // closed/premoderation still work on the same endpoint; readers and grievance officers may not correct.
      expect((await mod.patch(`/api/v1/admin/stories/${id}`, { closed: true })).body.story).toMatchObject({ closed: true, title: 'The real title' });
      expectProblem(await (await reader(s.base)).patch(`/api/v1/admin/stories/${id}`, { title: 'Mine' }), 403, 'not_staff');
      const officer = await reader(s.base);
      await s.store.updateUser(officer.userId, { role: 'grievance_officer' });
      expectProblem(await officer.patch(`/api/v1/admin/stories/${id}`, { title: 'Mine' }), 403, 'forbidden');
      expectProblem(await mod.patch('/api/v1/admin/stories/nope', { title: 'x' }), 404, 'not_found');
      expect((await s.store.getStory(id))?.title).toBe('The real title');
    });

    it('takes publisher-signed metadata as authoritative, over a page\'s; refuses a bad signature with bad_story_signature', async () => {
      const u = url();
      const id = (await upsert({ url: u, title: 'First page wins?', entities: ['Wrong Person'] })).body.story.id;
      const entities = ['Dmitry Peskov', 'Recep Tayyip Erdoğan'];
      const signed = await upsert({ url: `${u}#comments`, title: 'Peskov in Istanbul', entities, signature: sig(u, 'Peskov in Istanbul', entities) });
      expect(signed.status).toBe(200);
      expect(await s.store.getStory(id)).toMatchObject({ title: 'Peskov in Istanbul', entities, metadataSource: 'publisher' });
      await upsert({ url: u, title: 'Unsigned page', entities: ['Wrong Person'] });
      expect(await s.store.getStory(id)).toMatchObject({ title: 'Peskov in Istanbul', entities });
      for (const body of [
        { url: u, title: 'Tampered', entities, signature: sig(u, 'Peskov in Istanbul', entities) },
        { url: u, title: 'Peskov in Istanbul', entities: ['Wrong Person'], signature: sig(u, 'Peskov in Istanbul', entities) },
        { url: u, title: 'Peskov in Istanbul', entities, signature: sig(u, 'Peskov in Istanbul', entities, 'not the secret') },
        { url: u, title: 'Peskov in Istanbul', entities, signature: 'not hex' },
      ]) expectProblem(await upsert(body), 400, 'bad_story_signature');
      expect(await s.store.getStory(id)).toMatchObject({ title: 'Peskov in Istanbul', entities });
      // A newer signature replaces an older one; a new story can be signed from the start.
      await upsert({ url: u, title: 'Peskov in Istanbul, updated', signature: sig(u, 'Peskov in Istanbul, updated', []) });
      expect(await s.store.getStory(id)).toMatchObject({ title: 'Peskov in Istanbul, updated', entities: [], metadataSource: 'publisher' });
      const fresh = url();
      const r = await upsert({ url: fresh, title: 'Signed first', entities: ['Zelensky'], signature: sig(fresh, 'Signed first', ['Zelensky']) });
      expect(await s.store.getStory(r.body.story.id)).toMatchObject({ title: 'Signed first', entities: ['Zelensky'], metadataSource: 'publisher' });
    });

    it('refuses signatures on a server without CHARCHA_STORY_SECRET', async () => {
      const plain = await start(backend);
      try {
        const u = `${plain.base}/stories/signed`;
        expectProblem(await new Client(plain.base).post('/api/v1/stories', { url: u, title: 'T', signature: sig(u, 'T', []) }), 400, 'bad_story_signature');
      } finally {
        await plain.stop();
      }
    });

    it('banned and suspended readers create no stories, comments, replies, reactions or reports', async () => {
      const author = await reader(s.base);
      const storyUrl = url();
      const c = (await author.post('/api/v1/comments', { storyUrl, body: 'a fine first comment' })).body.comment;
      for (const [status, code] of [['suspended', 'account_suspended'], ['banned', 'account_banned']] as const) {
        const b = await reader(s.base);
        await s.store.updateUser(b.userId, { status, suspendedUntil: status === 'suspended' ? new Date(Date.now() + 86_400_000).toISOString() : null });
        const fresh = url();
        expectProblem(await b.post('/api/v1/stories', { url: fresh, title: 'New' }), 403, code);
        expectProblem(await b.get(`/api/v1/comments?storyUrl=${encodeURIComponent(fresh)}`), 403, code);
        expectProblem(await b.post('/api/v1/comments', { storyUrl: fresh, body: 'x' }), 403, code);
        expect(await s.store.findStoryByUrl(s.server.deps.siteId, fresh)).toBeUndefined();
        // An existing story still loads for them, unchanged.
        const existing = await b.post('/api/v1/stories', { url: storyUrl, title: 'Renamed by a banned reader', entities: ['X'] });
        expect(existing.status).toBe(200);
        expect((await s.store.findStoryByUrl(s.server.deps.siteId, storyUrl))?.entities).toEqual([]);
        expectProblem(await b.post('/api/v1/comments', { storyUrl, body: 'x' }), 403, code);
        expectProblem(await b.post('/api/v1/comments', { storyUrl, parentId: c.id, body: 'x' }), 403, code);
        expectProblem(await b.post(`/api/v1/comments/${c.id}/reactions`), 403, code);
        expectProblem(await b.post(`/api/v1/comments/${c.id}/reports`, { reason: 'other', note: 'x' }), 403, code);
      }
      const fetched = await anon().get(`/api/v1/comments/${c.id}`);
      expect(fetched.body.comment).toMatchObject({ reactionCount: 0, replyCount: 0 });
      expect(await s.store.listReports(c.id)).toEqual([]);
    });
  });
}
