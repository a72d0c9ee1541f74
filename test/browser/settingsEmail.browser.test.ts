// Browser test: the settings panel's email section against a real SMTP sink: the not-verified notice and its resend
// (refused within the minute, then mailed), and an email change whose mailed link makes the new address the account's.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { until } from '../contract/jobs/harness';
import { smtpSink, type SmtpSink } from '../support/smtpSink';
import { pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

const SECRET = 'publisher-shared-secret-for-the-settings-test';

describe.runIf(requireChromium('the settings email browser test'))('widget settings: email verification and change', () => {
  let h: Harness;
  let sink: SmtpSink;
  let offset = 0;
  beforeAll(async () => {
    sink = await smtpSink();
    h = await startHarness({ CHARCHA_SMTP_URL: sink.url, CHARCHA_EMAIL_VERIFICATION: 'on', CHARCHA_SSO_SECRET: SECRET }, { now: () => new Date(Date.now() + offset) });
  });
  afterAll(async () => { await h?.close(); await sink?.close(); });

  const mails = (to: string) => sink.messages.filter((m) => m.to.includes(to) && /^Confirm your (new )?email address$/.test(m.subject));
  const linkIn = (text: string) => /https?:\/\/\S+\/account\/verify-email\?token=[A-Za-z0-9_-]{43}/.exec(text)![0];

  it('resends the link, changes the address with the password, and shows it verified once the link is opened', { timeout: 90_000 }, async () => {
    const { store, siteId } = h.server.deps;
    const email = `unverified-${Date.now()}@example.com`;
    const fresh = `moved-${Date.now()}@example.com`;
    const page = await (await h.browser.newContext({ viewport: { width: 800, height: 1000 } })).newPage();
    const errors = pageErrors(page);
    const articleUrl = `${h.server.url}/stories/${stories[0].slug}`;
    await page.goto(articleUrl);
    const w = widget(page);
    await registerInWidget(page, 'Kavya Rao', email);
    await until(() => mails(email).length === 1, 15_000, 'the sign-up verification mail');

    await w.getByRole('button', { name: 'Settings' }).click();
    const panel = w.locator('section.settings');
    await panel.getByText('Your email is not verified — comments wait for review until you confirm it.').waitFor();
    // The sign-up's link went out this minute: the server refuses, and the panel says so in words.
    await panel.getByRole('button', { name: 'Send the link again' }).click();
    await panel.locator('.resend-status', { hasText: 'Please wait a minute' }).waitFor();
    offset += 61_000;
    await panel.getByRole('button', { name: 'Send the link again' }).click();
    await panel.locator('.resend-status', { hasText: 'We sent a new link' }).waitFor();
    await until(() => mails(email).length === 2, 15_000, 'the resent verification mail');

    // Change the address: a wrong password is refused; the right one mails the new address, the old one stays.
    offset += 61_000;
    await panel.getByRole('button', { name: 'Change email' }).click();
    await panel.getByLabel('New email address').fill(fresh);
    await panel.getByLabel('Current password').fill('not my password at all');
    await panel.getByRole('button', { name: 'Send the link', exact: true }).click();
    await panel.locator('.change-status', { hasText: 'That password is not right.' }).waitFor();
    await panel.getByLabel('Current password').fill('correct horse battery staple');
    await panel.getByRole('button', { name: 'Send the link', exact: true }).click();
    await panel.locator('.change-status', { hasText: `We sent a link to ${fresh}; your address changes when you open it.` }).waitFor();
    await until(() => mails(fresh).length === 1, 15_000, 'the mail to the new address');
    expect((await store.findUserByEmail(siteId, email))?.emailVerified).toBe(false);

    // Open the link as a reader would: the page, then its button.
    const verifier = await (await h.browser.newContext()).newPage();
    await verifier.goto(linkIn(mails(fresh)[0].text));
    await verifier.getByRole('button', { name: 'Confirm this address' }).click();
    await expect(verifier.getByRole('status').textContent()).resolves.toContain('your email address is confirmed');
    expect(await store.findUserByEmail(siteId, fresh)).toMatchObject({ email: fresh, emailVerified: true });

    await page.reload();
    await w.getByRole('button', { name: 'Settings' }).click();
    await expect(panel.locator('.email').textContent()).resolves.toContain(`${fresh} (verified)`);
    expect(await panel.locator('.verify-notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('hides the change form for a reader whose email the publisher sign-in manages, once the server says so', { timeout: 60_000 }, async () => {
    const jwt = await new SignJWT({ sub: `sso-${Date.now()}`, email: `sso-${Date.now()}@news.test`, email_verified: true, name: 'Sso Reader' })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    await page.goto(`${h.server.url}/stories/${stories[0].slug}`);
    // The same-origin SSO sign-in sets the cookie session the widget picks up on reload.
    expect(await page.evaluate(async (token) => (await fetch('/api/v1/auth/sso', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })).status, jwt)).toBe(200);
    await page.reload();
    const w = widget(page);
    await w.getByRole('button', { name: 'Settings' }).click();
    const panel = w.locator('section.settings');
    await panel.getByRole('button', { name: 'Change email' }).click();
    await panel.getByLabel('New email address').fill('elsewhere@example.com');
    await panel.getByLabel('Current password').fill('anything at all');
    await panel.getByRole('button', { name: 'Send the link', exact: true }).click();
    await panel.locator('.change-status', { hasText: "Your email comes from the publisher's sign-in" }).waitFor();
    expect(await panel.locator('form.change-email').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Change email' }).count()).toBe(0);
    expect(await panel.locator('.verify-notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
