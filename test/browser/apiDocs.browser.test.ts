// Browser test of the API docs page: no console error (CSP included), it loads the README's OpenAPI URL, every operation is documented.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_URL } from '../../src/http/openapiDocs';
import { requireChromium, startHarness, type Harness } from './harness';

describe.runIf(requireChromium('the API docs browser test'))('API docs in a real browser', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h?.close());

  it('documents every operation with a summary, a description and a resource tag, and hides the demo pages', async () => {
    const doc = await (await fetch(h.server.url + OPENAPI_URL)).json();
    const ops = Object.entries<Record<string, { summary?: string; description?: string; tags?: string[] }>>(doc.paths)
      .flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ at: `${m.toUpperCase()} ${p}`, ...op })));
    expect(ops.length).toBeGreaterThan(60);
    for (const op of ops) {
      expect(op.summary, op.at).toMatch(/\S/);
      expect(op.description, op.at).toMatch(/\S/);
      expect(op.tags?.length, op.at).toBe(1);
    }
    expect(Object.keys(doc.paths)).not.toContain('/');
    expect(Object.keys(doc.paths)).not.toContain('/stories/{slug}');
    // The README names the same URL the docs page loads.
    expect(readFileSync('README.md', 'utf8')).toContain(`\`${OPENAPI_URL}\``);
  });

  it('loads the docs page without a console error and from the README\'s URL', { timeout: 60_000 }, async () => {
    const page = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(e.message));
    const specRequests: string[] = [];
    page.on('request', (r) => { if (/openapi\.json|\/api\/docs\/json/.test(r.url())) specRequests.push(new URL(r.url()).pathname); });
    await page.goto(`${h.server.url}/api/docs`);
    await page.locator('.opblock-tag').first().waitFor();
    expect(specRequests).toEqual([OPENAPI_URL]);
    expect(await page.locator('.opblock-tag', { hasText: 'comments' }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(problems.filter((p) => /Content Security Policy|Refused/i.test(p) || p.startsWith('error'))).toEqual([]);
    await page.screenshot({ path: '/work/screens/widget/api-docs.png' });
  });
});
