// Browser test: the reader's settings panel in the widget: name, email verification, e-mail choices, my data,
// sign out everywhere, and delete my account, each checked against the store behind the real server.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { ARTIFACTS, pageErrors, registerInWidget, requireChromium, startHarness, widget, type Harness } from './harness';

describe.runIf(requireChromium('the settings panel browser test'))('widget settings panel', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h?.close());

  it('renames, shows verification, saves e-mail choices, signs out everywhere and deletes the account', { timeout: 90_000 }, async () => {
    const { store, siteId } = h.server.deps;
    const page = await (await h.browser.newContext({ viewport: { width: 800, height: 1000 } })).newPage();
    const errors = pageErrors(page);
    await page.goto(`${h.server.url}/stories/${stories[0].slug}`);
    const w = widget(page);
    await registerInWidget(page, 'Meera Iyer', 'meera@example.com');
    const user = (await store.findUserByEmail(siteId, 'meera@example.com'))!;

    await w.getByRole('button', { name: 'Settings' }).click();
    const panel = w.locator('section.settings');
    await expect(panel.locator('.email').textContent()).resolves.toContain('meera@example.com (not verified');
    // Verified elsewhere (the verification flow): reopening the panel shows it.
    await store.updateUser(user.id, { emailVerified: true });
    await panel.getByRole('button', { name: 'Close settings' }).click();
    await w.getByRole('button', { name: 'Settings' }).click();
    await expect(panel.locator('.email').textContent()).resolves.toContain('meera@example.com (verified)');

    await panel.getByLabel('Display name').fill('Meera I.');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await w.locator('.who strong', { hasText: 'Meera I.' }).waitFor();
    expect((await store.getUser(user.id))?.displayName).toBe('Meera I.');

    await panel.getByLabel('when someone replies to my comments').check();
    await panel.getByLabel('Language of e-mails').selectOption('hi');
    await panel.getByRole('button', { name: 'Save e-mail choices' }).click();
    await panel.locator('[role=status]', { hasText: 'Saved.' }).waitFor();
    expect(await store.getNotificationPrefs(user.id)).toMatchObject({ replies: true, decisions: true, lang: 'hi' });
    expect(await panel.getByRole('link', { name: 'Download my data' }).getAttribute('href')).toBe(`${h.server.url}/api/v1/me/data?download=1`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-settings.png'), fullPage: true });

    // A second device's session ends too.
    const other = await fetch(`${h.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'meera@example.com', password: 'correct horse battery staple' }) });
    const otherToken = (await other.json()).token as string;
    await panel.getByRole('button', { name: 'Sign out everywhere' }).click();
    await w.getByRole('button', { name: 'Create account' }).waitFor();
    expect((await fetch(`${h.server.url}/api/v1/me/notifications`, { headers: { authorization: `Bearer ${otherToken}` } })).status).toBe(401);
    await page.reload();
    await w.getByRole('button', { name: 'Create account' }).waitFor();
    expect(await w.locator('.who').count()).toBe(0);

    // Sign in again and delete the account (anonymise), with the password.
    await w.getByRole('button', { name: 'Already have an account? Sign in' }).click();
    await w.getByLabel('Email').fill('meera@example.com');
    await w.getByLabel('Password').fill('correct horse battery staple');
    await w.getByRole('button', { name: 'Sign in', exact: true }).click();
    await w.getByRole('button', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Delete my account' }).click();
    await panel.getByLabel('Your password').fill('correct horse battery staple');
    await panel.getByRole('button', { name: 'Delete my account now' }).click();
    await w.getByRole('button', { name: 'Create account' }).waitFor();
    expect(await store.getClosure(user.id)).toBeDefined();
    expect(errors).toEqual([]);
  });
});
