// Browser test at 375 px (a phone): every dashboard page fits without sideways scrolling, the navigation wraps, queue rows
// have visible approve / reject / hide buttons and open on a tap, and the keyboard flow still works.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiReader, pageErrors, requireChromium, type Harness } from '../browser/harness';
import { startStaffHarness } from './staffHarness';
import { seriousViolations } from './axe';

const SCREENS = '/work/screens/dash';
const WIDTH = 375;

/** How far the page is wider than the viewport (0 when it fits). */
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.runIf(requireChromium('the narrow-screen dashboard browser test'))('dashboard at 375 px in a real browser', () => {
  let h: Harness;
  let base: string;
  const bodies = ['First held opinion on the metro fares.', 'Second held opinion on the metro fares.', 'Third held opinion on the metro fares.'];

  beforeAll(async () => {
    ({ h, base } = await startStaffHarness({ premoderation: true }));
    const auth = await apiReader(base, 'reader@example.test', 'A reader with a rather long display name');
    for (const b of bodies) await apiPost(base, auth, `${base}/stories/metro-fares`, b);
  });
  afterAll(() => h?.close());

  it('fits every page, wraps the navigation, and works the queue by tap and by keyboard', { timeout: 150_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: WIDTH, height: 760 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const p = await context.newPage();
    const errors = pageErrors(p);
    await p.goto(`${base}/admin`);
    await p.getByLabel('Email').waitFor();
    expect(await overflow(p)).toBe(0);
    await p.getByLabel('Email').fill('admin@example.test');
    await p.getByLabel('Password').fill('admin password 1');
    await p.getByRole('button', { name: 'Sign in' }).tap();

    const rows = p.locator('.queue .rows > li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    expect(await overflow(p)).toBe(0);
    // The navigation wraps inside the header: its last link is on screen.
    const last = await p.getByRole('link', { name: 'Public log' }).boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(WIDTH);
    // Every row shows its buttons, each big enough to tap.
    for (const name of ['approve', 'reject…', 'hide']) {
      const b = await rows.first().getByRole('button', { name, exact: true }).boundingBox();
      expect(b, name).not.toBeNull();
      expect(b!.height, name).toBeGreaterThanOrEqual(44);
      expect(b!.x + b!.width, name).toBeLessThanOrEqual(WIDTH);
    }
    expect(await seriousViolations(p)).toEqual([]);
    await p.screenshot({ path: path.join(SCREENS, 'queue-375.png'), fullPage: true });

    // Tap approve on the second row: that one is approved, the others stay.
    const second = (await rows.nth(1).locator('.body').textContent())!;
    await rows.nth(1).getByRole('button', { name: 'approve', exact: true }).tap();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await p.locator('.queue .rows', { hasText: second }).count()).toBe(0);

    // Tap reject… on a row: the reason picker opens for that row; pick a category by tap.
    const rejected = (await rows.first().locator('.body').textContent())!;
    await rows.first().getByRole('button', { name: 'reject…' }).tap();
    await p.getByRole('dialog').getByRole('button', { name: /insult/ }).tap();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await overflow(p)).toBe(0);

    // Tapping a row (not a button) opens it.
    const remaining = (await rows.first().locator('.body').textContent())!;
    await rows.first().locator('.body').tap();
    await p.locator('.detail').waitFor();
    expect(await p.locator('.detail .card .body').first().textContent()).toBe(remaining);
    expect(await overflow(p)).toBe(0);
    await p.screenshot({ path: path.join(SCREENS, 'detail-375.png'), fullPage: true });

    // The keyboard flow is unchanged: Esc back to the queue, a approves the row under the cursor.
    await p.keyboard.press('Escape');
    await expect.poll(() => rows.count()).toBe(1);
    await p.keyboard.press('a');
    await p.getByText('The review queue is empty.').waitFor();
    const all = await h.server.deps.store.listQueue({ siteId: h.server.deps.siteId, limit: 10 });
    const statuses = Object.fromEntries(all.map((c) => [c.body, c.status]));
    expect(statuses[rejected]).toBe('rejected');
    expect(bodies.filter((b) => b !== rejected).map((b) => statuses[b])).toEqual(['approved', 'approved']);

    // Every section fits 375 px.
    for (const route of ['queue/approved', 'queue/all', 'appeals/pending', 'grievances', 'settings', 'webhooks', 'stats', 'log']) {
      await p.goto(`${base}/admin#/${route}`);
      await p.locator('main > *').first().waitFor();
      // Not 'networkidle': the dashboard keeps its live staff stream open. The section's data arrives within moments;
      // a page that still overflows after that fails, naming what sticks out.
      const wide = () => p.evaluate((w) => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w && !e.closest('.scroll'))
        .slice(0, 5).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).join('; '), WIDTH);
      await expect.poll(async () => ((await overflow(p)) === 0 ? '' : `${route}: ${await wide()}`), { timeout: 5_000 }).toBe('');
    }
    await p.screenshot({ path: path.join(SCREENS, 'audit-log-375.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
