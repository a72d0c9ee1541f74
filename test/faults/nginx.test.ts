// The whole path through a real nginx (Debian's /usr/sbin/nginx) run with docs/nginx/charcha.conf, SSE included.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, expectProblem, reader } from '../api/harness';
import { eventually, readStream, spawnNode, type Node } from '../support/nodes';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const CONF = fileURLToPath(new URL('../../docs/nginx/charcha.conf', import.meta.url));
const STORY = 'https://news.example/stories/behind-nginx';

function requireNginx(): boolean {
  if (fs.existsSync(NGINX)) return true;
  if (process.env.CI === 'true') throw new Error(`nginx at ${NGINX} is required under CI but missing (.ci/run installs it)`);
  console.warn(`\n!!! nginx: ${NGINX} is missing — SKIPPING the reverse-proxy test (apt-get install -y nginx) !!!\n`);
  return false;
}

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

/** docs/nginx/charcha.conf with its listen line and upstream servers pointed at this test's ports. */
function rewriteConf(conf: string, listen: number, upstreams: string[]): string {
  const servers = /^(\s*)server 127\.0\.0\.1:\d+([^;]*);\n/gm;
  let first = true;
  const out = conf
    .replace(servers, (_m, indent: string, opts: string) => {
      if (!first) return '';
      first = false;
      return upstreams.map((u) => `${indent}server ${u}${opts};\n`).join('');
    })
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${listen};`);
  if (first || !out.includes(`listen 127.0.0.1:${listen};`)) throw new Error('docs/nginx/charcha.conf changed shape: the test cannot point it at its ports');
  return out;
}

const ok = requireNginx();

describe.skipIf(!ok)('through nginx', () => {
  let node: Node;
  let nginx: ChildProcess;
  let dir: string;
  let base: string;
  let log = '';
  beforeAll(async () => {
    node = await spawnNode({ CHARCHA_TRUST_PROXY: '127.0.0.1', CHARCHA_ORIGINS: 'https://news.example' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-nginx-'));
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'charcha.conf'), rewriteConf(fs.readFileSync(CONF, 'utf8'), port, [new URL(node.url).host]));
    // A private nginx: its own prefix, pid, logs and temp paths; one process, in the foreground, as this user.
    fs.writeFileSync(path.join(dir, 'nginx.conf'), [
      'daemon off;', 'master_process off;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {', '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/charcha.conf;`, '}', '',
    ].join('\n'));
    nginx = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr!.on('data', (d) => (log += d));
    base = `http://127.0.0.1:${port}`;
    const up = await eventually(async () => (await fetch(`${base}/healthz`)).status === 200, 10_000);
    if (!up) throw new Error(`nginx did not come up: ${log} ${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : ''}`);
  }, 120_000);
  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGQUIT');
      await gone;
    }
    await node?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('posts, reads and streams live updates through the proxy without buffering', async () => {
    const author = await reader(base);
    const first = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'through the proxy' });
    expect(first.status).toBe(201);
    const ctrl = new AbortController();
    const res = await fetch(`${base}/api/v1/stories/events?storyUrl=${encodeURIComponent(STORY)}`, { signal: ctrl.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await readStream(res, /connected to/)).text).toMatch(/connected to/);
    const posted = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'live through nginx' });
    expect(posted.status).toBe(201);
    // Unbuffered: the event arrives while the stream is still open, not when it ends.
    const { text, ended } = await readStream(res, /event: comment\n/, 5_000);
    ctrl.abort();
    expect(ended).toBe(false);
    expect(text).toContain('live through nginx');

    const page = await new Client(base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(STORY)}`);
    expect(page.status).toBe(200);
    expect(page.body.comments.map((c: { body: string }) => c.body)).toEqual(['live through nginx', 'through the proxy']);
    // Cached reads revalidate through the proxy (ETag passes both ways).
    expect((await new Client(base).get(`/api/v1/comments?storyUrl=${encodeURIComponent(STORY)}`, { 'if-none-match': page.headers.get('etag')! })).status).toBe(304);
    // Errors keep their problem+json shape.
    expectProblem(await new Client(base).get('/api/v1/nothing-here'), 404, 'not_found');
  });

  it('ran the docs file itself: only the listen and upstream server lines differ', () => {
    const strip = (conf: string) => conf.split('\n').filter((l) => !/^\s*(listen|server) [\d.:]+[^;]*;$/.test(l)).join('\n');
    const ran = fs.readFileSync(path.join(dir, 'charcha.conf'), 'utf8');
    expect(strip(ran)).toBe(strip(fs.readFileSync(CONF, 'utf8')));
    expect(ran).toMatch(/location = \/api\/v1\/stories\/events \{[^}]*proxy_buffering off;/);
  });
});
