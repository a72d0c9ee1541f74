// Browser tests of the reader widget's UX fixes (issue 12): the nudge before posting, and more below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

export const SCREENS = '/work/screens/widget';
const shot = (name: string) => `${SCREENS}/${name}.png`;

describe.runIf(requireChromium('the widget UX browser test'))('widget UX in a real browser', () => {
  let h: Harness;
  let articleUrl: string;

  beforeAll(async () => {
    h = await startHarness();
    articleUrl = `${h.server.url}/stories/${stories[0].slug}`;
  });
  afterAll(() => h?.close());

  it('shows the nudge before anything is sent: offending words only, the target in words, the consequence', { timeout: 90_000 }, async () => {
    const page = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const errors = pageErrors(page);
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/comments')) posts.push(r.url()); });
    await page.goto(articleUrl);
    await registerInWidget(page, 'Quick Author', 'quick@example.com');
    const w = widget(page);

    // A quick author: types and presses Post at once, before the debounced check could have answered.
    await w.getByLabel('Your opinion').fill('Peskov is an idiot');
    await w.getByRole('button', { name: 'Post opinion' }).click();
    const nudge = w.locator('.nudge');
    await nudge.waitFor();
    expect(posts).toEqual([]);
    // The insult is marked; the person's name is not, but is named as the target.
    expect(await nudge.locator('mark').allTextContents()).toEqual(['idiot [Insult]']);
    expect(await nudge.locator('.aimed').textContent()).toBe('Aimed at: Peskov (an individual)');
    expect(await nudge.locator('.tags li').allTextContents()).toEqual(['Insult']);
    expect(await nudge.locator('.consequence').textContent()).toContain('held for a moderator to review');
    // The nudge sits above the button, which now says what pressing it means.
    const [nb, bb] = [await nudge.boundingBox(), await w.getByRole('button', { name: 'Post anyway' }).boundingBox()];
    expect(nb!.y + nb!.height).toBeLessThanOrEqual(bb!.y);
    await page.screenshot({ path: shot('nudge-desktop-en'), fullPage: false, clip: { x: 0, y: Math.max(0, nb!.y - 250), width: 1024, height: 520 } });

    await w.getByRole('button', { name: 'Post anyway' }).click();
    await w.locator('.comment .badge.held').waitFor();
    expect(posts.length).toBe(1);
    expect(errors).toEqual([]);
  });
});
