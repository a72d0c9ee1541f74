// Browser test: the staff sign-in is an httpOnly cookie session (a new tab is signed in, script sees no token), its writes
// need the CSRF header, and signing out in one tab signs out the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { pageErrors, requireChromium, startHarness, type Harness } from '../browser/harness';
import { seriousViolations } from './axe';

describe.runIf(requireChromium('the staff session browser test'))('staff session in a real browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const { store, siteId } = h.server.deps;
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'admin@example.test', password: 'admin password 1' });
  });
  afterAll(() => h?.close());

  it('signs in once and stays signed in in a new tab; cookie writes need the CSRF header; sign-out ends every tab', { timeout: 90_000 }, async () => {
    const base = h.server.url;
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await context.newPage();
    const errors = pageErrors(first);
    await first.goto(`${base}/admin`);
    await first.getByLabel('Email').waitFor();
    expect(await seriousViolations(first)).toEqual([]);
    await first.getByLabel('Email').fill('admin@example.test');
    await first.getByLabel('Password').fill('admin password 1');
    await first.getByRole('button', { name: 'Sign in' }).click();
    await first.getByRole('button', { name: 'Sign out' }).waitFor();

    // The session is the httpOnly cookie; nothing is kept where page script could read or steal it.
    const cookies = await context.cookies(base);
    expect(cookies.find((c) => c.name === 'charcha_session')?.httpOnly).toBe(true);
    expect(await first.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie.includes('charcha_session')])).toEqual([0, 0, false]);

    // A new tab of the same browser opens signed in, on the queue.
    const second = await context.newPage();
    errors.push(...pageErrors(second));
    await second.goto(`${base}/admin#/stats`);
    await second.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await second.getByLabel('Email').count()).toBe(0);

    // A cookie-authenticated write without the CSRF header (what a cross-site form could send) is refused; with it, accepted.
    const status = await second.evaluate(async () => {
      const without = await fetch('/api/v1/admin/session', { method: 'POST' });
      const csrf = /charcha_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
      const withIt = await fetch('/api/v1/admin/session', { method: 'POST', headers: { 'x-csrf-token': csrf } });
      return [without.status, (await without.json()).code, withIt.status];
    });
    expect(status).toEqual([403, 'csrf_failed', 200]);

    // Signing out in the second tab ends the session for the first as well: its next request lands on the sign-in form.
    await second.getByRole('button', { name: 'Sign out' }).click();
    await second.getByLabel('Email').waitFor();
    expect((await context.cookies(base)).find((c) => c.name === 'charcha_session')).toBeUndefined();
    await first.goto(`${base}/admin#/settings`);
    await first.reload();
    await first.getByLabel('Email').waitFor();

    // Both staff sign-ins (the form, and the CSRF-carrying call above) went by the cookie, none by a bearer token.
    const audit = await h.server.deps.store.listAudit(1, 1000);
    expect(audit.filter((e) => e.action === 'staff.sign_in').map((e) => (e.data as { kind?: string } | null)?.kind)).toEqual(['cookie', 'cookie']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
