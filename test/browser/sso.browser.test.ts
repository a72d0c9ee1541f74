// Browser test: a publisher page on another loopback origin hands its signed-in reader to the widget by JWT.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageErrors, requireChromium, startHarness, widget, type Harness } from './harness';

// Another loopback address is another site to the browser (see thread.browser.test.ts).
const PUBLISHER_HOST = '127.0.0.2';
const SECRET = 'publisher-shared-secret-for-the-browser-test';

/** What the publisher's CMS does per page view: a fresh short-lived token for its signed-in reader. */
const mint = () => new SignJWT({ sub: 'pub-7', name: 'Priya Publisher', email: 'priya@news.test', email_verified: true })
  .setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setJti(randomUUID()).setExpirationTime('10m')
  .sign(new TextEncoder().encode(SECRET));

describe.runIf(requireChromium('the SSO browser test'))('publisher SSO in a real browser', () => {
  let h: Harness;
  let publisher: Server;
  let origin: string;
  const minted: string[] = [];

  beforeAll(async () => {
    publisher = createServer((req, res) => {
      void (async () => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        // /with-token: the CMS renders the token; /without: a page whose template has none; /spa: signs in by JS later.
        const token = path === '/with-token' ? await mint() : null;
        if (token) minted.push(token);
        const attr = token ? ` data-charcha-sso-token="${token}"` : '';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>Story</title><h1>Story</h1>
<script>window.Charcha = { onLoginRequest: function () { window.__loginRequested = (window.__loginRequested || 0) + 1; } };</script>
<script src="${h.server.url}/embed.js" data-charcha-story-url="${origin}/story" data-charcha-title="Story"${attr} async></script>`);
      })();
    });
    await new Promise<void>((resolve) => publisher.listen(0, PUBLISHER_HOST, resolve));
    origin = `http://${PUBLISHER_HOST}:${(publisher.address() as AddressInfo).port}`;
    h = await startHarness({ CHARCHA_ORIGINS: origin, CHARCHA_SSO_SECRET: SECRET });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise<void>((r) => publisher?.close(() => r()));
  });

  const kept = (p: Page) => p.evaluate((key) => localStorage.getItem(key), `charcha.session:${h.server.url}`);
  const who = (p: Page) => widget(p).locator('.who strong');

  it('shows the reader signed in, posts, keeps the session over reloads and pages, logs out; Charcha.login signs in again', { timeout: 90_000 }, async () => {
    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/with-token`);
    const w = widget(page);
    await expect(who(page).textContent()).resolves.toBe('Priya Publisher');
    const session = JSON.parse((await kept(page))!);
    expect(session.token).toMatch(/^[\w-]{40,}$/);

    await w.getByRole('checkbox').check();
    await w.getByRole('button', { name: 'Accept and continue' }).click();
    await w.getByLabel('Your opinion').fill('The publisher sign-in works across pages, which is good.');
    await w.getByRole('button', { name: 'Post opinion' }).click();
    await w.locator('.comment .body', { hasText: 'works across pages' }).waitFor();

    // A reload mints a new token for the same reader: the kept session is reused, not replaced.
    await page.reload();
    await expect(who(page).textContent()).resolves.toBe('Priya Publisher');
    expect(minted.length).toBeGreaterThanOrEqual(2);
    expect(minted.at(-1)).not.toBe(minted.at(-2));
    expect(JSON.parse((await kept(page))!).token).toBe(session.token);
    await w.getByLabel('Your opinion').waitFor();
    // Another page of the site, whose template renders no token: still signed in, from the first-party key.
    await page.goto(`${origin}/without`);
    await expect(who(page).textContent()).resolves.toBe('Priya Publisher');
    await w.locator('.comment .body', { hasText: 'works across pages' }).waitFor();

    // Sign out: the key is gone and the session is dead on the server too.
    await w.getByRole('button', { name: 'Sign out' }).click();
    await w.getByRole('button', { name: 'Sign in to comment' }).waitFor();
    expect(await kept(page)).toBeNull();
    const after = await fetch(`${h.server.url}/api/v1/auth/session`, { headers: { authorization: `Bearer ${session.token}` } });
    expect(after.status).toBe(401);
    // With SSO, "Sign in" is the publisher's login (its hook), not Charcha's form.
    expect(await w.getByLabel('Password').count()).toBe(0);
    await w.getByRole('button', { name: 'Sign in to comment' }).click();
    expect(await page.evaluate(() => (window as unknown as { __loginRequested?: number }).__loginRequested)).toBe(1);

    // A single-page site signs the reader in by JS.
    await page.evaluate((t) => (window as unknown as { Charcha: { login(t: string): Promise<void> } }).Charcha.login(t), await mint());
    await expect(who(page).textContent()).resolves.toBe('Priya Publisher');
    expect(JSON.parse((await kept(page))!).token).not.toBe(session.token);
    await page.evaluate(() => (window as unknown as { Charcha: { logout(): Promise<void> } }).Charcha.logout());
    await w.getByRole('button', { name: 'Sign in to comment' }).waitFor();
    expect(await kept(page)).toBeNull();
    expect(errors).toEqual([]);
  });
});
