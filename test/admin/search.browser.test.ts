// Browser test: the queue's search by comment text, author name and story (title or URL), combined, and cleared.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiReader, pageErrors, requireChromium, type Harness } from '../browser/harness';
import { startStaffHarness } from './staffHarness';
import { seriousViolations } from './axe';

describe.runIf(requireChromium('the queue search browser test'))('queue search in a real browser', () => {
  let h: Harness;
  let base: string;

  beforeAll(async () => {
    ({ h, base } = await startStaffHarness({ premoderation: true }));
    const meera = await apiReader(base, 'meera@example.test', 'Meera Kulkarni');
    const ravi = await apiReader(base, 'ravi@example.test', 'Ravi Shah');
    await apiPost(base, meera, `${base}/stories/metro-fares`, 'Metro fares went up again this month.');
    await apiPost(base, ravi, `${base}/stories/metro-fares`, 'The new line opens next year.');
    await apiPost(base, ravi, `${base}/stories/budget-2027`, 'Fares are not in the budget at all.');
  });
  afterAll(() => h?.close());

  it('narrows the queue by text, author and story, and clears', { timeout: 90_000 }, async () => {
    const p = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = pageErrors(p);
    await p.goto(`${base}/admin`);
    await p.getByLabel('Email').fill('admin@example.test');
    await p.getByLabel('Password').fill('admin password 1');
    await p.getByRole('button', { name: 'Sign in' }).click();
    const rows = p.locator('.queue .rows > li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    const bodies = async () => (await rows.locator('.body').allTextContents()).sort();

    await p.getByLabel('Search text').fill('FARES');
    await p.getByLabel('Search text').press('Enter');
    await expect.poll(bodies).toEqual(['Fares are not in the budget at all.', 'Metro fares went up again this month.']);
    // The review tab's count follows the search.
    expect(await p.locator('.tabs a.active .count').textContent()).toBe('2');

    await p.getByLabel('Author').fill('shah');
    await p.getByLabel('Author').press('Enter');
    await expect.poll(bodies).toEqual(['Fares are not in the budget at all.']);
    await p.screenshot({ path: path.join('/work/screens/dash', 'queue-search.png') });
    expect(await seriousViolations(p)).toEqual([]);

    await p.getByRole('button', { name: 'clear search' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await p.getByLabel('Story', { exact: true }).fill('metro-fares');
    await p.getByLabel('Story', { exact: true }).press('Enter');
    await expect.poll(bodies).toEqual(['Metro fares went up again this month.', 'The new line opens next year.']);
    await p.getByLabel('Search text').fill('nothing like this');
    await p.getByLabel('Search text').press('Enter');
    await p.getByText('The review queue is empty.').waitFor();

    // Search and the keyboard: keys typed into a search box do not act on the queue.
    await p.getByRole('button', { name: 'clear search' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await p.getByLabel('Search text').press('a');
    expect(await rows.count()).toBe(3);
    expect((await h.server.deps.store.listQueue({ siteId: h.server.deps.siteId, statuses: ['approved'], limit: 10 })).length).toBe(0);
    expect(errors).toEqual([]);
  });
});
