// The staff gate runs before the body is read: non-staff callers get 401/403 whatever they send, never a schema message.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { Client, expectProblem, reader, start, type Running } from '../api/harness';
import { sqliteTestStore } from '../support/stores';

const writes: Array<[string, string]> = [
  ['POST', '/api/v1/admin/comments/00000000-0000-0000-0000-000000000000/actions'],
  ['POST', '/api/v1/admin/comments/bulk'],
  ['POST', '/api/v1/admin/users/x/actions'],
  ['POST', '/api/v1/admin/undo'],
  ['POST', '/api/v1/admin/policy'],
  ['PATCH', '/api/v1/admin/settings'],
  ['PATCH', '/api/v1/admin/stories/x'],
  ['POST', '/api/v1/admin/appeals/x/decision'],
  ['POST', '/api/v1/admin/webhooks'],
  ['PATCH', '/api/v1/admin/webhooks/x'],
  ['POST', '/api/v1/admin/webhooks/x/test'],
];

describe('staff gate before validation (sqlite)', () => {
  let s: Running;
  beforeAll(async () => { s = await start({ name: 'sqlite', open: sqliteTestStore }); });
  afterAll(async () => s?.stop());

  for (const [method, url] of writes) {
    it(`${method} ${url} with an empty, a wrong and a malformed body: 401 anonymous, 403 reader`, async () => {
      const commenter = await reader(s.base);
      for (const body of [{}, { action: 42, ids: 'x' }, '{"broken":']) {
        const anon = await new Client(s.base).req(method, url, body);
        expectProblem(anon, 401, 'unauthorized');
        expectProblem(await commenter.req(method, url, body), 403, 'not_staff');
      }
    });
  }

  it('the query string of a staff read is not validated for anonymous callers either', async () => {
    expectProblem(await (await reader(s.base)).req('GET', '/api/v1/admin/queue?queue=nonsense&limit=-1'), 403, 'not_staff');
  });
});
