// The public /grievance page over real HTTP: the officer's contact, categories in both languages, the prefilled comment escaped, CSP, nosniff, its script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, start, type Running } from './harness';
import { CATEGORIES } from '../../src/web/grievance/categories';

const list = await backends('grievance page');

describe.each(list)('/grievance on $name', (backend) => {
  let s: Running;
  let anon: Client;
  // The officer comes from the site's settings through GET /api/v1/grievance-officer; markup in it must stay text.
  const officer = { name: 'Kavita <b>Rao</b>', email: 'grievance@news.example', phone: '+91 11 5555 0100', address: '12 Press Enclave, New Delhi & 110017' };
  beforeAll(async () => { s = await start(backend, { grievanceOfficer: officer }); anon = new Client(s.base); });
  afterAll(async () => { await s?.stop(); });

  it('serves the form with every category in English and Hindi, the 2-hour lane said aloud', async () => {
    const r = await anon.get('/grievance');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(CATEGORIES.map((c) => c.id).sort()).toEqual(['code_of_ethics', 'court_or_government_order', 'impersonation', 'intimate_imagery', 'other', 'privacy', 'unlawful_content']);
    for (const c of CATEGORIES) {
      expect(r.text).toContain(`value="${c.id}"`);
      expect(r.text).toContain(c.hi);
    }
    expect(r.text.match(/within 2 hours/g)).toHaveLength(2);
    expect(r.text).toMatch(/<script src="\/grievance\.js\?v=[\w-]+"><\/script>/);
  });

  it('shows the officer\'s name, contact and address, escaped', async () => {
    const r = await anon.get('/grievance');
    expect(r.text).toContain('<span id="officer-name">Kavita &#60;b&#62;Rao&#60;/b&#62;</span>');
    expect(r.text).toContain('href="mailto:grievance@news.example"');
    expect(r.text).toContain('+91 11 5555 0100');
    expect(r.text).toContain('12 Press Enclave, New Delhi &#38; 110017');
    expect(r.text).not.toContain('<b>Rao');
  });

  it('says so when no officer is published yet', async () => {
    const bare = await start(backend, { grievanceOfficer: null });
    try {
      const r = await new Client(bare.base).get('/grievance');
      expect(r.status).toBe(200);
      expect(r.text).toContain('has not yet named its grievance officer');
      expect(r.text).not.toContain('id="officer-name"');
    } finally { await bare.stop(); }
  });

  it('prefills ?comment= and escapes it', async () => {
    const plain = await anon.get('/grievance?comment=c_123');
    expect(plain.text).toContain('value="c_123"');
    const evil = await anon.get(`/grievance?comment=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(evil.status).toBe(200);
    expect(evil.text).not.toContain('<script>alert(1)');
    expect(evil.text).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it('serves its script as JavaScript with an ETag and 304 on a match', async () => {
    const r = await anon.get('/grievance.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(r.text).toContain('/api/v1/grievances');
    expect(r.text).not.toMatch(/\bimport\s*[{(*]|\brequire\(/);
    const again = await anon.get('/grievance.js', { 'if-none-match': r.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('links the demo pages to the grievance officer', async () => {
    const home = await anon.get('/');
    expect(home.text).toContain('href="/grievance"');
    const story = await anon.get(`/stories/${(await import('../../src/web/demo/stories')).stories[0].slug}`);
    expect(story.text).toContain('href="/grievance"');
  });
});
