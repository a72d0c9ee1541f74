// Every numeric query parameter is a finite integer within its bounds or a 400; deep JSON is a 400 json_too_deep, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { backends, Client, expectProblem, reader, start, type Running } from './harness';

const BAD = ['Infinity', '-Infinity', '1e999', 'NaN', '1.5', '-1', '1e300'];

for (const backend of await backends('query numbers')) {
  describe(`query numbers and deep JSON on ${backend.name}`, () => {
    let s: Running;
    let admin: Client;
    let storyUrl: string;
    beforeAll(async () => {
      s = await start(backend);
      await ensureAdminUser({ store: s.store, now: () => new Date() }, { siteId: s.server.deps.siteId, email: 'admin@example.test', password: 'admin password' });
      admin = new Client(s.base);
      admin.token = (await admin.post('/api/v1/auth/login', { email: 'admin@example.test', password: 'admin password' })).body.token;
      storyUrl = encodeURIComponent(`${s.base}/stories/numbers`);
      // Some history, so an unbounded page would have something to return.
      const c = await reader(s.base);
      for (let i = 0; i < 3; i++) expect((await c.post('/api/v1/comments', { storyUrl: `${s.base}/stories/numbers`, body: `comment ${i}` })).status).toBe(201);
    });
    afterAll(async () => s?.stop());

    /** Each endpoint with a numeric query parameter, the parameter, and who asks. */
    const cases = (): [string, string, Client][] => [
      ['/api/v1/moderation-log?', 'limit', new Client(s.base)],
      ['/api/v1/moderation-log?', 'before', new Client(s.base)],
      ['/moderation-log?', 'limit', new Client(s.base)],
      ['/moderation-log?', 'before', new Client(s.base)],
      [`/api/v1/comments?storyUrl=${storyUrl}&`, 'limit', new Client(s.base)],
      ['/api/v1/admin/queue?queue=all&', 'limit', admin],
      ['/api/v1/admin/queue?queue=all&', 'offset', admin],
      ['/api/v1/admin/audit?', 'limit', admin],
      ['/api/v1/admin/audit?', 'from', admin],
      ['/api/v1/admin/audit?latest=true&', 'before', admin],
      ['/api/v1/admin/stats?', 'days', admin],
    ];

    it('answers a sensible value with 200 on every endpoint', async () => {
      for (const [path, name, client] of cases()) {
        const r = await client.get(`${path}${name}=2`);
        expect(r.status, `${path}${name}: ${r.text.slice(0, 200)}`).toBe(200);
      }
    });

    it('refuses Infinity, -Infinity, 1e999, NaN, 1.5, -1 and 1e300 with 400 validation_failed naming the parameter', async () => {
      for (const [path, name, client] of cases()) {
        for (const bad of BAD) {
          const r = await client.get(`${path}${name}=${bad}`);
          try {
            expectProblem(r, 400, 'validation_failed');
          } catch (err) {
            throw new Error(`${path}${name}=${bad}: ${(err as Error).message}`);
          }
          expect(r.body.detail, `${path}${name}=${bad}`).toContain(`querystring.${name}`);
        }
      }
    });

    it('answers JSON nested 4,000 deep with 400 json_too_deep on anonymous and signed-in endpoints', async () => {
      const deepArray = '['.repeat(4000) + ']'.repeat(4000);
      const deepObject = '{"a":'.repeat(4000) + '1' + '}'.repeat(4000);
      const c = await reader(s.base);
      const calls: [Client, string][] = [
        [new Client(s.base), '/api/v1/auth/register'],
        [new Client(s.base), '/api/v1/auth/login'],
        [new Client(s.base), '/api/v1/auth/sso'],
        [c, '/api/v1/comments'],
        [c, '/api/v1/moderation/check'],
        [admin, '/api/v1/admin/undo'],
      ];
      for (const [client, path] of calls) {
        for (const body of [deepArray, deepObject]) {
          const r = await client.post(path, body);
          try {
            expectProblem(r, 400, 'json_too_deep');
          } catch (err) {
            throw new Error(`${path}: ${(err as Error).message}`);
          }
        }
      }
    });

    it('still reads nesting up to 32 levels as a schema question, not a depth one', async () => {
      const r = await new Client(s.base).post('/api/v1/auth/login', { email: 'a@b.test', password: 'x', extra: JSON.parse('['.repeat(30) + ']'.repeat(30)) });
      expect(r.body?.code).not.toBe('json_too_deep');
      expectProblem(await new Client(s.base).post('/api/v1/auth/login', '['.repeat(33) + ']'.repeat(33)), 400, 'json_too_deep');
    });
  });
}
