// Browser tests of the reader widget's UX fixes (issue 12): the nudge before posting, featured comments, sign-in next to Respect, dark mode, the policy in the reader's language, axe-core and keyboard-only use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { seriousViolations } from './axe';
import { apiPost, apiReader, pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

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

  it('badges featured comments and shows them alone in the Featured view', { timeout: 90_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[1].slug}`;
    const auth = await apiReader(h.server.url, 'featured@example.com', 'Meera');
    const plain = await apiPost(h.server.url, auth, storyUrl, 'An ordinary opinion.');
    const star = await apiPost(h.server.url, auth, storyUrl, 'A well argued opinion worth featuring.');
    await h.server.deps.store.updateComment(star.id, { featured: true });
    const page = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const errors = pageErrors(page);
    await page.goto(storyUrl);
    const w = widget(page);
    await w.locator(`.comment[data-id="${plain.id}"]`).waitFor();
    expect(await w.locator(`.comment[data-id="${star.id}"] .badge.featured`).textContent()).toBe('★ Featured');
    expect(await w.locator(`.comment[data-id="${plain.id}"] .badge.featured`).count()).toBe(0);
    await w.getByRole('button', { name: 'Featured', exact: true }).click();
    await expect.poll(() => w.locator('.comment').count()).toBe(1);
    expect(await w.locator('.comment').getAttribute('data-id')).toBe(star.id);
    expect(await w.getByRole('button', { name: 'Featured', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await w.getByRole('button', { name: 'All opinions' }).click();
    await expect.poll(() => w.locator('.comment').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('answers a signed-out Respect press next to the button, and its link leads to the sign-in form', { timeout: 60_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[2].slug}`;
    await apiPost(h.server.url, await apiReader(h.server.url, 'respected@example.com', 'Kabir'), storyUrl, 'Something worth respect.');
    const page = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const errors = pageErrors(page);
    await page.goto(storyUrl);
    const w = widget(page);
    const first = w.locator('.comment').first();
    const respect = first.getByRole('button', { name: /Respect/ });
    await respect.click();
    const hint = first.locator('.actions .hint');
    await expect.poll(() => hint.textContent()).toBe('Sign in to show respect. Sign in');
    // Beside the button: on the same row, within a few hundred pixels.
    const [rb, hb] = [await respect.boundingBox(), await hint.boundingBox()];
    expect(Math.abs(hb!.y - rb!.y)).toBeLessThan(40);
    expect(hb!.x - (rb!.x + rb!.width)).toBeLessThan(300);
    // Nothing was said at the top of the widget.
    expect(await w.locator('.error').textContent()).toBe('');
    await hint.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.evaluate(() => document.querySelector('.charcha-embed')!.shadowRoot!.activeElement?.getAttribute('name'))).toBe('displayName');
    expect(errors).toEqual([]);
  });

  it('follows prefers-color-scheme, lets the publisher force a theme, inherits the page font, and fits 375 px', { timeout: 90_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[2].slug}`;
    const look = (p: import('playwright-core').Page) => p.evaluate(() => {
      const host = document.querySelector('.charcha-embed')!;
      const section = host.shadowRoot!.querySelector('.charcha')!;
      return { bg: getComputedStyle(host).backgroundColor, color: getComputedStyle(section).color, font: getComputedStyle(section).fontFamily, page: getComputedStyle(document.body).fontFamily };
    });
    const open = async (url: string, colorScheme: 'dark' | 'light', width = 1024) => {
      const p = await (await h.browser.newContext({ viewport: { width, height: 900 }, colorScheme })).newPage();
      const errors = pageErrors(p);
      await p.goto(url);
      await widget(p).locator('.thread, .muted').first().waitFor();
      return { p, errors };
    };
    const DARK = 'rgb(22, 23, 26)';

    const system = await open(storyUrl, 'dark');
    const sys = await look(system.p);
    expect(sys.bg).toBe(DARK);
    expect(sys.color).toBe('rgb(232, 230, 227)');
    // The publisher's typeface, not the widget's own.
    expect(sys.font).toBe(sys.page);
    await system.p.screenshot({ path: shot('widget-desktop-en-dark'), fullPage: true });

    const forcedLight = await open(`${storyUrl}?theme=light`, 'dark');
    expect((await look(forcedLight.p)).color).toBe('rgb(29, 29, 31)');
    expect((await look(forcedLight.p)).bg).not.toBe(DARK);
    await forcedLight.p.screenshot({ path: shot('widget-desktop-en'), fullPage: true });

    const forcedDark = await open(`${storyUrl}?theme=dark&lang=hi`, 'light', 375);
    expect((await look(forcedDark.p)).bg).toBe(DARK);
    expect(await forcedDark.p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await forcedDark.p.screenshot({ path: shot('widget-375-hi-dark'), fullPage: true });

    const phone = await open(`${storyUrl}?lang=hi`, 'light', 375);
    expect(await phone.p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.p.screenshot({ path: shot('widget-375-hi'), fullPage: true });
    const phoneEn = await open(storyUrl, 'light', 375);
    expect(await phoneEn.p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phoneEn.p.screenshot({ path: shot('widget-375-en'), fullPage: true });
    const hiDesk = await open(`${storyUrl}?lang=hi`, 'light');
    await hiDesk.p.screenshot({ path: shot('widget-desktop-hi'), fullPage: true });
    for (const x of [system, forcedLight, forcedDark, phone, phoneEn, hiDesk]) expect(x.errors).toEqual([]);
  });

  it('shows the policy once, in Hindi for the Hindi interface, and records Hindi as the language accepted', { timeout: 90_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[0].slug}`;
    const page = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const errors = pageErrors(page);
    await page.goto(`${storyUrl}?lang=hi`);
    const w = widget(page);
    const notice = w.locator('.notice');
    await notice.waitFor();
    expect(await notice.getAttribute('lang')).toBe('hi');
    expect(await notice.textContent()).toContain('राय के लिए लेखक स्वयं पूरी तरह ज़िम्मेदार है');
    // Once on the page: the article carries no copy of its own.
    const copies = await page.evaluate(() => document.body.innerText.split('The author is solely responsible').length - 1);
    expect(copies).toBe(0);
    await w.getByLabel('प्रदर्शित नाम').fill('सीमा');
    await w.getByLabel('ईमेल').fill('seema@example.com');
    await w.getByLabel('पासवर्ड').fill('correct horse battery staple');
    await w.getByRole('button', { name: 'खाता बनाएँ' }).click();
    await w.getByRole('checkbox').check();
    await w.getByRole('button', { name: 'स्वीकार करें और आगे बढ़ें' }).click();
    await w.getByLabel('आपकी राय').waitFor();
    const user = await h.server.deps.store.findUserByEmail(h.server.deps.siteId, 'seema@example.com');
    const consent = (await h.server.deps.store.listConsents(user!.id)).find((c) => c.purpose === 'comment_policy');
    expect(consent).toMatchObject({ action: 'give', noticeVersion: 1, lang: 'hi', channel: 'widget' });
    await page.screenshot({ path: shot('widget-desktop-hi-signed-in'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe violations, and a keyboard alone can post and reply', { timeout: 90_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[1].slug}`;
    const page = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true })).newPage();
    const errors = pageErrors(page);
    await page.goto(storyUrl);
    await registerInWidget(page, 'Keyboard Reader', 'keys@example.com');
    const w = widget(page);
    // Keyboard only from here: focus the composer, type, Tab to the Post button, Enter.
    await w.getByLabel('Your opinion').focus();
    await page.keyboard.type('Reading hours help every child.');
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.querySelector('.charcha-embed')!.shadowRoot!.activeElement?.textContent ?? '');
        if (name.test(focused)) return;
      }
      throw new Error(`no focusable ${name} within 30 tabs`);
    };
    await tabTo(/^Post opinion$/);
    await page.keyboard.press('Enter');
    const mine = w.locator('.comment', { hasText: 'Reading hours help every child.' });
    await mine.waitFor();
    await mine.getByRole('button', { name: 'Respect' }).focus();
    await tabTo(/^Reply$/);
    await page.keyboard.press('Enter');
    // The reply box takes focus where it opens.
    await expect.poll(() => page.evaluate(() => document.querySelector('.charcha-embed')!.shadowRoot!.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('And libraries after school.');
    await tabTo(/^Post reply$/);
    await page.keyboard.press('Enter');
    await w.locator('.replies .comment', { hasText: 'And libraries after school.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Signed out, and in the dark theme, too.
    const anon = await (await h.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true, colorScheme: 'dark' })).newPage();
    await anon.goto(`${storyUrl}?lang=hi`);
    await widget(anon).locator('.comment').first().waitFor();
    expect(await seriousViolations(anon)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives every comment a permalink; opening one loads its thread beyond the first page and scrolls to it', { timeout: 90_000 }, async () => {
    const storyUrl = `${h.server.url}/stories/${stories[2].slug}`;
    const auth = await apiReader(h.server.url, 'linker@example.com', 'Linker');
    const root = await apiPost(h.server.url, auth, storyUrl, 'The first opinion, soon far down the thread.');
    const reply = await apiPost(h.server.url, auth, storyUrl, 'A reply somebody wants to share.', root.id);
    for (let i = 0; i < 52; i++) await apiPost(h.server.url, auth, storyUrl, `Later opinion ${i}`);
    const ctx = await h.browser.newContext({ viewport: { width: 1024, height: 800 } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    const page = await ctx.newPage();
    const errors = pageErrors(page);
    await page.goto(`${storyUrl}#charcha-${reply.id}`);
    const w = widget(page);
    const linked = w.locator(`.comment[data-id="${reply.id}"]`);
    await linked.waitFor();
    // Its parent came with it (it is not on the first page of 50), and the reply sits under it.
    expect(await w.locator(`.comment[data-id="${root.id}"] .replies .comment[data-id="${reply.id}"]`).count()).toBe(1);
    await expect.poll(() => linked.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await linked.getAttribute('class')).toContain('target');
    expect(await linked.getAttribute('id')).toBe(`charcha-${reply.id}`);
    // "Copy link" puts the same link on the clipboard and says so next to it.
    await linked.locator(':scope > article .permalink').click();
    await expect.poll(() => linked.locator(':scope > article .hint[role=status]').last().textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${storyUrl}#charcha-${reply.id}`);
    expect(await linked.locator(':scope > article .permalink').getAttribute('href')).toBe(`${storyUrl}#charcha-${reply.id}`);
    expect(errors).toEqual([]);
  });
});
