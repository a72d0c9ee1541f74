// Tests of the web plugin over real HTTP: /embed.js headers, caching and gzip; the demo front page and articles.
import { get, type IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from './demo/stories';
import { webRoutes } from './routes';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = Fastify();
  await app.register(webRoutes, { config: { publicUrl: null } });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

describe('/embed.js', () => {
  it('serves the bundle as JavaScript with cache, CORS and ETag headers', async () => {
    const res = await fetch(`${base}/embed.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toContain('attachShadow');
    const again = await fetch(`${base}/embed.js`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('sends the gzipped bundle to clients that accept gzip', async () => {
    // node:http, unlike fetch, hands back the raw bytes on the wire.
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${base}/embed.js`, { headers: { 'accept-encoding': 'gzip, br' } }, resolve).on('error', reject));
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect([body[0], body[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(body).toString()).toContain('attachShadow');
  });
});

describe('demo site', () => {
  it('lists every story on the front page', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const s of stories) expect(html).toContain(`href="/stories/${s.slug}"`);
    expect(html).toContain('Kremlin says Kyiv is avoiding dialogue');
  });

  it('renders the seed article with the widget tag and its entities, leaving the site notice to the widget', async () => {
    const res = await fetch(`${base}/stories/${stories[0].slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<script src="${base}/embed.js" data-charcha-story-url="${base}/stories/${stories[0].slug}"`);
    expect(html).toContain('data-charcha-entities="Peskov,Lukashenko,Zelensky,Putin,Kremlin,Kyiv"');
    // The widget shows the policy, in the reader's language: a copy in the page would show it twice (issue 12).
    expect(html).not.toContain('The opinions posted here do not belong to');
    expect(html).not.toContain('class="notice"');
    expect(html).toContain('realities on the ground');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('passes a chosen interface language to the widget and ignores unknown ones', async () => {
    expect(await (await fetch(`${base}/stories/${stories[1].slug}?lang=hi`)).text()).toContain('data-charcha-lang="hi"');
    expect(await (await fetch(`${base}/stories/${stories[1].slug}?lang=xx"><b>`)).text()).not.toContain('data-charcha-lang');
  });

  it('answers 404 for an unknown story', async () => {
    const res = await fetch(`${base}/stories/no-such-story`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Story not found');
  });

  it('uses the configured public URL for story URLs', async () => {
    const other = Fastify();
    await other.register(webRoutes, { config: { publicUrl: 'https://news.example/' } });
    const res = await other.inject(`/stories/${stories[0].slug}`);
    expect(res.body).toContain('data-charcha-story-url="https://news.example/stories/');
    expect(res.body).toContain('src="https://news.example/embed.js"');
    await other.close();
  });
});
