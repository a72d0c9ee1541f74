// The policy per language over HTTP: the Hindi default, a staff translation (audited), and the language recorded at acceptance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_TEXT } from '../../src/actions/ensureDefaultSite';
import { DEFAULT_POLICY_TEXT_HI } from '../../src/actions/policyTexts';
import { staffed, type Staffed } from '../admin/setup';
import { backends, expectProblem, reader } from './harness';

for (const backend of await backends('policy texts')) {
  describe(`policy per language (${backend.name})`, () => {
    let s: Staffed;
    beforeAll(async () => { s = await staffed(backend); });
    afterAll(() => s?.run.stop());

    it('serves the Hindi default to a Hindi reader and the English text otherwise, naming the language', async () => {
      const hi = await s.anon.get('/api/v1/policy?lang=hi-IN');
      expect(hi.body).toEqual({ version: 1, text: DEFAULT_POLICY_TEXT_HI, lang: 'hi', languages: ['en', 'hi'] });
      for (const q of ['', '?lang=en', '?lang=fr', '?lang=%3Cscript%3E']) {
        const r = await s.anon.get('/api/v1/policy' + q);
        expect(r.status).toBe(200);
        expect(r.body).toMatchObject({ version: 1, text: DEFAULT_POLICY_TEXT, lang: 'en' });
      }
    });

    it('records the language accepted, and refuses one the version has no text in', async () => {
      const r = await reader(s.run.base, { accept: false });
      expectProblem(await r.post('/api/v1/policy/accept', { version: 1, lang: 'bn' }), 400, 'policy_lang_unavailable');
      expect((await r.post('/api/v1/policy/accept', { version: 1, lang: 'hi' })).status).toBe(200);
      const consents = (await s.run.store.listConsents(r.userId)).filter((c) => c.purpose === 'comment_policy');
      expect(consents.map((c) => [c.action, c.noticeVersion, c.lang])).toEqual([['give', 1, 'hi']]);
    });

    it('lets an admin publish a translation of the current version (audited), keeps it per version, and refuses bad input', async () => {
      expectProblem(await s.mod.post('/api/v1/admin/policy/texts', { lang: 'bn', text: 'বাংলা' }), 403, 'forbidden');
      expectProblem(await s.admin.post('/api/v1/admin/policy/texts', { lang: 'en', text: 'x' }), 400, 'invalid_language');
      expectProblem(await s.admin.post('/api/v1/admin/policy/texts', { lang: 'not a tag', text: 'x' }), 400, 'invalid_language');
      const p = await s.admin.post('/api/v1/admin/policy/texts', { lang: 'bn', text: 'এখানে প্রকাশিত মতামত লেখকের নিজের।' });
      expect(p.status).toBe(201);
      expect(p.body.policyText).toMatchObject({ version: 1, lang: 'bn' });
      const audit = (await s.run.store.listAudit(1, 100_000)).filter((e) => e.action === 'policy.translate');
      expect(audit.map((e) => [e.actor, e.reason])).toEqual([[s.admin.userId, 'v1 bn']]);
      expect((await s.anon.get('/api/v1/policy?lang=bn')).body).toMatchObject({ lang: 'bn', languages: ['en', 'bn', 'hi'] });
      // A new version starts with its base text only: the old translations stay with version 1.
      expect((await s.admin.post('/api/v1/admin/policy', { text: 'Policy two.' })).status).toBe(201);
      expect((await s.anon.get('/api/v1/policy?lang=hi')).body).toEqual({ version: 2, text: 'Policy two.', lang: 'en', languages: ['en'] });
      expect((await s.run.store.getPolicyText(s.run.server.deps.siteId, 1, 'hi'))?.text).toBe(DEFAULT_POLICY_TEXT_HI);
    });
  });
}
