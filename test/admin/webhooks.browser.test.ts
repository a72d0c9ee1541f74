// Browser test: an admin adds a webhook endpoint in the dashboard, sends a test event to a loopback receiver and sees it
// delivered in the log (the signature it carries verifies with the secret the screen showed once).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { verifySignature } from '../../src/webhooks/sign';
import { ARTIFACTS, pageErrors, requireChromium, startHarness, type Harness } from '../browser/harness';
import { webhookReceiver, type WebhookReceiver } from '../support/webhookReceiver';

describe.runIf(requireChromium('the webhooks dashboard browser test'))('webhooks screen in a real browser', () => {
  let h: Harness;
  let rx: WebhookReceiver;

  beforeAll(async () => {
    h = await startHarness();
    rx = await webhookReceiver();
    const { store, siteId } = h.server.deps;
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'admin@example.test', password: 'admin password 1' });
  });
  afterAll(async () => { await h?.close(); await rx?.close(); });

  it('adds an endpoint, sends a test event, and the delivery log shows it delivered', { timeout: 90_000 }, async () => {
    const p = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = pageErrors(p);
    await p.goto(`${h.server.url}/admin`);
    await p.getByLabel('Email').fill('admin@example.test');
    await p.getByLabel('Password').fill('admin password 1');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('link', { name: 'Webhooks' }).click();
    await p.getByLabel('URL').fill(rx.url);
    await p.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await p.getByRole('alert').locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await p.getByRole('button', { name: 'Send test event' }).click();
    const row = p.getByRole('table', { name: 'Deliveries' }).locator('tbody tr').first();
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('delivered');
    expect(await row.textContent()).toContain('webhook.test');
    expect(await row.textContent()).toContain('200');
    await p.screenshot({ path: path.join(ARTIFACTS, 'dashboard-webhooks.png'), fullPage: true });
    expect(rx.received).toHaveLength(1);
    const [hit] = rx.received;
    expect(verifySignature(secret, String(hit.headers['charcha-signature']), hit.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(errors).toEqual([]);
  });
});
