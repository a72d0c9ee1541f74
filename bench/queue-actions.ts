// Queue action latency: N approve/reject actions over HTTP against a `charcha serve` child process (SQLite or PostgreSQL).
// Run: npx tsx bench/queue-actions.ts [N=1000] [concurrency=1] [sqlite|postgres]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropSchema, schemaUrl } from '../test/support/stores';

const N = Number(process.argv[2] ?? 1000);
const CONC = Number(process.argv[3] ?? 1);
const BACKEND = process.argv[4] === 'postgres' ? 'postgres' : 'sqlite';
const schema = `charcha_bench_${Date.now()}`;
const databaseUrl = BACKEND === 'postgres' ? schemaUrl(schema) : '';
const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-queue-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;

async function call(method: string, url: string, token: string | null, body?: unknown) {
  const res = await fetch(base + url, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`);
  return data as any;
}

const pct = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main() {
  const server = spawn(process.execPath, [path.join(root, 'bin/charcha.mjs'), 'serve'], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CHARCHA_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, REDIS_URL: '',
      CHARCHA_WRITE_RATE_LIMIT: '100000000', CHARCHA_ADMIN_EMAIL: 'bench-admin@example.test', CHARCHA_ADMIN_PASSWORD: 'bench admin password', LOG_LEVEL: 'error' },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (b) => { out += b; if (out.includes('admin:')) resolve(); });
      server.on('exit', (c) => reject(new Error(`server exited ${c}`)));
      setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    });
    const admin = (await call('POST', '/api/v1/auth/login', null, { email: 'bench-admin@example.test', password: 'bench admin password' })).token;
    await call('PATCH', '/api/v1/admin/settings', admin, { premoderation: true });
    const reg = await call('POST', '/api/v1/auth/register', null, { email: 'author@example.test', password: 'author password', displayName: 'Author' });
    await call('POST', '/api/v1/policy/accept', reg.token, { version: 1 });
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const c = await call('POST', '/api/v1/comments', reg.token, { storyUrl: `${base}/stories/bench`, body: `Opinion number ${i} about the talks.` });
      ids.push(c.comment.id);
    }
    const q0 = performance.now();
    const queue = await call('GET', '/api/v1/admin/queue?queue=review&limit=100', admin);
    const queueMs = performance.now() - q0;

    const lat: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONC }, async () => {
      while (next < ids.length) {
        const i = next++;
        const body = i % 2 === 0 ? { action: 'approve' } : { action: 'reject', reason: 'insult' };
        const s = performance.now();
        await call('POST', `/api/v1/admin/comments/${ids[i]}/actions`, admin, body);
        lat.push(performance.now() - s);
      }
    }));
    const wall = performance.now() - t0;
    lat.sort((a, b) => a - b);
    const mean = lat.reduce((a, b) => a + b, 0) / lat.length;
    const f = (n: number) => n.toFixed(2);
    console.log(JSON.stringify({
      backend: BACKEND === 'postgres' ? 'postgresql (127.0.0.1, pg pool)' : 'sqlite (synchronous=FULL, WAL)', actions: N, concurrency: CONC,
      p50ms: f(pct(lat, 0.5)), p90ms: f(pct(lat, 0.9)), p99ms: f(pct(lat, 0.99)), maxms: f(lat[lat.length - 1]), meanms: f(mean),
      actionsPerSecond: Math.round((N / wall) * 1000), queuePageMs: f(queueMs), queueRows: queue.comments.length,
    }, null, 2));
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (BACKEND === 'postgres') await dropSchema(schema);
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
