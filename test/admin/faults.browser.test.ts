// Browser test of the dashboard's small faults (issue 12 item 10): actions offered by status, the toast stays on its page,
// the audit log's rule column is blank on a person's action, the stats axis labels today, and the pages have an icon.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { apiPost, apiReader, pageErrors, requireChromium, startHarness, type Harness } from '../browser/harness';
import { seriousViolations } from './axe';

const SCREENS = '/work/screens/dash';

async function signIn(p: Page, base: string) {
  await p.goto(`${base}/admin`);
  await p.getByLabel('Email').fill('admin@example.test');
  await p.getByLabel('Password').fill('admin password 1');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('button', { name: 'Sign out' }).waitFor();
}

describe.runIf(requireChromium('the dashboard faults browser test'))('dashboard small faults in a real browser', () => {
  let h: Harness;
  let base: string;
  let held: string;
  let approved: string;

  beforeAll(async () => {
    h = await startHarness();
    base = h.server.url;
    const { store, siteId } = h.server.deps;
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'admin@example.test', password: 'admin password 1' });
    const auth = await apiReader(base, 'reader@example.test', 'Reader');
    approved = (await apiPost(base, auth, `${base}/stories/faults`, 'A calm remark about the budget debate.')).id;
    const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.test', password: 'admin password 1' }) })).json();
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
    expect((await fetch(`${base}/api/v1/admin/settings`, { method: 'PATCH', headers: admin, body: JSON.stringify({ premoderation: true }) })).status).toBe(200);
    held = (await apiPost(base, auth, `${base}/stories/faults`, 'Another remark, held for review by premoderation.')).id;
  });
  afterAll(() => h?.close());

  it('offers only what a status allows, keeps the toast on its page, blanks the rule of a person\'s action, has icons', { timeout: 120_000 }, async () => {
    const p = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = pageErrors(p);
    const consoleErrors: string[] = [];
    p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await signIn(p, base);
    expect((await h.server.deps.store.getComment(approved))!.status).toBe('approved');

    // An approved comment offers hide, reject and feature, never restore (nor approve again).
    await p.goto(`${base}/admin#/comment/${approved}`);
    const actions = p.locator('.detail .card .actions').first();
    await actions.getByRole('button', { name: 'hide' }).waitFor();
    expect(await actions.getByRole('button').allTextContents()).toEqual(['hide', 'reject…', 'feature']);
    expect(await seriousViolations(p)).toEqual([]);

    // A held one offers approve, hide and reject.
    await p.goto(`${base}/admin#/comment/${held}`);
    await actions.getByRole('button', { name: 'approve' }).waitFor();
    expect(await actions.getByRole('button').allTextContents()).toEqual(['approve', 'hide', 'reject…']);

    // Approve it in the queue and undo: the toast says so here, and is gone on the stats page.
    await p.goto(`${base}/admin#/queue/review`);
    await p.locator('.queue .rows > li').first().waitFor();
    await p.keyboard.press('a');
    await p.getByText('The review queue is empty.').waitFor();
    await p.keyboard.press('u');
    const toast = p.locator('.toast');
    await expect.poll(() => toast.textContent()).toContain('Undone: 1 action');
    await p.locator('.queue .rows > li').first().waitFor();
    await p.keyboard.press('a');
    await p.getByText('The review queue is empty.').waitFor();
    await p.getByRole('link', { name: 'Stats' }).click();
    await p.locator('.chart canvas').first().waitFor();
    expect(await toast.textContent()).toBe('');
    expect(await toast.isVisible()).toBe(false);
    await p.screenshot({ path: path.join(SCREENS, 'stats-last-day-labelled.png'), fullPage: true });

    // The audit log: the system's verdict shows its rule; the moderator's approve (which kept the engine's rule as
    // evidence in the entry) shows a blank rule.
    const audit = await h.server.deps.store.listAudit(1, 1000);
    const human = audit.filter((e) => e.action === 'comment.approve' && e.targetId === held);
    expect(human.length).toBeGreaterThan(0);
    expect(human.every((e) => e.actor !== 'system' && e.rule)).toBe(true);
    await p.getByRole('link', { name: 'Audit log' }).click();
    const approveRow = p.locator('table.log tbody tr', { has: p.locator('code', { hasText: /^comment\.approve$/ }) }).first();
    await approveRow.waitFor();
    expect((await approveRow.locator('td').nth(6).textContent())!.trim()).toBe('');
    const verdictRow = p.locator('table.log tbody tr', { has: p.locator('code', { hasText: /^comment\.verdict$/ }) }).first();
    expect((await verdictRow.locator('td').nth(6).textContent())!.trim()).not.toBe('');
    expect(await seriousViolations(p)).toEqual([]);

    // Both Charcha pages name an icon that the server serves, and the public log's CSP lets the browser load it.
    for (const page of ['/admin', '/moderation-log']) {
      await p.goto(base + page);
      const href = await p.locator('link[rel="icon"]').getAttribute('href');
      expect(href, page).toBe('/favicon.svg');
      const r = await fetch(base + href);
      const icon = [r.status, r.headers.get('content-type'), (await r.text()).startsWith('<svg')];
      expect(icon, page).toEqual([200, 'image/svg+xml', true]);
    }
    expect((await fetch(`${base}/favicon.ico`, { redirect: 'manual' })).headers.get('location')).toBe('/favicon.svg');
    expect(consoleErrors.filter((m) => /Content Security Policy|favicon/i.test(m))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
