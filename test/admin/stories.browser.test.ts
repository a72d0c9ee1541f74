// Browser test: the Stories page: counts, search by title or URL, close and auto-close settings, pre-moderation and
// a title correction, each landing in the store and the audit log; fits 375 px, and axe finds nothing serious.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiReader, pageErrors, requireChromium, type Harness } from '../browser/harness';
import { startStaffHarness } from './staffHarness';
import { seriousViolations } from './axe';

const SCREENS = '/work/screens/dash2';
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.runIf(requireChromium('the stories page browser test'))('stories page in a real browser', () => {
  let h: Harness;
  let base: string;

  beforeAll(async () => {
    ({ h, base } = await startStaffHarness());
    const meera = await apiReader(base, 'meera@example.test', 'Meera Kulkarni');
    await apiPost(base, meera, `${base}/stories/metro-fares`, 'Metro fares went up again this month.');
    await apiPost(base, meera, `${base}/stories/metro-fares`, 'The new line opens next year.');
    await apiPost(base, meera, `${base}/stories/budget-2027-a-very-long-address-that-must-wrap-on-a-phone-screen`, 'Fares are not in the budget at all.');
  });
  afterAll(() => h?.close());

  const signIn = async (width: number) => {
    const p = await (await h.browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await p.goto(`${base}/admin#/stories`);
    await p.getByLabel('Email').fill('admin@example.test');
    await p.getByLabel('Password').fill('admin password 1');
    await p.getByRole('button', { name: 'Sign in' }).click();
    return p;
  };

  it('lists, searches and changes stories; every change is stored and audited', { timeout: 90_000 }, async () => {
    const p = await signIn(1280);
    const errors = pageErrors(p);
    const cards = p.locator('li.story');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(2);
    const metro = cards.filter({ hasText: '/stories/metro-fares' });
    expect(await metro.locator('.meta').textContent()).toContain('2 approved');
    expect(await metro.locator('.meta').textContent()).toContain('0 in review');

    await p.getByLabel('Search stories').fill('BUDGET-2027');
    await p.getByLabel('Search stories').press('Enter');
    await expect.poll(() => cards.count()).toBe(1);
    await p.getByRole('button', { name: 'clear search' }).click();
    await expect.poll(() => cards.count()).toBe(2);

    const { store, siteId } = h.server.deps;
    const story = (await store.findStoryByUrl(siteId, `${base}/stories/metro-fares`))!;
    await metro.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await store.getStory(story.id))?.closed).toBe(true);
    await expect.poll(() => metro.locator('.status').textContent()).toBe('Closed by staff');
    await metro.getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(async () => (await store.getStory(story.id))?.closed).toBe(false);
    // The box shows the server's state: it turns on once the change is saved (so click, not check(), which wants the
    // state to change at once).
    await metro.getByLabel('Pre-moderate every comment').click();
    await expect.poll(async () => (await store.getStory(story.id))?.premoderation).toBe(true);
    await expect.poll(() => metro.getByLabel('Pre-moderate every comment').isChecked()).toBe(true);

    await p.getByLabel(/Site default: close stories/).fill('14');
    await p.getByRole('button', { name: 'Save default' }).click();
    await expect.poll(() => metro.locator('.status').textContent()).toMatch(/^Open · closes automatically on /);
    await metro.getByLabel('Auto-close after').fill('0');
    await metro.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => metro.locator('.status').textContent()).toBe('Open · never closes automatically');
    expect((await store.getStory(story.id))?.autoCloseDays).toBe(0);

    await metro.getByText('Correct title and entities').click();
    await metro.getByLabel('Title').fill('Metro fares rise 10%');
    await metro.getByLabel(/^Entities/).fill('Delhi Metro, DMRC');
    await metro.getByLabel('Note for the audit log').fill('headline changed');
    await metro.getByRole('button', { name: 'Save correction' }).click();
    await p.getByRole('link', { name: 'Metro fares rise 10%' }).waitFor();
    expect(await store.getStory(story.id)).toMatchObject({ title: 'Metro fares rise 10%', entities: ['Delhi Metro', 'DMRC'], metadataSource: 'staff' });

    const audit = (await store.listAudit(1, 100_000)).filter((e) => e.targetId === story.id).map((e) => [e.action, e.reason]);
    expect(audit).toEqual([
      ['story.update', 'closed=true'], ['story.update', 'closed=false'], ['story.update', 'premoderation=true'],
      ['story.update', 'autoCloseDays=0'], ['story.correct', 'headline changed'],
    ]);
    await p.screenshot({ path: path.join(SCREENS, 'stories-desktop.png'), fullPage: true });
    expect(await seriousViolations(p)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fits 375 px', { timeout: 60_000 }, async () => {
    const p = await signIn(375);
    await expect.poll(() => p.locator('li.story').count(), { timeout: 15_000 }).toBe(2);
    expect(await overflow(p)).toBe(0);
    await p.screenshot({ path: path.join(SCREENS, 'stories-375.png'), fullPage: true });
    expect(await seriousViolations(p)).toEqual([]);
  });
});
