// Browser test of the grievance desk end to end: the public form → acknowledgement mail → the officer's breach board
// → decision with a letter → the decision mail → the tracking page; plus a 375 px screenshot of the breach board.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { stories } from '../../src/web/demo/stories';
import { backends, testConfig } from '../api/harness';
import { until } from '../contract/jobs/harness';
import { smtpSink, type SmtpSink } from '../support/smtpSink';
import type { TestStore } from '../support/stores';
import { CHROMIUM, apiPost, apiReader, pageErrors, requireChromium, widget } from './harness';

const OFFICER_EMAIL = 'officer@example.test';
const OFFICER_PASSWORD = 'officer password 1';
const COMPLAINANT = 'asha.complainant@example.test';
const OFFICER = { name: 'Kavita Rao', email: 'grievance@news.example', phone: '+91 11 5555 0100', address: '12 Press Enclave, New Delhi 110017' };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const run = requireChromium('the grievance browser test');
const list = run ? await backends('the grievance browser test') : [];

async function json(base: string, method: string, url: string, token: string | null, body?: unknown) {
  const res = await fetch(base + url, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: await res.json().catch(() => null) as any };
}

/** Phone check: nothing on the page is wider than the viewport. */
const overflowX = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(list)('grievance desk in a real browser on $name', (backend) => {
  let ts: TestStore;
  let sink: SmtpSink;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let tmp: string;
  let commentId: string;
  // The server's wall clock, moved forward so that earlier complaints have used up part of their clocks.
  let offset = 0;
  const HOUR = 3_600_000;
  const others: Record<string, string> = {};

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-grievance-'));
    sink = await smtpSink();
    ts = await backend.open();
    server = await startServer(testConfig({ smtpUrl: sink.url, mailFrom: 'Grievance desk <desk@news.example>', grievanceOfficer: OFFICER }), { store: ts.store, moderator: wordListModerator(), now: () => new Date(Date.now() + offset) });
    base = server.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const { store, siteId } = server.deps;
    await ensureAdminUser({ store, now: () => new Date() }, { siteId, email: 'admin@example.test', password: 'admin password 1' });
    const admin = (await json(base, 'POST', '/api/v1/auth/login', null, { email: 'admin@example.test', password: 'admin password 1' })).body.token;
    const reg = await json(base, 'POST', '/api/v1/auth/register', null, { email: OFFICER_EMAIL, password: OFFICER_PASSWORD, displayName: 'Kavita Rao' });
    expect((await json(base, 'POST', `/api/v1/admin/users/${reg.body.user.id}/actions`, admin, { action: 'setRole', role: 'grievance_officer' })).status).toBe(200);
    const auth = await apiReader(base, 'ravi.author@example.test', 'Ravi');
    // Four earlier complaints, so the board shows every colour: at +2.5 h the 2 h one is breached, the 3 h one filed
    // at 0 h is past 80%, the 3 h one filed at +0.9 h past 50%, and the 24 h acknowledgement clock is barely started.
    const file = async (key: string, category: string) => {
      const r = await json(base, 'POST', '/api/v1/grievances', null, { category, description: `Earlier complaint ${key}.`, name: `Person ${key}`, email: `${key}@example.test` });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      others[key] = r.body.ticket;
    };
    await file('breached', 'intimate_imagery');
    await file('amber', 'court_or_government_order');
    await file('ok', 'other');
    offset = 0.9 * HOUR;
    await file('yellow', 'court_or_government_order');
    offset = 2.5 * HOUR;
    commentId = (await apiPost(base, auth, `${base}/stories/${stories[0].slug}`, 'This minister pretends to be me on every channel.')).id;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ts?.cleanup();
    await sink?.close();
  });

  it('complaint form → acknowledgement mail → breach board → decision → decision mail → tracking page', { timeout: 120_000 }, async () => {
    const reader = await (await browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    const officer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = pageErrors(reader, officer);

    // The reader finds the desk from the comment's report menu, which carries the comment's id to the form.
    await reader.goto(`${base}/stories/${stories[0].slug}`);
    await widget(reader).locator('.foot a', { hasText: 'Grievance officer' }).waitFor();
    await reader.goto(`${base}/grievance?comment=${encodeURIComponent(commentId)}`);
    await expect.poll(() => reader.locator('#officer-name').textContent()).toBe('Kavita Rao');
    expect(await reader.locator('.officer').textContent()).toContain('12 Press Enclave');
    expect(await reader.inputValue('#g-comment')).toBe(commentId);
    await reader.getByLabel(/Someone is impersonating me/).check();
    await reader.fill('#g-description', 'This comment uses my name and photo to say things I never said.');
    await reader.fill('#g-name', 'Asha Verma');
    await reader.fill('#g-email', COMPLAINANT);
    await reader.getByRole('button', { name: /Send complaint/ }).click();
    const result = reader.locator('#grievance-result');
    await result.getByText('Complaint received').waitFor();
    const shown = (await result.textContent())!;
    expect(shown).toMatch(/IST/);
    const ticket = (await result.locator('dd').first().textContent())!.trim();
    expect(ticket).not.toBe('');
    const trackingHref = (await reader.locator('#tracking-link').getAttribute('href'))!;
    expect(trackingHref).toContain('/grievance/track/');

    // The acknowledgement arrives at the SMTP sink with the ticket and the tracking link.
    await until(() => sink.messages.some((m) => m.to.includes(COMPLAINANT)), 15_000, 'the acknowledgement mail');
    const ack = sink.messages.find((m) => m.to.includes(COMPLAINANT))!;
    expect(ack.subject).toContain(ticket);
    expect(ack.text).toContain(new URL(trackingHref, base).pathname);

    // The officer signs in, opens Grievances and finds the ticket on the breach board.
    await officer.goto(`${base}/admin`);
    await officer.getByLabel('Email').fill(OFFICER_EMAIL);
    await officer.getByLabel('Password').fill(OFFICER_PASSWORD);
    await officer.getByRole('button', { name: 'Sign in' }).click();
    await officer.getByRole('link', { name: 'Grievances' }).click();
    const row = officer.locator(`.board li[data-ticket="${ticket}"]`);
    await row.waitFor();
    // Sorted by time left (most overdue first), coloured by how much of the running clock is spent.
    const board = await officer.locator('.board li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-ticket'), e.className]));
    expect(board).toEqual([
      [others.breached, 'g g-breached'], [others.amber, 'g g-amber'], [others.yellow, 'g g-yellow'], [ticket, 'g g-ok'], [others.ok, 'g g-ok'],
    ]);
    expect(await officer.locator('.board li.g-breached').textContent()).toContain('Decide: overdue by 30 m');

    // The same board on a phone: rows stack, nothing scrolls sideways. The lead looks at the screenshot.
    await officer.setViewportSize({ width: 375, height: 740 });
    await row.waitFor();
    expect(await overflowX(officer)).toBeLessThanOrEqual(0);
    const shot = path.join(tmp, `breach-board-375-${backend.name}.png`);
    await officer.screenshot({ path: shot, fullPage: true });
    console.log(`breach board at 375 px: ${shot}`);
    await officer.setViewportSize({ width: 1280, height: 900 });

    // By keyboard: focus the row's link and open it with Enter; acknowledge, then decide with a letter.
    await row.locator('a').focus();
    await officer.keyboard.press('Enter');
    await officer.getByRole('heading', { name: new RegExp(ticket) }).waitFor();
    expect(await officer.locator('.gdetail').textContent()).toContain('This minister pretends to be me');
    await officer.setViewportSize({ width: 375, height: 740 });
    expect(await overflowX(officer)).toBeLessThanOrEqual(0);
    await officer.screenshot({ path: path.join(tmp, `grievance-detail-375-${backend.name}.png`), fullPage: true });
    console.log(`grievance detail at 375 px: ${path.join(tmp, `grievance-detail-375-${backend.name}.png`)}`);
    await officer.setViewportSize({ width: 1280, height: 900 });
    await officer.getByRole('button', { name: 'Acknowledge' }).click();
    await officer.getByRole('button', { name: 'Acknowledge' }).waitFor({ state: 'detached' });
    const letter = 'We have removed the comment: it impersonated you. Thank you for telling us.';
    await officer.getByLabel('Decision letter to the complainant').fill(letter);
    await officer.getByLabel(/Remove the named comment/).check();
    await officer.getByRole('button', { name: 'Send decision' }).click();
    await officer.getByRole('heading', { name: /Decision: Upheld · comment removed/ }).waitFor();

    // The decision letter reaches the complainant, and the tracking page shows it.
    await until(() => sink.messages.filter((m) => m.to.includes(COMPLAINANT)).length >= 2, 15_000, 'the decision mail');
    const decided = sink.messages.filter((m) => m.to.includes(COMPLAINANT)).at(-1)!;
    expect(decided.subject).toContain(ticket);
    expect(decided.text).toContain('impersonated you');
    await reader.goto(new URL(trackingHref, base).href);
    const page = (await reader.locator('body').textContent())!;
    expect(page).toContain(ticket);
    expect(page).toContain(letter);
    expect(page).toMatch(/IST/);
    expect(await reader.locator('#status').textContent()).toContain('Decided');
    expect(await reader.locator('#outcome').textContent()).toContain('Upheld');
    expect(await reader.locator('#category').textContent()).toContain('Someone is impersonating me');
    await reader.setViewportSize({ width: 375, height: 740 });
    expect(await overflowX(reader)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
