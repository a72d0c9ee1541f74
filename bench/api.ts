// API benchmark: start-up time and comments/s through the HTTP API on SQLite (`npx tsx bench/api.ts [seconds] [connections] [--wrk]`).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRoot } from '../src/root';

const BIN = fromRoot('bin/charcha.mjs');

async function startChild(dataDir: string): Promise<{ url: string; ms: number; serverMs: number; kill: () => Promise<void>; pid: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CHARCHA_DATA_DIR: dataDir, CHARCHA_WRITE_RATE_LIMIT: '100000000', LOG_LEVEL: 'silent', CHARCHA_GRIEVANCE_OFFICER_NAME: 'Bench Officer', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'officer@bench.example', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: 'Bench Road, Delhi, India', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+) \(started in (\d+) ms\)/);
      if (m) resolve({ url: m[1].replace('localhost', '127.0.0.1'), ms: performance.now() - t0, serverMs: Number(m[2]), kill: () => new Promise<void>((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }), pid: child.pid! });
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

/** wrk (a C load generator, `apt-get install wrk`) disturbs a 2-core machine far less than Node fetch loops. */
function wrk(seconds: number, connections: number, url: string, script: string | null, headers: string[] = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-wrk-'));
  const args = ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--latency', ...headers.flatMap((h) => ['-H', h])];
  if (script) {
    fs.writeFileSync(path.join(dir, 'post.lua'), script);
    args.push('-s', path.join(dir, 'post.lua'));
  }
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const ms = (re: RegExp) => {
    const m = re.exec(out);
    return m ? Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1) : NaN;
  };
  const total = num(/(\d+) requests in/);
  const errors = num(/Non-2xx or 3xx responses: (\d+)/) || 0;
  return { ok: total - errors, errors, perSecond: num(/Requests\/sec:\s+([\d.]+)/) * (total ? (total - errors) / total : 0), p50: ms(/50%\s+([\d.]+)(us|ms|s)/), p99: ms(/99%\s+([\d.]+)(us|ms|s)/) };
}

const postScript = (storyUrl: string, token: string) => `
counter = 0
request = function()
  counter = counter + 1
  local body = '{"storyUrl":"${storyUrl}","body":"Benchmark opinion number ' .. counter .. ' about the talks."}'
  return wrk.format("POST", "/api/v1/comments", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer ${token}" }, body)
end
`;

export async function run(args: string[]): Promise<number> {
  const useWrk = args.includes('--wrk');
  args = args.filter((a) => a !== '--wrk');
  const seconds = Number(args[0] ?? 10);
  const connections = Number(args[1] ?? 10);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-'));
  const server = await startChild(dataDir);
  try {
    const reg = await json(`${server.url}/api/v1/auth/register`, { method: 'POST', json: { email: 'bench@example.test', password: 'bench-opinions-2026', displayName: 'Bench' } });
    const token = reg.body.token as string;
    await json(`${server.url}/api/v1/policy/accept`, { method: 'POST', json: { version: 1 }, token });
    const storyUrl = `${server.url}/stories/bench`;
    const cpu0 = cpuMs(server.pid);
    const posts = useWrk
      ? wrk(seconds, connections, server.url, postScript(storyUrl, token))
      : await load(seconds, connections, async (i) =>
        (await json(`${server.url}/api/v1/comments`, { method: 'POST', json: { storyUrl, body: `Benchmark opinion number ${i} about the talks.` }, token })).status === 201);
    const cpuPost = (cpuMs(server.pid) - cpu0) / Math.max(1, posts.ok);
    const cpu1 = cpuMs(server.pid);
    const thread = `${server.url}/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=50`;
    const reads = useWrk ? wrk(seconds, connections, thread, null) : await load(seconds, connections, async () => (await fetch(thread)).status === 200);
    const cpuRead = (cpuMs(server.pid) - cpu1) / Math.max(1, reads.ok);
    // A signed-in reader's page includes their own held comments, so it is rendered per request (no shared cache).
    const cpu2 = cpuMs(server.pid);
    const auth = `Authorization: Bearer ${token}`;
    const ownReads = useWrk
      ? wrk(seconds, connections, thread, null, [auth])
      : await load(seconds, connections, async () => (await fetch(thread, { headers: { authorization: `Bearer ${token}` } })).status === 200);
    const cpuOwn = (cpuMs(server.pid) - cpu2) / Math.max(1, ownReads.ok);
    const fmt = (r: typeof posts) => `${r.perSecond.toFixed(0)}/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.ok} ok, ${r.errors} errors)`;
    process.stdout.write([
      `charcha API benchmark on SQLite — ${connections} connections × ${seconds} s, ${useWrk ? 'wrk' : 'Node fetch'} load generator; server in its own process`,
      `  start-up: ${server.ms.toFixed(0)} ms from spawn to listening (${server.serverMs} ms inside the process)`,
      `  POST /api/v1/comments: ${fmt(posts)}  ${cpuPost.toFixed(2)} server CPU ms/post`,
      `  GET thread page (50 of ${posts.ok}), anonymous: ${fmt(reads)}  ${cpuRead.toFixed(2)} server CPU ms/read`,
      `  GET thread page (50 of ${posts.ok}), signed in: ${fmt(ownReads)}  ${cpuOwn.toFixed(2)} server CPU ms/read`,
      '',
    ].join('\n'));
  } finally {
    await server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then((c) => process.exit(c), (e) => { console.error(e); process.exit(1); });
}
