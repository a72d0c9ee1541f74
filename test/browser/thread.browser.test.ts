// Browser test of the thread: load more, respect, reply, report, edit, withdraw, sort, keyboard use, and a foreign-origin embed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { apiPost, apiReader, ARTIFACTS, pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

// Another loopback address is another site to the browser, and (unlike a made-up public host) passes Chrome's
// local-network-access checks, which real publishers on public addresses never meet.
const PUBLISHER_HOST = '127.0.0.2';

describe.runIf(requireChromium('the thread browser test'))('thread in a real browser', () => {
  let h: Harness;
  let storyUrl: string;
  let publisher: Server;
  let publisherOrigin: string;

  beforeAll(async () => {
    // The publisher's own site: a real HTTP server whose article carries only the script tag.
    publisher = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Budget</title><h1>Budget day</h1><p>Article text.</p>
<script src="${h.server.url}/embed.js" data-charcha-story-url="${publisherOrigin}${req.url}" data-charcha-title="Budget day" async></script>`);
    });
    await new Promise<void>((resolve) => publisher.listen(0, PUBLISHER_HOST, resolve));
    publisherOrigin = `http://${PUBLISHER_HOST}:${(publisher.address() as AddressInfo).port}`;
    h = await startHarness({ CHARCHA_ORIGINS: publisherOrigin });
    storyUrl = `${h.server.url}/stories/${stories[1].slug}`;
    // Made-up words on the publisher's lists, so the outcome does not depend on the engine's lexicons.
    const { store, siteId } = h.server.deps;
    const site = (await store.getSite(siteId))!;
    const moderation = { ...site.settings.moderation, bannedWords: ['zorkbanned'], suspectWords: ['zorksuspect'] };
    await store.saveSite({ ...site, settings: { ...site.settings, moderation } });
  });
  afterAll(async () => {
    await h?.close();
    publisher?.close();
  });

  it('pages, reacts, replies, reports, edits and withdraws', { timeout: 90_000 }, async () => {
    const auth = await apiReader(h.server.url, 'meena@example.com', 'Meena');
    // The widget creates the story on first load; the API creates it on the first post from our own origin.
    const seeded: string[] = [];
    for (let i = 1; i <= 52; i++) seeded.push((await apiPost(h.server.url, auth, storyUrl, `Seed opinion number ${i}`)).id);
    // Two other readers respect opinion 3, so it leads the "most respected" order.
    for (const name of ['om', 'uma']) {
      const other = await apiReader(h.server.url, `${name}@example.com`, name);
      expect((await fetch(`${h.server.url}/api/v1/comments/${seeded[2]}/reactions`, { method: 'POST', headers: other, body: '{}' })).status).toBe(200);
    }

    const page = await (await h.browser.newContext({ viewport: { width: 900, height: 900 } })).newPage();
    const errors = pageErrors(page);
    page.on('dialog', (d) => d.accept()); // the withdraw confirmation
    await page.goto(storyUrl);
    const w = widget(page);
    await w.locator('.comment').first().waitFor();
    expect(await w.locator('.thread > .comment').count()).toBe(50);
    expect(await w.locator('.thread > .comment .body').first().textContent()).toBe('Seed opinion number 52');
    await w.getByRole('button', { name: 'Load more' }).click();
    await w.locator('.thread > .comment').nth(51).waitFor();
    expect(await w.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    // Signed out, Respect explains itself instead of doing nothing, next to the button (issue 12).
    await w.locator('.thread > .comment').first().locator('.actions button', { hasText: 'Respect' }).click();
    await expect.poll(() => w.locator('.thread > .comment').first().locator('.actions .hint').textContent()).toBe('Sign in to show respect. Sign in');

    // A refused sign-in shows the server's problem detail in the alert region.
    await w.getByRole('button', { name: 'Already have an account? Sign in' }).click();
    await w.getByLabel('Email').fill('nobody@example.com');
    await w.getByLabel('Password').fill('not the password');
    await w.locator('form.auth').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => w.getByRole('alert').textContent()).toBe('Wrong email or password.');
    await w.getByRole('button', { name: 'New here? Create an account' }).click();

    await registerInWidget(page, 'Kabir', 'kabir@example.com');
    const top = w.locator('.thread > .comment').first();

    // Respect, operated from the keyboard.
    const respect = top.locator('.actions button', { hasText: 'Respect' });
    await respect.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => respect.getAttribute('aria-pressed')).toBe('true');
    expect(await respect.locator('.n').textContent()).toBe('1');

    // Reply: indented under its parent.
    await top.locator('.actions button', { hasText: 'Reply' }).first().click();
    await top.getByLabel('Your reply').fill('A reply from Kabir');
    await top.getByRole('button', { name: 'Post reply' }).click();
    await top.locator('.replies > .comment', { hasText: 'A reply from Kabir' }).waitFor();
    // By id from here on: while the edit form is open the text lives in a textarea, not in the item's text.
    const replyId = await top.locator('.replies > .comment', { hasText: 'A reply from Kabir' }).getAttribute('data-id');
    const reply = top.locator(`.replies > .comment[data-id="${replyId}"]`);

    // Report another reader's opinion with a reason from the policy's categories.
    await top.locator('> article .actions button', { hasText: 'Report' }).click();
    await top.getByLabel('Reason').selectOption('insult');
    await top.getByLabel('Details (optional)').fill('Testing the report form');
    await top.getByRole('button', { name: 'Send report' }).click();
    await top.getByRole('status').waitFor();
    const reports = await h.server.deps.store.listReports((await top.getAttribute('data-id'))!);
    expect(reports.map((r) => [r.reason, r.note])).toEqual([['insult', 'Testing the report form']]);

    // Edit own reply within the window: the text changes and is marked edited; then withdraw it.
    await reply.getByRole('button', { name: 'Edit' }).click();
    await reply.getByLabel('Edit').fill('A corrected reply from Kabir');
    await reply.getByRole('button', { name: 'Save' }).click();
    await reply.locator('.body', { hasText: 'A corrected reply from Kabir' }).waitFor();
    expect(await reply.locator('header').textContent()).toContain('(edited)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'thread-actions.png'), fullPage: false });
    await reply.getByRole('button', { name: 'Withdraw' }).click();
    await reply.waitFor({ state: 'detached' });

    // The author sees their own held and rejected opinions, with the rule that was applied; other readers do not.
    const box = w.getByLabel('Your opinion');
    await box.fill('This one says zorksuspect.');
    await w.getByRole('button', { name: 'Post opinion' }).click();
    // The nudge comes first (issue 12): the author posts anyway.
    await w.getByRole('button', { name: 'Post anyway' }).click();
    await w.locator('.comment', { hasText: 'This one says zorksuspect.' }).locator('.badge.held').waitFor();
    await box.fill('This one says zorkbanned.');
    await w.getByRole('button', { name: 'Post opinion' }).click();
    await w.getByRole('button', { name: 'Post anyway' }).click();
    const gone = w.locator('.comment', { hasText: 'This one says zorkbanned.' }).locator('.badge.gone');
    await gone.waitFor();
    expect(await gone.textContent()).toMatch(/^Not published · .*Rule applied: \S+/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'thread-own-statuses.png'), fullPage: false });
    const stranger = await (await h.browser.newContext()).newPage();
    await stranger.goto(storyUrl);
    await widget(stranger).locator('.comment').first().waitFor();
    expect(await widget(stranger).locator('.comment', { hasText: /zork/ }).count()).toBe(0);

    // Sort oldest first.
    await w.getByLabel('Sort').selectOption('oldest');
    await expect.poll(() => w.locator('.thread > .comment .body').first().textContent()).toBe('Seed opinion number 1');
    await w.getByLabel('Sort').selectOption('reactions');
    await expect.poll(() => w.locator('.thread > .comment .body').first().textContent()).toBe('Seed opinion number 3');
    expect(await w.locator('.thread > .comment').first().locator('.actions .n').textContent()).toBe('2');
    expect(errors).toEqual([]);
  });

  it('works embedded on a publisher page of another origin', { timeout: 90_000 }, async () => {
    const page = await (await h.browser.newContext({ viewport: { width: 700, height: 900 } })).newPage();
    const errors = pageErrors(page);
    const articleUrl = `${publisherOrigin}/2026/11/budget`;
    await page.goto(articleUrl);
    await registerInWidget(page, 'Farah', 'farah@example.com');
    await widget(page).getByLabel('Your opinion').fill('Posted from the publisher site.');
    await widget(page).getByRole('button', { name: 'Post opinion' }).click();
    await widget(page).locator('.comment .body', { hasText: 'Posted from the publisher site.' }).waitFor();
    const story = await h.server.deps.store.findStoryByUrl(h.server.deps.siteId, articleUrl);
    expect(story?.title).toBe('Budget day');
    expect(errors).toEqual([]);
  });
});
