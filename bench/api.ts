// API benchmark: start-up time and comments/s through the HTTP API on SQLite (`npx tsx bench/api.ts [seconds] [connections]`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/charcha.mjs');

async function startChild(dataDir: string): Promise<{ url: string; ms: number; serverMs: number; kill: () => void; pid: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CHARCHA_DATA_DIR: dataDir, CHARCHA_WRITE_RATE_LIMIT: '100000000', LOG_LEVEL: 'silent', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+) \(started in (\d+) ms\)/);
      if (m) resolve({ url: m[1].replace('localhost', '127.0.0.1'), ms: performance.now() - t0, serverMs: Number(m[2]), kill: () => child.kill('SIGTERM'), pid: child.pid! });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function json(url: string, init: RequestInit & { json?: unknown; token?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const r = await fetch(url, { ...init, headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  return { status: r.status, body: (await r.json().catch(() => null)) as any };
}

function cpuMs(pid: number): number {
  // utime + stime of the server process, in clock ticks (100 Hz on Linux).
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(stat[11]) + Number(stat[12])) * 10;
}

async function load(seconds: number, connections: number, op: (i: number) => Promise<boolean>) {
  const end = performance.now() + seconds * 1000;
  const lat: number[] = [];
  let errors = 0;
  let i = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const t = performance.now();
      if (await op(i++)) lat.push(performance.now() - t);
      else errors++;
    }
  }));
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  return { ok: lat.length, errors, perSecond: lat.length / seconds, p50: q(0.5), p99: q(0.99) };
}

export async function run(args: string[]): Promise<number> {
  const seconds = Number(args[0] ?? 10);
  const connections = Number(args[1] ?? 10);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-'));
  const server = await startChild(dataDir);
  try {
    const reg = await json(`${server.url}/api/v1/auth/register`, { method: 'POST', json: { email: 'bench@example.test', password: 'benchmark', displayName: 'Bench' } });
    const token = reg.body.token as string;
    await json(`${server.url}/api/v1/policy/accept`, { method: 'POST', json: { version: 1 }, token });
    const storyUrl = `${server.url}/stories/bench`;
    const cpu0 = cpuMs(server.pid);
    const posts = await load(seconds, connections, async (i) =>
      (await json(`${server.url}/api/v1/comments`, { method: 'POST', json: { storyUrl, body: `Benchmark opinion number ${i} about the talks.` }, token })).status === 201);
    const cpuPost = (cpuMs(server.pid) - cpu0) / Math.max(1, posts.ok);
    const cpu1 = cpuMs(server.pid);
    const thread = `${server.url}/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=50`;
    const reads = await load(seconds, connections, async () => (await fetch(thread)).status === 200 && true);
    const cpuRead = (cpuMs(server.pid) - cpu1) / Math.max(1, reads.ok);
    const fmt = (r: typeof posts) => `${r.perSecond.toFixed(0)}/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.ok} ok, ${r.errors} errors)`;
    process.stdout.write([
      `charcha API benchmark on SQLite — ${connections} connections × ${seconds} s, Node fetch load generator in a separate process`,
      `  start-up: ${server.ms.toFixed(0)} ms from spawn to listening (${server.serverMs} ms inside the process)`,
      `  POST /api/v1/comments: ${fmt(posts)}  ${cpuPost.toFixed(2)} server CPU ms/post`,
      `  GET thread page (50 of ${posts.ok}): ${fmt(reads)}  ${cpuRead.toFixed(2)} server CPU ms/read`,
      '',
    ].join('\n'));
  } finally {
    server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then((c) => process.exit(c), (e) => { console.error(e); process.exit(1); });
}
