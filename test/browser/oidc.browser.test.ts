// Browser test: OIDC in a real popup against a real oidc-provider: a reader from a publisher page, a staff member in the dashboard.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startProvider, walkSignIn, type TestProvider } from '../support/oidcProvider';
import { pageErrors, requireChromium, startHarness, widget, type Harness } from './harness';

const PUBLISHER_HOST = '127.0.0.2';

/** The provider's development pages in the popup: log in as `login` with any password, then consent. */
async function providerLogin(popup: Page, login: string) {
  await popup.locator('input[name=login]').fill(login);
  await popup.locator('input[name=password]').fill('any password');
  await popup.locator('button[type=submit]').click();
  // Waited for from before the click: the callback page may post and close before the click returns.
  const closed = popup.waitForEvent('close');
  await popup.locator('button[type=submit]', { hasText: /continue/i }).click();
  await closed;
}

describe.runIf(requireChromium('the OIDC browser test'))('OIDC sign-in in a real browser', () => {
  let h: Harness;
  let idp: TestProvider;
  let publisher: Server;
  let origin: string;

  beforeAll(async () => {
    idp = await startProvider();
    idp.accounts.set('ravi', { email: 'ravi@idp.test', email_verified: true, name: 'Ravi from the IdP' });
    idp.accounts.set('editor', { email: 'editor@idp.test', email_verified: true, name: 'Editor' });
    publisher = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Story</title><h1>Story</h1>
<script src="${h.server.url}/embed.js" data-charcha-story-url="${origin}/story" data-charcha-title="Story" async></script>`);
    });
    await new Promise<void>((resolve) => publisher.listen(0, PUBLISHER_HOST, resolve));
    origin = `http://${PUBLISHER_HOST}:${(publisher.address() as AddressInfo).port}`;
    h = await startHarness({ CHARCHA_ORIGINS: origin, CHARCHA_OIDC_ISSUER: idp.issuer, CHARCHA_OIDC_CLIENT_ID: idp.clientId, CHARCHA_OIDC_CLIENT_SECRET: idp.clientSecret });
    idp.allowRedirect(`${h.server.url}/oidc/callback`);
  });
  afterAll(async () => {
    await h?.close();
    await idp?.close();
    await new Promise<void>((r) => publisher?.close(() => r()));
  });

  it('signs a reader in from the widget on a publisher page, and the session survives a reload', { timeout: 90_000 }, async () => {
    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    await page.goto(origin);
    const w = widget(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), w.getByRole('button', { name: 'Sign in with your account' }).click()]);
    await providerLogin(popup, 'ravi');
    await expect(w.locator('.who strong').textContent()).resolves.toBe('Ravi from the IdP');
    await page.reload();
    await expect(w.locator('.who strong').textContent()).resolves.toBe('Ravi from the IdP');
    expect(errors).toEqual([]);
  });

  it('signs a staff member in to the dashboard with the identity they linked', { timeout: 90_000 }, async () => {
    const { store, siteId } = h.server.deps;
    const password = 'editor password for the browser test';
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'editor@idp.test', password });
    // Linking is its own tested flow (test/api/oidc.test.ts); here it is done over HTTP to keep the browser part short.
    const login = await (await fetch(`${h.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@idp.test', password }) })).json();
    const link = await fetch(`${h.server.url}/api/v1/auth/oidc/link`, { method: 'POST', headers: { authorization: `Bearer ${login.token}` } });
    await walkSignIn((await link.json()).url, 'editor', { url: h.server.url, cookies: link.headers.getSetCookie() });

    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    await page.goto(`${h.server.url}/admin`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Sign in with single sign-on' }).click()]);
    await providerLogin(popup, 'editor');
    await expect(page.locator('header .who').textContent()).resolves.toContain('admin');
    expect(errors).toEqual([]);
  });
});
