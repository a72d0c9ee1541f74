// Hostile input over real HTTP: wrong JSON types, broken URLs and broken HTTP framing all get problem+json, never a 500.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, expectProblem, reader, start, type Running } from './harness';
import { sqliteTestStore } from '../support/stores';

/** Sends raw bytes and returns the raw answer (fetch cannot send malformed HTTP). */
function raw(base: string, request: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    let out = '';
    socket.on('data', (d) => { out += d.toString('utf8'); });
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('hostile input on sqlite', () => {
  let s: Running;
  let storyUrl: string;
  beforeAll(async () => {
    s = await start({ name: 'sqlite', open: sqliteTestStore });
    storyUrl = `${s.base}/stories/hostile`;
  });
  afterAll(async () => s?.stop());

  it('refuses JSON values of the wrong type instead of coercing them into a comment', async () => {
    const c = await reader(s.base);
    for (const body of [123, true, ['an array'], { text: 'x' }]) {
      const r = await c.post('/api/v1/comments', { storyUrl, body });
      expectProblem(r, 400, 'validation_failed');
      expect(r.body.detail).toContain('body.body');
    }
    const parent = await c.post('/api/v1/comments', { storyUrl, body: 'x', parentId: ['a'] });
    expectProblem(parent, 400, 'validation_failed');
    expect(parent.body.detail).toContain('body.parentId');
    // Query strings are text, so their numbers are still read as numbers.
    expect((await c.get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=5`)).status).toBe(200);
    // The policy version is a number in JSON; the text "1" is a schema violation.
    const other = await reader(s.base, { accept: false });
    expectProblem(await other.post('/api/v1/policy/accept', { version: '1' }), 400, 'validation_failed');
    expect((await other.post('/api/v1/policy/accept', { version: 1 })).status).toBe(200);
  });

  it('names the allowed values of an enumerated field', async () => {
    const r = await new Client(s.base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&sort=sideways`);
    expectProblem(r, 400, 'validation_failed');
    expect(r.body.detail).toBe('querystring.sort: must be one of "newest", "oldest", "reactions"');
  });

  it('answers a URL that is not valid percent-encoding with problem+json', async () => {
    for (const url of ['/api/v1/comments/%ff', '/stories/%ff%fe']) {
      const r = await new Client(s.base).get(url);
      expectProblem(r, 400, 'invalid_url');
    }
  });

  it('answers broken HTTP framing with problem+json and keeps serving', async () => {
    const body = '{"email":"a@b.test","password":"long enough","displayName":"X"}';
    const answer = await raw(s.base, `POST /api/v1/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\n${body}`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'bad_request' });
    expect((await new Client(s.base).get('/healthz')).text).toBe('{"status":"ok"}');
  });

  it('answers oversized headers with 431 problem+json', async () => {
    const answer = await raw(s.base, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, code: 'headers_too_large' });
  });
});

describe('display names (sqlite)', () => {
  let s: Running;
  beforeAll(async () => { s = await start({ name: 'sqlite', open: sqliteTestStore }); });
  afterAll(async () => s?.stop());

  const register = (displayName: string) =>
    new Client(s.base).post('/api/v1/auth/register', { email: `n${Math.random().toString(36).slice(2)}@example.test`, password: 'long enough', displayName });

  it('refuses names that are invisible or carry control and bidi-override characters', async () => {
    for (const name of ['\u200b\u200b', '\u200d', ' \u00a0 ', 'Asha\u202eahsA', 'tab\tname', 'line\nbreak', '\u2066x\u2069']) {
      const r = await register(name);
      expectProblem(r, 400, 'validation_failed');
      expect(r.body.detail).toContain('body.displayName');
    }
  });

  it('accepts ordinary names in Latin and Devanagari, including ZWJ/ZWNJ spellings', async () => {
    for (const name of ['Asha', 'आशा', 'क्\u200dष', 'O\'Brien-Smith', '李', '🙂']) {
      const r = await register(name);
      expect(r.status, r.text).toBe(201);
      expect(r.body.user.displayName).toBe(name);
    }
  });
});
