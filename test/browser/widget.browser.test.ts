// Browser test: a reader registers in the widget on the demo article and posts; a second open page gets it live.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { apiPost, apiReader, ARTIFACTS, pageErrors, requireChromium, startHarness, widget, type Harness } from './harness';

describe.runIf(requireChromium('the widget browser test'))('widget in a real browser', () => {
  let h: Harness;
  let articleUrl: string;

  beforeAll(async () => {
    h = await startHarness();
    // A publisher's word list, so the draft check has something to point at whichever moderator is installed.
    const { store, siteId } = h.server.deps;
    const site = (await store.getSite(siteId))!;
    await store.saveSite({ ...site, settings: { ...site.settings, moderation: { ...site.settings.moderation, suspectWords: ['idiot'] } } });
    articleUrl = `${h.server.url}/stories/${stories[0].slug}`;
  });
  afterAll(() => h?.close());

  it('registers, accepts the policy, posts, and a second open page receives the opinion live', { timeout: 90_000 }, async () => {
    const reader = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const watcher = await (await h.browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
    const errors = pageErrors(reader, watcher);

    // Page B is open (and subscribed) before anything is posted; a marker proves it is never reloaded.
    await watcher.goto(articleUrl);
    await widget(watcher).locator('.mode.live').waitFor();
    await watcher.evaluate(() => { (window as any).__noReload = 'still here'; });

    await reader.goto(articleUrl);
    const w = widget(reader);
    // The site's notice sits above the forms, inside the shadow root.
    await expect(w.locator('.notice').textContent()).resolves.toContain('The author is solely responsible');
    await w.getByLabel('Display name').fill('Asha Verma');
    await w.getByLabel('Email').fill('asha@example.com');
    await w.getByLabel('Password').fill('correct horse battery staple');
    await w.getByRole('button', { name: 'Create account' }).click();

    // No composer before the policy is accepted.
    await w.getByRole('button', { name: 'Accept and continue' }).waitFor();
    expect(await w.locator('.composer').count()).toBe(0);
    await w.getByRole('checkbox').check();
    await w.getByRole('button', { name: 'Accept and continue' }).click();

    // The draft check points at the word and names the rule, before posting.
    const box = w.getByLabel('Your opinion');
    await box.fill('Whoever planned this is an idiot.');
    const flagged = w.locator('.nudge mark', { hasText: 'idiot' });
    await flagged.waitFor();
    expect(await flagged.textContent()).toMatch(/^idiot \[\w+/); // the word, then the rule's label
    expect(await w.locator('.nudge .tags li').count()).toBeGreaterThan(0);
    await reader.screenshot({ path: path.join(ARTIFACTS, 'widget-draft-check.png'), fullPage: true });

    const opinion = 'Prisoner exchanges are real progress; details at https://example.org/istanbul. <img src=x onerror=window.__xss=1>';
    await box.fill(opinion);
    expect(await w.locator('.count').textContent()).toContain((5000 - opinion.length).toLocaleString('en-IN'));
    await w.getByRole('button', { name: 'Post opinion' }).click();
    await w.locator('.comment .body', { hasText: 'Prisoner exchanges are real progress' }).waitFor();

    // Page B receives it without reload, and screen readers hear about it.
    const seen = widget(watcher).locator('.comment .body', { hasText: 'Prisoner exchanges are real progress' });
    await seen.waitFor();
    expect(await watcher.evaluate(() => (window as any).__noReload)).toBe('still here');
    expect(await widget(watcher).locator('.comment header strong').first().textContent()).toBe('Asha Verma');
    expect(await widget(watcher).locator('.sr[aria-live=polite]').textContent()).toBe('New opinion from Asha Verma');

    // The reader's markup is literal text, links are safe, and nothing ran.
    expect(await seen.textContent()).toBe(opinion);
    for (const p of [reader, watcher]) {
      const imgs = await p.evaluate(() => document.querySelector('.charcha-embed')!.shadowRoot!.querySelectorAll('img').length);
      expect(imgs).toBe(0);
      expect(await p.evaluate(() => (window as any).__xss)).toBeUndefined();
    }
    const link = seen.locator('a');
    expect(await link.getAttribute('href')).toBe('https://example.org/istanbul');
    expect(await link.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(await link.getAttribute('target')).toBe('_blank');

    // The widget created the story with the article's named people for the moderation engine.
    const story = await h.server.deps.store.findStoryByUrl(h.server.deps.siteId, articleUrl);
    expect(story?.entities).toEqual(['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv']);
    expect(story?.title).toBe(stories[0].title);

    // 360 px wide: nothing overflows sideways.
    expect(await watcher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await reader.screenshot({ path: path.join(ARTIFACTS, 'widget-reader.png'), fullPage: true });

    // After a reload the cookie session holds: still signed in, policy still accepted, composer ready.
    await reader.reload();
    await w.getByLabel('Your opinion').waitFor();
    expect(await w.locator('.who strong').textContent()).toBe('Asha Verma');
    expect(await w.getByRole('checkbox').count()).toBe(0);
    await watcher.screenshot({ path: path.join(ARTIFACTS, 'widget-live-360.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('falls back to polling when the event stream is blocked, in Hindi', { timeout: 90_000 }, async () => {
    const page = await (await h.browser.newContext({ viewport: { width: 800, height: 900 } })).newPage();
    const errors = pageErrors(page);
    // Some proxies and networks block SSE; the widget must still show new opinions.
    await page.route('**/api/v1/stories/events**', (route) => route.abort());
    await page.goto(`${articleUrl}?lang=hi`);
    const w = widget(page);
    await w.locator('.mode.polling').waitFor();
    expect(await w.locator('h2').textContent()).toBe('राय');
    expect(await w.locator('.mode').textContent()).toBe('हर 15 सेकंड में अपडेट');

    const auth = await apiReader(h.server.url, 'ravi@example.com', 'रवि');
    await apiPost(h.server.url, auth, articleUrl, 'बातचीत जारी रहनी चाहिए।');

    // The next poll (every 15 s) brings it in without reload.
    await w.locator('.comment .body', { hasText: 'बातचीत जारी रहनी चाहिए।' }).waitFor({ timeout: 30_000 });
    expect(await w.locator('.comment header strong').first().textContent()).toBe('रवि');
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-polling-hi.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
