// Browser test: the People page: staff list with a role change, a reader found by e-mail, their history with
// statuses, and a note another moderator then sees; stored and audited; fits 375 px, and axe finds nothing serious.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiReader, pageErrors, requireChromium, type Harness } from '../browser/harness';
import { startStaffHarness } from './staffHarness';
import { seriousViolations } from './axe';

const SCREENS = '/work/screens/dash2';
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.runIf(requireChromium('the people page browser test'))('people page in a real browser', () => {
  let h: Harness;
  let base: string;
  let meeraId: string;
  let monaId: string;
  let heldId: string;

  beforeAll(async () => {
    ({ h, base } = await startStaffHarness());
    const { store, siteId } = h.server.deps;
    const meera = await apiReader(base, 'meera@example.test', 'Meera Kulkarni');
    const held = await apiPost(base, meera, `${base}/stories/metro-fares`, 'Metro fares went up again this month.');
    await apiPost(base, meera, `${base}/stories/metro-fares`, 'The new line opens next year.');
    await store.updateComment(held.id, { status: 'rejected', statusReason: 'spam' });
    heldId = held.id;
    meeraId = (await store.findUserByEmail(siteId, 'meera@example.test'))!.id;
    await apiReader(base, 'mona@example.test', 'Mona Moderator');
    monaId = (await store.findUserByEmail(siteId, 'mona@example.test'))!.id;
    await store.updateUser(monaId, { role: 'moderator' });
  });
  afterAll(() => h?.close());

  const signIn = async (width: number, hash: string, email = 'admin@example.test', password = 'admin password 1') => {
    const p = await (await h.browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await p.goto(`${base}/admin${hash}`);
    await p.getByLabel('Email').fill(email);
    await p.getByLabel('Password').fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    return p;
  };

  it('changes a role, finds a reader, shows their history and shares a note', { timeout: 90_000 }, async () => {
    const { store } = h.server.deps;
    const p = await signIn(1280, '#/people');
    const errors = pageErrors(p);
    const mona = p.locator('li.person', { hasText: 'Mona Moderator' });
    await mona.waitFor({ timeout: 15_000 });
    expect(await p.locator('li.person').count()).toBe(2);
    expect(await p.locator('li.person', { hasText: 'Meera' }).count()).toBe(0);
    await p.screenshot({ path: path.join(SCREENS, 'people-desktop.png'), fullPage: true });
    expect(await seriousViolations(p)).toEqual([]);
    // Your own role is not changeable here (the server refuses it too).
    expect(await p.locator('li.person', { hasText: 'your own account' }).getByLabel('Role').isDisabled()).toBe(true);

    await mona.getByLabel('Role').selectOption('grievance_officer');
    await expect.poll(async () => (await store.getUser(monaId))?.role).toBe('grievance_officer');
    await mona.getByLabel('Role').selectOption('moderator');
    await expect.poll(async () => (await store.getUser(monaId))?.role).toBe('moderator');
    const roles = (await store.listAudit(1, 100_000)).filter((e) => e.action === 'user.role' && e.targetId === monaId).map((e) => e.reason);
    expect(roles).toEqual(['grievance_officer', 'moderator']);

    await p.getByLabel('Reader\'s e-mail').fill('MEERA@example.test');
    await p.getByRole('button', { name: 'Find reader' }).click();
    await p.getByRole('heading', { name: 'Meera Kulkarni' }).waitFor();
    const history = p.locator('li.history');
    await expect.poll(() => history.count()).toBe(2);
    expect((await history.locator('.status').allTextContents()).sort()).toEqual(['approved', 'rejected']);
    await p.getByLabel(/New note/).fill('Posts the same link in every story.\nWarned once.');
    await p.getByRole('button', { name: 'Add note' }).click();
    await p.locator('li.reader-note', { hasText: 'Warned once.' }).waitFor();
    expect(await p.locator('li.reader-note .muted').textContent()).toMatch(/^Administrator · /);
    await p.screenshot({ path: path.join(SCREENS, 'person-desktop.png'), fullPage: true });
    expect(await seriousViolations(p)).toEqual([]);
    const notes = await store.listReaderNotes(meeraId);
    expect(notes.map((n) => n.body)).toEqual(['Posts the same link in every story.\nWarned once.']);
    expect((await store.listAudit(1, 100_000)).filter((e) => e.action === 'user.note').map((e) => e.targetId)).toEqual([meeraId]);
    expect(errors).toEqual([]);
  });

  it('another moderator sees the note; both pages fit 375 px', { timeout: 60_000 }, async () => {
    await h.server.deps.store.updateUser(monaId, { role: 'moderator' });
    const p = await signIn(375, '#/people', 'mona@example.test', 'a long enough password');
    await p.locator('li.person').first().waitFor({ timeout: 15_000 });
    expect(await overflow(p)).toBe(0);
    expect(await p.locator('li.person select').first().isDisabled()).toBe(true);
    await p.screenshot({ path: path.join(SCREENS, 'people-375.png'), fullPage: true });
    // From a comment's detail, the author's page is one link away.
    await p.goto(`${base}/admin#/comment/${heldId}`);
    await p.getByRole('link', { name: 'All their comments and moderators\' notes' }).click();
    await p.locator('li.reader-note', { hasText: 'Warned once.' }).waitFor();
    expect(p.url()).toContain(`#/people/${meeraId}`);
    expect(await overflow(p)).toBe(0);
    await p.screenshot({ path: path.join(SCREENS, 'person-375.png'), fullPage: true });
    expect(await seriousViolations(p)).toEqual([]);
  });
});
