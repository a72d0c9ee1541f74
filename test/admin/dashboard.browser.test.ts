// Browser test: a moderator signs in at /admin, clears the review queue by keyboard and rejects one; the author sees the
// notice in the widget and appeals; the moderator restores it from the appeals queue. Screenshots go to .artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { stories } from '../../src/web/demo/stories';
import { ARTIFACTS, pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from '../browser/harness';

const MOD_EMAIL = 'moderator@example.test';
const MOD_PASSWORD = 'moderator password 1';
const AUTHOR_EMAIL = 'author@example.test';

async function json(base: string, method: string, url: string, token: string | null, body?: unknown) {
  const res = await fetch(base + url, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: await res.json().catch(() => null) as any };
}

const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

describe.runIf(requireChromium('the dashboard browser test'))('moderator dashboard in a real browser', () => {
  let h: Harness;
  let base: string;
  let articleUrl: string;

  beforeAll(async () => {
    h = await startHarness();
    base = h.server.url;
    articleUrl = `${base}/stories/${stories[0].slug}`;
    const { store, siteId } = h.server.deps;
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'admin@example.test', password: 'admin password 1' });
    const admin = (await json(base, 'POST', '/api/v1/auth/login', null, { email: 'admin@example.test', password: 'admin password 1' })).body.token;
    // Premoderation holds every new comment, whatever the installed moderation engine thinks of the words.
    expect((await json(base, 'PATCH', '/api/v1/admin/settings', admin, { premoderation: true, suspectWords: ['zorblax'] })).status).toBe(200);
    const reg = await json(base, 'POST', '/api/v1/auth/register', null, { email: MOD_EMAIL, password: MOD_PASSWORD, displayName: 'Meera (moderator)' });
    expect((await json(base, 'POST', `/api/v1/admin/users/${reg.body.user.id}/actions`, admin, { action: 'setRole', role: 'moderator' })).status).toBe(200);
  });
  afterAll(() => h?.close());

  it('clears the review queue by keyboard, rejects one, the author appeals, the moderator restores it', { timeout: 120_000 }, async () => {
    const author = await (await h.browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const mod = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = pageErrors(author, mod);

    // The author posts three opinions in the widget; premoderation holds them.
    await author.goto(articleUrl);
    await registerInWidget(author, 'Ravi Author', AUTHOR_EMAIL);
    const w = widget(author);
    const texts = ['Talks in Istanbul are a start, nothing more.', 'Prisoner exchanges show both sides can agree on something.', 'Only a ceasefire first makes any sense here.'];
    for (const t of texts) {
      await w.getByLabel('Your opinion').fill(t);
      await w.getByRole('button', { name: 'Post opinion' }).click();
      await w.locator('.comment .body', { hasText: t }).waitFor();
    }

    // The moderator signs in; a commenter could not (covered by the API tests), staff land on the review queue.
    await mod.goto(`${base}/admin`);
    await mod.getByLabel('Email').fill(MOD_EMAIL);
    await mod.getByLabel('Password').fill(MOD_PASSWORD);
    await mod.getByRole('button', { name: 'Sign in' }).click();
    const rows = mod.locator('.queue .rows > li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    await shot(mod, 'queue-review');

    // Keyboard: approve twice in quick succession (each applies to the queue as the previous left it),
    // then reject the last with category 1 (insult).
    await mod.keyboard.press('a');
    await mod.keyboard.press('a');
    await expect.poll(() => rows.count()).toBe(1);
    const rejectedText = (await mod.locator('.row.current .body').textContent())!;
    await mod.keyboard.press('r');
    await mod.getByRole('dialog').waitFor();
    await shot(mod, 'reject-reason');
    await mod.keyboard.press('1');
    await mod.getByText('The review queue is empty.').waitFor();
    await shot(mod, 'queue-cleared');
    await mod.keyboard.press('?');
    await mod.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await shot(mod, 'help');
    await mod.keyboard.press('Escape');

    const { store } = h.server.deps;
    const all = await store.listQueue({ siteId: h.server.deps.siteId, limit: 50 });
    const rejected = all.find((c) => c.body === rejectedText)!;
    expect(rejected.status).toBe('rejected');
    expect(rejected.statusReason).toBe('insult');
    expect(all.filter((c) => texts.includes(c.body) && c.status === 'approved')).toHaveLength(2);

    // The author sees the notice with the rule in the widget.
    await author.reload();
    const badge = w.locator('.comment', { hasText: rejectedText }).locator('.badge.gone');
    await badge.waitFor();
    expect(await badge.textContent()).toContain('insult');
    await shot(author, 'author-notice');

    // …and appeals once, from the widget.
    const item = w.locator('.comment', { hasText: rejectedText });
    await item.getByRole('button', { name: 'Appeal this decision' }).click();
    await item.getByLabel('Why should it be published?').fill('This is an opinion about policy, not an insult.');
    await shot(author, 'author-appeal-form');
    await item.getByRole('button', { name: 'Send appeal' }).click();
    await item.getByText('Appeal sent').waitFor();
    expect(await item.getByRole('button', { name: 'Appeal this decision' }).count()).toBe(0);
    const token = (await json(base, 'POST', '/api/v1/auth/login', null, { email: AUTHOR_EMAIL, password: 'correct horse battery staple' })).body.token;
    expect((await json(base, 'POST', `/api/v1/comments/${rejected.id}/appeal`, token, { note: 'again' })).body.code).toBe('appeal_exists');

    // The moderator restores it from the appeals queue by keyboard.
    await mod.goto(`${base}/admin#/appeals/pending`);
    const appeal = mod.locator('.appeals .row', { hasText: 'not an insult' });
    await appeal.waitFor();
    await shot(mod, 'appeals');
    await mod.keyboard.press('e');
    await mod.getByText('No pending appeals.').waitFor();
    expect((await store.getComment(rejected.id))!.status).toBe('approved');
    const outcome = await json(base, 'GET', `/api/v1/comments/${rejected.id}/appeal`, token);
    expect(outcome.body.notice.appeal.status).toBe('restored');

    // The restored opinion is public again.
    await author.reload();
    await w.locator('.comment', { hasText: rejectedText }).waitFor();
    expect(await w.locator('.comment', { hasText: rejectedText }).locator('.badge.gone').count()).toBe(0);

    // Evidence screens for the closing note: a held comment with its span highlighted, settings, stats, the public log.
    await w.getByLabel('Your opinion').fill('Whoever wrote this zorblax plan has never seen a map.');
    await w.getByRole('button', { name: 'Post opinion' }).click();
    // The nudge comes first (issue 12): the author posts anyway.
    await w.getByRole('button', { name: 'Post anyway' }).click();
    await mod.goto(`${base}/admin#/queue/review`);
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    // Under load the queue can render its row a moment before it takes keys: press Enter until the detail opens.
    await expect.poll(async () => {
      if ((await mod.locator('.detail').count()) === 0) await mod.keyboard.press('Enter');
      return mod.locator('.detail .card .body mark').count();
    }, { timeout: 30_000 }).toBeGreaterThan(0);
    const mark = mod.locator('.detail .card .body mark').first();
    expect(await mark.textContent()).toBe('zorblax');
    // Reader text stays text: the highlighted body contains no element but <span>, <mark> and the isolating <bdi>.
    expect(await mod.locator('.detail .card .body').first().evaluate((el) => [...el.querySelectorAll('*')].every((e) => ['SPAN', 'MARK', 'BDI'].includes(e.tagName)))).toBe(true);
    await shot(mod, 'detail');
    await mod.goto(`${base}/admin#/settings`);
    await mod.getByRole('button', { name: 'Save settings' }).waitFor();
    await shot(mod, 'settings');
    await mod.goto(`${base}/admin#/stats`);
    await mod.locator('.chart canvas').first().waitFor();
    expect(await mod.locator('.chart').count()).toBe(6);
    await shot(mod, 'stats');
    await mod.goto(`${base}/admin#/log`);
    await mod.getByRole('button', { name: 'Verify hash chain' }).click();
    await mod.getByText(/Chain intact: \d+ entries verified/).waitFor();
    expect(await mod.locator('table.log tbody tr').count()).toBeGreaterThan(10);
    await shot(mod, 'audit-log');
    await mod.goto(`${base}/moderation-log`);
    expect(await mod.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await mod.content()).not.toContain('Ravi Author');
    await shot(mod, 'public-log');

    expect(errors).toEqual([]);
  });
});
