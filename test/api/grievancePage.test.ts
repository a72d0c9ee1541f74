// The public /grievance page over real HTTP: categories in both languages, the prefilled comment escaped, CSP, nosniff and its script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, start, type Running } from './harness';
import { CATEGORIES } from '../../src/web/grievance/categories';
import { formatIst } from '../../src/web/grievance/ist';

const list = await backends('grievance page');

describe('formatIst', () => {
  it('shows UTC instants at UTC+05:30, across midnight and the year end', () => {
    expect(formatIst('2026-12-04T02:36:00.000Z')).toBe('4 Dec 2026, 08:06 IST');
    expect(formatIst('2026-12-31T20:00:00Z')).toBe('1 Jan 2027, 01:30 IST');
    expect(formatIst('not a date')).toBe('not a date');
  });
});

describe.each(list)('/grievance on $name', (backend) => {
  let s: Running;
  let anon: Client;
  beforeAll(async () => { s = await start(backend); anon = new Client(s.base); });
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
