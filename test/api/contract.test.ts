// The API contract over real HTTP on loopback, against SQLite and PostgreSQL: the same cases for both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, reader, start, type Running } from './harness';

const list = await backends('api contract');

describe.each(list)('API contract on $name', (backend) => {
  let s: Running;
  let storyUrl: string;
  beforeAll(async () => {
    s = await start(backend);
    storyUrl = `${s.base}/stories/peskov-istanbul`;
  });
  afterAll(async () => s?.stop());

  const anon = () => new Client(s.base);

  it('GET /healthz answers {"status":"ok"}', async () => {
    const r = await anon().get('/healthz');
    expect(r.status).toBe(200);
    expect(r.text).toBe('{"status":"ok"}');
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const r = await anon().get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/v1/comments', '/api/v1/auth/register', '/api/v1/stories/events']));
    // Every reader-facing API operation documents its success response (staff routes have their own suite).
    const undocumented: string[] = [];
    for (const [p, ops] of Object.entries<any>(r.body.paths)) {
      if (!p.startsWith('/api/') || /\/admin\/|\/appeal|moderation-log/.test(p)) continue;
      for (const [method, op] of Object.entries<any>(ops)) {
        const ok = Object.entries<any>(op.responses ?? {}).find(([code]) => code.startsWith('2'));
        if (!ok || (!ok[1].content && p !== '/api/v1/stories/events')) undocumented.push(`${method} ${p} response`);
      }
    }
    expect(undocumented).toEqual([]);
    expect(r.body.paths['/api/v1/comments'].post.requestBody.content['application/json'].schema.required).toEqual(['storyUrl', 'body']);
    const docs = await anon().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('<html');
  });

  it('registers (201 {user:{id,displayName},token}) and refuses a second account for the same email', async () => {
    const c = anon();
    const r = await c.post('/api/v1/auth/register', { email: 'Meera@Example.test', password: 'long enough', displayName: 'Meera' });
    expect(r.status).toBe(201);
    expect(r.body.user).toEqual({ id: expect.any(String), displayName: 'Meera' });
    expect(r.body.token).toMatch(/^[\w-]{40,}$/);
    expectProblem(await c.post('/api/v1/auth/register', { email: 'meera@example.test', password: 'long enough', displayName: 'M2' }), 409, 'email_taken');
  });

  it('logs in (200 {user,token} + httpOnly SameSite cookie) and refuses a wrong password', async () => {
    const c = anon();
    await c.post('/api/v1/auth/register', { email: 'login@example.test', password: 'pass phrase', displayName: 'Lal' });
    const r = await c.post('/api/v1/auth/login', { email: 'LOGIN@example.test', password: 'pass phrase' });
    expect(r.status).toBe(200);
    expect(r.body.user.displayName).toBe('Lal');
    expect(typeof r.body.token).toBe('string');
    const cookies = r.headers.getSetCookie();
    expect(cookies.find((x) => x.startsWith('charcha_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((x) => x.startsWith('charcha_session='))).toMatch(/SameSite=Lax/);
    expectProblem(await c.post('/api/v1/auth/login', { email: 'login@example.test', password: 'wrong pass' }), 401, 'invalid_credentials');
    expectProblem(await c.post('/api/v1/auth/login', { email: 'nobody@example.test', password: 'wrong pass' }), 401, 'invalid_credentials');
  });

  it('turns malformed input into problem+json: invalid_json, validation_failed naming the field, 413, 404, 415', async () => {
    const c = anon();
    expectProblem(await c.post('/api/v1/auth/register', '{"email": "x@y.z",'), 400, 'invalid_json');
    const v = await c.post('/api/v1/auth/register', { email: 'not-an-email', password: 'long enough', displayName: 'X' });
    expectProblem(v, 400, 'validation_failed');
    expect(v.body.detail).toContain('email');
    const missing = await c.post('/api/v1/auth/register', { email: 'a@b.test', displayName: 'X' });
    expectProblem(missing, 400, 'validation_failed');
    expect(missing.body.detail).toContain('password');
    expectProblem(await c.post('/api/v1/auth/register', { email: 'a@b.test', password: 'x'.repeat(70_000), displayName: 'X' }), 413, 'payload_too_large');
    expectProblem(await c.get('/api/v1/nothing-here'), 404, 'not_found');
    expectProblem(await c.post('/api/v1/auth/login', 'email=a', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    const q = await c.get('/api/v1/comments?storyUrl=x&sort=sideways');
    expectProblem(q, 400, 'validation_failed');
    expect(q.body.detail).toContain('sort');
  });

  it('never answers 500 to hostile input', async () => {
    const c = await reader(s.base);
    const bodies = ['null', '[]', '"x"', '1', '{"__proto__":{"x":1}}', '{"storyUrl":{"$gt":""},"body":[]}', '\u0000', '{"body":"' + '\ud800' + '"}'];
    const paths = ['/api/v1/comments', '/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/policy/accept', '/api/v1/stories', '/api/v1/moderation/check', '/api/v1/comments/x/reports'];
    for (const p of paths) for (const b of bodies) {
      const r = await c.post(p, b);
      expect(r.status, `${p} ${b} → ${r.text}`).toBeLessThan(500);
      expect(r.status, `${p} ${b}`).toBeGreaterThanOrEqual(400);
    }
    expect((await c.get('/api/v1/comments?storyUrl=' + encodeURIComponent(storyUrl) + '&cursor=garbage')).status).toBeLessThan(500);
    expect((await c.get('/api/v1/comments/%E0%A4%A')).status).toBeLessThan(500);
    for (const bad of [{ storyUrl, body: 'a\u0000b' }, { storyUrl, body: 'a\ud800b' }, { storyUrl: `${storyUrl}\u0000`, body: 'x' }]) {
      expectProblem(await c.post('/api/v1/comments', bad), 400, 'invalid_characters');
    }
    expectProblem(await anon().post('/api/v1/auth/register', { email: 'nul@x.test', password: 'long enough', displayName: 'a\u0000' }), 400, 'invalid_characters');
    expectProblem(await c.get(`/api/v1/comments/${encodeURIComponent('a\u0000')}`), 400, 'invalid_characters');
    expectProblem(await c.get(`/api/v1/comments?storyUrl=${encodeURIComponent(`${storyUrl}\u0000`)}`), 400, 'invalid_characters');
    expect((await anon().get('/healthz')).status).toBe(200);
  });

  it('serves the policy and records its acceptance; a wrong version is policy_version_mismatch', async () => {
    const c = await reader(s.base, { accept: false });
    const p = await c.get('/api/v1/policy');
    expect(p.body).toEqual({ version: 1, text: expect.stringContaining('Legal action will be taken'), lang: 'en', languages: ['en', 'hi'] });
    expectProblem(await c.post('/api/v1/comments', { storyUrl, body: 'Hello' }), 403, 'policy_not_accepted');
    expectProblem(await c.post('/api/v1/policy/accept', { version: 2 }), 400, 'policy_version_mismatch');
    const a = await c.post('/api/v1/policy/accept', { version: 1 });
    expect(a.status).toBe(200);
    expect((await c.get('/api/v1/auth/session')).body).toMatchObject({ policyAccepted: true, policyVersion: 1 });
    const audit = await s.store.listAudit(1, 10_000);
    expect(audit.some((e) => e.action === 'policy.accept' && e.actor === c.userId)).toBe(true);
  });

  it('requires credentials: 401 without, invalid_token for an unknown bearer', async () => {
    expectProblem(await anon().post('/api/v1/comments', { storyUrl, body: 'x' }), 401, 'unauthorized');
    expectProblem(await new Client(s.base, 'not-a-token').post('/api/v1/comments', { storyUrl, body: 'x' }), 401, 'invalid_token');
  });

  it('upserts stories only for URLs of allowed origins', async () => {
    const c = anon();
    const url = `${s.base}/stories/lukashenko`;
    const ok = await c.post('/api/v1/stories', { url, title: 'Lukashenko ready to talk', entities: ['Lukashenko', 'Zelensky'] }, { origin: s.base });
    expect(ok.status).toBe(200);
    expect(ok.body.story).toMatchObject({ url, title: 'Lukashenko ready to talk', closed: false });
    // A reader-side caller cannot rewrite a story's title or named entities once set (only staff can, see stories.test.ts).
    const again = await c.post('/api/v1/stories', { url, title: 'Lukashenko, Zelensky', entities: ['Someone Else'] }, { origin: s.base });
    expect(again.body.story).toMatchObject({ id: ok.body.story.id, title: 'Lukashenko ready to talk' });
    expect((await s.store.getStory(ok.body.story.id))?.entities).toEqual(['Lukashenko', 'Zelensky']);
    // The story URL decides, whatever the Origin header says.
    expectProblem(await c.post('/api/v1/stories', { url: 'https://evil.test/x', title: 'x' }, { origin: 'https://evil.test' }), 403, 'story_url_not_allowed');
    expectProblem(await c.post('/api/v1/stories', { url: 'https://evil.test/x', title: 'x' }, { origin: s.base }), 403, 'story_url_not_allowed');
    expectProblem(await c.post('/api/v1/stories', { url: 'https://evil.test/x', title: 'x' }), 403, 'story_url_not_allowed');
  });

  it('cookie sessions need the CSRF header for writes; bearer requests do not', async () => {
    const b = await reader(s.base);
    const login = await anon().post('/api/v1/auth/login', { email: (b as any).email, password: 'correct horse' });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const widget = new Client(s.base, undefined, cookie);
    const session = await widget.get('/api/v1/auth/session');
    expect(session.body.user.id).toBe(b.userId);
    expect(session.body.csrf).toBe(login.body.csrf);
    expectProblem(await widget.post('/api/v1/comments', { storyUrl, body: 'from the widget' }), 403, 'csrf_failed');
    widget.csrf = 'wrong';
    expectProblem(await widget.post('/api/v1/comments', { storyUrl, body: 'from the widget' }), 403, 'csrf_failed');
    widget.csrf = session.body.csrf;
    expect((await widget.post('/api/v1/comments', { storyUrl, body: 'from the widget' })).status).toBe(201);
    expect((await widget.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await widget.get('/api/v1/auth/session')).body.user).toBeNull();
  });

  it('logout ends a bearer session; suspended and banned accounts cannot write', async () => {
    const a = await reader(s.base);
    expect((await a.post('/api/v1/auth/logout')).status).toBe(200);
    expectProblem(await a.post('/api/v1/comments', { storyUrl, body: 'x' }), 401, 'invalid_token');
    const b = await reader(s.base);
    await s.store.updateUser(b.userId, { status: 'suspended', suspendedUntil: new Date(Date.now() + 86_400_000).toISOString() });
    expectProblem(await b.post('/api/v1/comments', { storyUrl, body: 'x' }), 403, 'account_suspended');
    await s.store.updateUser(b.userId, { status: 'banned', suspendedUntil: null });
    expectProblem(await b.post('/api/v1/comments', { storyUrl, body: 'x' }), 403, 'account_banned');
  });

  it('audits staff sign-ins; staff API clients may upsert stories of the site without an Origin, not of other sites', async () => {
    const m = await reader(s.base, { accept: false });
    await s.store.updateUser(m.userId, { role: 'moderator' });
    const login = await anon().post('/api/v1/auth/login', { email: (m as any).email, password: 'correct horse' });
    expect(login.status).toBe(200);
    const audit = await s.store.listAudit(1, 100_000);
    expect(audit.filter((e) => e.action === 'auth.login' && e.actor === m.userId).length).toBe(1); // one sign-in, one entry (bearer + cookie sessions)
    const st = await new Client(s.base, login.body.token).post('/api/v1/stories', { url: `${s.base}/stories/syndicated`, title: 'Syndicated' });
    expect(st.status).toBe(200);
    expect(st.body.story.url).toBe(`${s.base}/stories/syndicated`);
    expectProblem(await new Client(s.base, login.body.token).post('/api/v1/stories', { url: 'https://partner.test/a', title: 'Syndicated' }), 403, 'story_url_not_allowed');
    const r = await anon().post('/api/v1/auth/login', { email: (await reader(s.base) as any).email, password: 'correct horse' });
    expect(r.status).toBe(200);
    expect((await s.store.listAudit(1, 100_000)).filter((e) => e.action === 'auth.login').length).toBe(1); // readers' sign-ins are not audited
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const ok = await anon().req('OPTIONS', '/api/v1/comments', undefined, { origin: 'http://localhost:0', 'access-control-request-method': 'POST' });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:0');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const no = await anon().req('OPTIONS', '/api/v1/comments', undefined, { origin: 'https://evil.test', 'access-control-request-method': 'POST' });
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

});
