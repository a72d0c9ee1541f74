// Browser test of the public moderation log: fits 375 px, links back to the site, explains its columns, names the story, passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { seriousViolations } from './axe';
import { apiPost, apiReader, pageErrors, requireChromium, startHarness, type Harness } from './harness';

const SCREENS = '/work/screens/widget';

describe.runIf(requireChromium('the public moderation log browser test'))('public moderation log in a real browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const storyUrl = `${h.server.url}/stories/${stories[0].slug}`;
    // As the widget's first load would: the story with its title.
    const made = await fetch(`${h.server.url}/api/v1/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: storyUrl, title: stories[0].title }) });
    expect(made.ok).toBe(true);
    const auth = await apiReader(h.server.url, 'logged@example.com', 'Logged Reader');
    await apiPost(h.server.url, auth, storyUrl, 'A plain opinion for the log.');
    await apiPost(h.server.url, auth, storyUrl, 'Peskov is an idiot');
  });
  afterAll(() => h?.close());

  it('is readable at 375 px and on a desktop, with no serious or critical axe violations', { timeout: 90_000 }, async () => {
    for (const width of [375, 1280]) {
      const page = await (await h.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true })).newPage();
      const errors = pageErrors(page);
      await page.goto(`${h.server.url}/moderation-log`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Back to the publisher's site.
      const back = page.locator('nav.back a');
      expect(await back.textContent()).toBe('← Back to Charcha Demo');
      expect(await back.getAttribute('href')).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)/);
      // Every column is explained in a sentence.
      const help = await page.locator('dl.help dt').allTextContents();
      expect(help).toEqual(await page.locator('thead th').allTextContents());
      for (const d of await page.locator('dl.help dd').allTextContents()) expect(d).toMatch(/^[A-Z].{20,}\.$/);
      // Words and the story, not only hashes and ids; never the comment's text or its author.
      const first = page.locator('tbody tr', { hasText: 'Automatic check of a new comment' }).first();
      expect(await first.textContent()).toContain(stories[0].title);
      expect(await first.locator('a').getAttribute('href')).toContain(`/stories/${stories[0].slug}`);
      const body = await page.locator('body').textContent();
      expect(body).not.toContain('idiot');
      expect(body).not.toContain('Logged Reader');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENS}/modlog-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }
  });
});
