// Browser test: a publisher's article list on another loopback origin loads count.js, which fills every count with one request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPost, apiReader, pageErrors, requireChromium, startHarness, type Harness } from './harness';

describe.runIf(requireChromium('the count.js browser test'))('count.js on a publisher page', () => {
  let h: Harness;
  let publisher: http.Server;
  let pub: string;

  beforeAll(async () => {
    // The publisher's site exists first: its origin must be allowed before the server starts.
    let page = '';
    publisher = http.createServer((_req, res) => { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page); });
    await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
    pub = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
    h = await startHarness({ CHARCHA_ORIGINS: pub });
    const base = h.server.url;
    page = `<!doctype html><meta charset="utf-8"><title>Latest news</title><ul>
      <li><a href="/story-a">Story A</a> <span id="a" data-charcha-count="${pub}/story-a">…</span> comments</li>
      <li><a href="/story-b">Story B</a> <span id="b" data-charcha-count="/story-b">…</span> comments</li>
      <li><a href="/story-c">Story C</a> <span id="c" data-charcha-count="${pub}/story-c">…</span> comments</li>
      <li>Story A again: <b id="a2" data-charcha-count="${pub}/story-a#comments">…</b></li>
    </ul><script src="${base}/count.js" async></script>`;
    const auth = await apiReader(base, 'counter@example.test', 'Counter');
    const first = await apiPost(base, auth, `${pub}/story-a`, 'A thoughtful opinion about the budget.');
    await apiPost(base, auth, `${pub}/story-a`, 'I agree with the analysis.', first.id);
    await apiPost(base, auth, `${pub}/story-b`, 'Good reporting on the monsoon.');
    const hidden = await apiPost(base, auth, `${pub}/story-b`, 'This one is removed by staff.');
    await h.server.deps.store.updateComment(hidden.id, { status: 'removed' });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise<void>((r) => (publisher ? publisher.close(() => r()) : r()));
  });

  it('fills each data-charcha-count with public counts from one batched request', { timeout: 60_000 }, async () => {
    const p = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(p);
    const countRequests: string[] = [];
    p.on('request', (r) => { if (r.url().includes('/api/v1/counts')) countRequests.push(r.url()); });
    await p.goto(`${pub}/`);
    await p.waitForFunction(() => document.querySelectorAll('[data-charcha-count-value]').length === 4);
    expect(await p.locator('#a').textContent()).toBe('2');
    expect(await p.locator('#b').textContent()).toBe('1');
    expect(await p.locator('#c').textContent()).toBe('0');
    expect(await p.locator('#a2').textContent()).toBe('2');
    expect(countRequests).toHaveLength(1);
    expect(new URL(countRequests[0]).searchParams.getAll('url').sort()).toEqual([`${pub}/story-a`, `${pub}/story-b`, `${pub}/story-c`]);
    expect(errors).toEqual([]);
  });
});
