// Browser check: a right-to-left override in a comment or a name is shown as a marker and reorders nothing on screen.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { apiPost, apiReader, ARTIFACTS, pageErrors, requireChromium, startHarness, widget, type Harness } from './harness';

describe.runIf(requireChromium('the bidi browser check'))('bidi text in the widget', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h?.close());

  it('isolates the body and the name, and shows U+202E as [RLO] instead of obeying it', { timeout: 60_000 }, async () => {
    const articleUrl = `${h.server.url}/stories/${stories[0].slug}`;
    const email = `bidi-${Date.now()}@example.com`;
    const auth = await apiReader(h.server.url, email, 'Asha');
    // Registration refuses such names, but older accounts and SSO names may carry one: render it safely anyway.
    const { store, siteId } = h.server.deps;
    const user = (await store.findUserByEmail(siteId, email))!;
    await store.updateUser(user.id, { displayName: 'Asha\u202Enavres' });
    const body = 'get it at https://evil.example/\u202Egnp.exe today';
    const posted = await apiPost(h.server.url, auth, articleUrl, body);

    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    await page.goto(articleUrl);
    const item = widget(page).locator(`.comment[data-id="${posted.id}"]`);
    await item.locator('.body').waitFor();
    const shown = await item.locator('.body').innerText();
    expect(shown).toContain('https://evil.example/[RLO]gnp.exe');
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(await item.locator('.body bdi[dir="auto"]').count()).toBe(1);
    expect(await item.locator('.body .bidi-mark').getAttribute('title')).toBe('U+202E');
    // On screen the marker sits before "gnp.exe", left to right: "exe.png" is never what the reader sees.
    const order = await item.locator('.body a').evaluate((a) => {
      const mark = a.querySelector('.bidi-mark')!.getBoundingClientRect();
      const range = document.createRange();
      const tail = [...a.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('gnp'))!;
      range.selectNodeContents(tail);
      return { mark: mark.left, tail: range.getBoundingClientRect().left };
    });
    expect(order.tail).toBeGreaterThan(order.mark);
    // The link still goes where the stored text says (the control percent-encoded), and the name is isolated too.
    expect(await item.locator('.body a').getAttribute('href')).toBe('https://evil.example/%E2%80%AEgnp.exe');
    expect(await item.locator('header strong bdi[dir="auto"]').innerText()).toBe('Asha[RLO]navres');
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-bidi.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
