// Browser test: the way to the grievance desk — the widget's footer link and each comment's "Legal complaint" in the report
// menu — and the /grievance form on a 375 px phone with nothing scrolling sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { apiPost, apiReader, pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

describe.runIf(requireChromium('the grievance links browser test'))('links to the grievance desk in a real browser', () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => { h = await startHarness({ CHARCHA_GRIEVANCE_OFFICER_NAME: 'Kavita Rao', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'grievance@news.example', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: '12 Press Enclave, New Delhi' }); base = h.server.url; }, 60_000);
  afterAll(() => h?.close());

  it('the widget footer and the report menu lead to /grievance, the latter with the comment prefilled', { timeout: 60_000 }, async () => {
    const url = `${base}/stories/${stories[0].slug}`;
    const auth = await apiReader(base, 'author.links@example.test', 'Ravi');
    const c = await apiPost(base, auth, url, 'An opinion someone will complain about.');
    const p = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const errors = pageErrors(p);
    await p.goto(url);
    const w = widget(p);
    const foot = w.locator('.foot a');
    expect(await foot.textContent()).toBe('Grievance officer');
    expect(await foot.getAttribute('href')).toBe(`${base}/grievance`);
    expect(await p.locator('footer.site a[href="/grievance"]').count()).toBe(1);
    await registerInWidget(p, 'Asha', 'asha.links@example.test');
    await w.locator(`.comment[data-id="${c.id}"]`).getByRole('button', { name: 'Report' }).click();
    const legal = w.getByRole('link', { name: 'Legal complaint' });
    expect(await legal.getAttribute('href')).toBe(`${base}/grievance?comment=${encodeURIComponent(c.id)}`);
    await p.goto((await legal.getAttribute('href'))!);
    expect(await p.inputValue('#g-comment')).toBe(c.id);
    expect(errors).toEqual([]);
  });

  it('the Hindi widget says शिकायत अधिकारी', { timeout: 60_000 }, async () => {
    const p = await (await h.browser.newContext()).newPage();
    await p.goto(`${base}/stories/${stories[0].slug}?lang=hi`);
    expect(await widget(p).locator('.foot a').textContent()).toBe('शिकायत अधिकारी');
  });

  it('the form fits a 375 px phone', { timeout: 60_000 }, async () => {
    const p = await (await h.browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    const errors = pageErrors(p);
    await p.goto(`${base}/grievance`);
    await p.locator('#grievance-form').waitFor();
    expect(await p.locator('input[name=category]').count()).toBe(7);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
