// `npm run bench:http [seconds] [connections]`: Charcha and the bare Fastify + better-sqlite3 server (bench/bare.ts) in one
// run, on loopback, driven by Debian's wrk; prints each figure beside the baseline's as a ratio.
// `npm run bench:http -- --pg [seconds] [connections]` (or BENCH_DB=postgres): the same on PostgreSQL, Charcha with
// DATABASE_URL on a scratch database against the bare Fastify + pg server (bench/barePg.ts) on another; both are dropped after.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRoot } from '../src/root';
import { BENCH_PG_ADMIN_URL, createScratch, type Scratch } from './pgScratch';

const HELD_BODY = 'The mayor is a fraud and a criminal who took bribes.';
const THREAD_SIZE = 1_000;
const SSE_LISTENERS = 5_000;
const SSE_EVENTS = 10;

interface Server {
  name: string; url: string; pid: number; stop(): Promise<void>;
  /** On PostgreSQL: the server's own database, whose backends' CPU is counted beside the server process's. */
  database?: string;
}

/** Debian's wrk, installed with apt-get when missing (the bench needs a C load generator on a 2-core machine). */
export function ensureWrk(): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return;
  } catch (err) {
    // wrk --version exits 1 after printing; only ENOENT means it is missing.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return;
  }
  process.stderr.write('bench: wrk is missing; installing it with apt-get\n');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const [cmd, ...rest] = [...sudo, 'apt-get', 'install', '-y', 'wrk'];
  execFileSync(cmd, rest, { stdio: 'inherit', timeout: 300_000 });
}

function spawnServer(name: string, args: string[], env: NodeJS.ProcessEnv, pattern: RegExp): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        name, url: m[1].replace('localhost', '127.0.0.1'), pid: child.pid!,
        stop: () => new Promise<void>((r) => {
          if (child.exitCode !== null) return r();
          child.once('exit', () => r());
          child.kill('SIGTERM');
        }),
      });
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

export const startCharcha = (dataDir: string, databaseUrl = '') => spawnServer('charcha', [
  ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), fromRoot('bin/charcha.mjs'), 'serve',
], {
  PORT: '0', HOST: '127.0.0.1', CHARCHA_DATA_DIR: dataDir, CHARCHA_WRITE_RATE_LIMIT: '100000000', LOG_LEVEL: 'silent',
  CHARCHA_GRIEVANCE_OFFICER_NAME: 'Bench Officer', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'officer@bench.example',
  CHARCHA_GRIEVANCE_OFFICER_ADDRESS: 'Bench Road, Delhi, India', DATABASE_URL: databaseUrl, REDIS_URL: '',
}, /listening on (http:\/\/\S+) \(started/);

const startBare = (dataDir: string) => spawnServer('bare', ['--import', 'tsx', fromRoot('bench/bare.ts'), dataDir], {}, /listening on (http:\/\/\S+)/);
const startBarePg = (databaseUrl: string) => spawnServer('bare', ['--import', 'tsx', fromRoot('bench/barePg.ts'), databaseUrl], {}, /listening on (http:\/\/\S+)/);

function cpuMs(pid: number): number {
  // utime + stime of the server process, in clock ticks (100 Hz on Linux).
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(stat[11]) + Number(stat[12])) * 10;
}

/** CPU ms of each PostgreSQL backend now connected to `database` (same machine; a backend gone since reads as absent). */
function backendCpu(database: string | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!database) return out;
  const pids = execFileSync('psql', [BENCH_PG_ADMIN_URL, '-Atc', `SELECT pid FROM pg_stat_activity WHERE datname = '${database}'`], { encoding: 'utf8' });
  for (const pid of pids.split('\n').filter(Boolean).map(Number)) {
    try {
      out.set(pid, cpuMs(pid));
    } catch {
      // It ended between the query and the read.
    }
  }
  return out;
}
const backendDelta = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function call(base: string, method: string, url: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await r.json().catch(() => null)) as any;
  if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

async function register(s: Server, name: string): Promise<{ token: string; id: string }> {
  const r = await call(s.url, 'POST', '/api/v1/auth/register', { email: `${name}@bench.example`, password: 'bench-opinions-2026', displayName: name });
  if (s.name === 'charcha') await call(s.url, 'POST', '/api/v1/policy/accept', { version: 1 }, r.token);
  return { token: r.token, id: r.user.id };
}

interface Fixture { poster: string; reader: string; readStory: string; postStory: string; sseStory: string }

/** Both servers get the same thread: 1,000 comments (800 top-level, 200 replies) by 5 authors, the reader's held one, 5 reactions. */
export async function seed(s: Server): Promise<Fixture> {
  const authors = await Promise.all([1, 2, 3, 4, 5].map((i) => register(s, `author${i}`)));
  const reader = await register(s, 'reader');
  const story = (slug: string) => `${s.url}/stories/${slug}`;
  const readStory = story('breaking');
  const tops: string[] = [];
  const post = (i: number, parentId: string | null) => call(s.url, 'POST', '/api/v1/comments', {
    storyUrl: readStory, parentId, body: `Seed opinion ${i}: the talks went on late into the night and nobody said much.`,
  }, authors[i % authors.length].token);
  for (let i = 0; i < 800; i += 10) {
    const made = await Promise.all(Array.from({ length: 10 }, (_, k) => post(i + k, null)));
    tops.push(...made.map((m) => m.comment.id as string));
  }
  // Replies one at a time: concurrent replies between the same authors deadlock Charcha on PostgreSQL (the reply
  // notification locks both authors' user rows, in either order, inside the post's transaction), which is not what this measures.
  for (let i = 800; i < THREAD_SIZE; i++) await post(i, tops[i * 7 % tops.length]);
  // The reader's own comment, held for review (the bare server is told the status; Charcha's engine decides it).
  const held = await call(s.url, 'POST', '/api/v1/comments', { storyUrl: readStory, body: HELD_BODY, status: 'review' }, reader.token);
  if (held.comment.status === 'approved') throw new Error('the held seed comment was approved; pick another HELD_BODY');
  for (const id of tops.slice(-5)) await call(s.url, 'POST', `/api/v1/comments/${id}/reactions`, {}, reader.token);
  return { poster: authors[0].token, reader: reader.token, readStory, postStory: story('live-blog'), sseStory: story('fan-out') };
}

interface Load { perSecond: number; p50: number; p99: number; ok: number; errors: number; cpuPerReq: number; dbCpuPerReq: number }

/**
 * One bounded wrk run (1 thread; stops at `seconds` or `maxRequests`, whichever comes first). `postEvery`: every Nth request
 * is a POST of a new comment to `postUrl`; reads alternate anonymous and signed in when `readToken` is 'both'.
 */
export function wrk(s: Server, opts: { seconds: number; connections: number; path: string; readToken?: string; both?: boolean; postEvery?: number; postUrl?: string; postToken?: string; maxRequests: number }): Load {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-wrk-'));
  const lua = `
local n, done, max = 0, 0, ${opts.maxRequests}
local readAuth = ${opts.readToken ? `{ ["Authorization"] = "Bearer ${opts.readToken}" }` : '{}'}
local both = ${opts.both ? 'true' : 'false'}
local postEvery = ${opts.postEvery ?? 0}
local postHeaders = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer ${opts.postToken ?? ''}" }
request = function()
  n = n + 1
  if postEvery > 0 and n % postEvery == 0 then
    local body = '{"storyUrl":"${opts.postUrl ?? ''}","body":"Benchmark opinion number ' .. n .. ' about the talks."}'
    return wrk.format("POST", "/api/v1/comments", postHeaders, body)
  end
  if both and n % 2 == 0 then return wrk.format("GET", "${opts.path}", {}) end
  return wrk.format("GET", "${opts.path}", readAuth)
end
response = function(status, headers, body)
  done = done + 1
  if done >= max then wrk.thread:stop() end
end
`;
  fs.writeFileSync(path.join(dir, 'load.lua'), lua);
  const cpu0 = cpuMs(s.pid);
  const db0 = backendCpu(s.database);
  const out = execFileSync('wrk', ['-t', '1', '-c', String(opts.connections), '-d', `${opts.seconds}s`, '--timeout', '5s', '--latency', '-s', path.join(dir, 'load.lua'), s.url],
    { encoding: 'utf8', timeout: (opts.seconds + 30) * 1000 });
  const cpu = cpuMs(s.pid) - cpu0;
  const dbCpu = backendDelta(db0, backendCpu(s.database));
  fs.rmSync(dir, { recursive: true, force: true });
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const ms = (re: RegExp) => {
    const m = re.exec(out);
    return m ? Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1) : NaN;
  };
  const total = num(/(\d+) requests in/);
  const errors = (num(/Non-2xx or 3xx responses: (\d+)/) || 0) + (num(/Socket errors:.*timeout (\d+)/) || 0);
  const secs = num(/requests in ([\d.]+)s/) || opts.seconds;
  const ok = total - errors;
  return { perSecond: ok / secs, p50: ms(/50%\s+([\d.]+)(us|ms|s)/), p99: ms(/99%\s+([\d.]+)(us|ms|s)/), ok, errors, cpuPerReq: cpu / Math.max(1, total), dbCpuPerReq: dbCpu / Math.max(1, total) };
}

interface Fanout { p50: number; p99: number; delivered: number; expected: number }

/** SSE fan-out: `listeners` raw sockets (spread over 127.0.0.2–51, as readers behind many addresses), then events one at a time. */
async function fanout(s: Server, f: Fixture, listeners: number, events: number): Promise<Fanout> {
  const { port } = new URL(s.url);
  const target = `/api/v1/stories/events?storyUrl=${encodeURIComponent(f.sseStory)}`;
  await call(s.url, 'GET', `/api/v1/comments?storyUrl=${encodeURIComponent(f.sseStory)}&limit=1`);
  let marker = '';
  let t0 = 0;
  const lat: number[] = [];
  let got = 0;
  const sockets: net.Socket[] = [];
  let ready = 0;
  const open = (i: number) => new Promise<void>((resolve, reject) => {
    const sock = net.connect({ host: '127.0.0.1', port: Number(port), localAddress: `127.0.0.${2 + Math.floor(i / 100)}` });
    sockets.push(sock);
    let connected = false;
    sock.setEncoding('utf8');
    sock.on('error', reject);
    sock.on('data', (chunk: string) => {
      if (!connected && chunk.includes(': connected')) {
        connected = true;
        ready++;
        resolve();
      }
      if (marker && chunk.includes(marker)) {
        lat.push(performance.now() - t0);
        got++;
      }
    });
    sock.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\n\r\n`);
  });
  try {
    for (let i = 0; i < listeners; i += 250) await Promise.all(Array.from({ length: Math.min(250, listeners - i) }, (_, k) => open(i + k)));
    if (ready !== listeners) throw new Error(`only ${ready} of ${listeners} streams opened`);
    for (let e = 0; e < events; e++) {
      marker = `fanout-${e}-${Math.random().toString(36).slice(2)}`;
      got = 0;
      t0 = performance.now();
      await call(s.url, 'POST', '/api/v1/comments', { storyUrl: f.sseStory, body: `Live update ${marker} from the counting centre.` }, f.poster);
      const deadline = performance.now() + 5_000;
      while (got < listeners && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    for (const sock of sockets) sock.destroy();
  }
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  return { p50: q(0.5), p99: q(0.99), delivered: lat.length, expected: listeners * events };
}

type Row = { label: string; charcha: string; bare: string; ratio: string };

export async function run(argv: string[]): Promise<number> {
  const postgres = argv.includes('--pg') || process.env.BENCH_DB === 'postgres';
  const args = argv.filter((a) => a !== '--pg');
  const seconds = Number(args[0] ?? 6);
  const connections = Number(args[1] ?? 10);
  const maxRequests = 200_000;
  ensureWrk();
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-')), fs.mkdtempSync(path.join(os.tmpdir(), 'bare-bench-'))];
  const started = performance.now();
  const scratch: Scratch | null = postgres ? await createScratch(['charcha', 'bare']) : null;
  const servers = await Promise.allSettled(scratch
    ? [startCharcha(dirs[0], scratch.urls.charcha), startBarePg(scratch.urls.bare)]
    : [startCharcha(dirs[0]), startBare(dirs[1])]);
  const rows: Row[] = [];
  try {
    const failed = servers.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [charcha, bare] = servers.map((s) => (s as PromiseFulfilledResult<Server>).value);
    if (scratch) [charcha.database, bare.database] = [scratch.names.charcha, scratch.names.bare];
    const fx = { charcha: await seed(charcha), bare: await seed(bare) };
    const page = (f: Fixture) => `/api/v1/comments?storyUrl=${encodeURIComponent(f.readStory)}&limit=50`;
    // Each scenario runs on the bare server and then on Charcha, back to back, so both see the same machine load.
    const both = (fn: (s: Server, f: Fixture) => Load) => ({ bare: fn(bare, fx.bare), charcha: fn(charcha, fx.charcha) });
    const base = { seconds, connections, maxRequests };
    const post = both((s, f) => wrk(s, { ...base, path: '/', postEvery: 1, postUrl: f.postStory, postToken: f.poster }));
    const signed = both((s, f) => wrk(s, { ...base, path: page(f), readToken: f.reader }));
    const anon = both((s, f) => wrk(s, { ...base, path: page(f) }));
    const mixed = both((s, f) => wrk(s, { ...base, path: page(f), readToken: f.reader, both: true, postEvery: 10, postUrl: f.readStory, postToken: f.poster }));
    const sse = { bare: await fanout(bare, fx.bare, SSE_LISTENERS, SSE_EVENTS), charcha: await fanout(charcha, fx.charcha, SSE_LISTENERS, SSE_EVENTS) };

    const n0 = (x: number) => x.toFixed(0);
    const ms1 = (x: number) => `${x.toFixed(1)} ms`;
    const rate = (label: string, r: { bare: Load; charcha: Load }, against = r.bare) => {
      rows.push({ label: `${label}: req/s`, charcha: n0(r.charcha.perSecond), bare: n0(against.perSecond), ratio: `${(r.charcha.perSecond / against.perSecond).toFixed(2)}×` });
      rows.push({ label: `${label}: p50 / p99`, charcha: `${ms1(r.charcha.p50)} / ${ms1(r.charcha.p99)}`, bare: `${ms1(against.p50)} / ${ms1(against.p99)}`, ratio: `${(r.charcha.p99 / against.p99).toFixed(2)}× p99` });
      rows.push({ label: `${label}: server CPU ms/req`, charcha: r.charcha.cpuPerReq.toFixed(3), bare: against.cpuPerReq.toFixed(3), ratio: `${(r.charcha.cpuPerReq / against.cpuPerReq).toFixed(2)}×` });
      if (scratch) rows.push({ label: `${label}: PostgreSQL CPU ms/req`, charcha: r.charcha.dbCpuPerReq.toFixed(3), bare: against.dbCpuPerReq.toFixed(3), ratio: `${(r.charcha.dbCpuPerReq / against.dbCpuPerReq).toFixed(2)}×` });
      if (r.charcha.errors || against.errors) rows.push({ label: `${label}: errors`, charcha: String(r.charcha.errors), bare: String(against.errors), ratio: '' });
    };
    rate('POST a comment (moderation on, ack after commit)', post);
    rate('first page of 1,000, signed in', signed);
    // The anonymous page is compared with the bare server's uncached anonymous page.
    rate('first page of 1,000, anonymous', anon);
    rate('mixed: 90% reads (half signed in), 10% posts', mixed);
    rows.push({ label: `SSE fan-out to ${SSE_LISTENERS} (${SSE_EVENTS} events): delivery p50 / p99`, charcha: `${ms1(sse.charcha.p50)} / ${ms1(sse.charcha.p99)}`, bare: `${ms1(sse.bare.p50)} / ${ms1(sse.bare.p99)}`, ratio: `${(sse.charcha.p99 / sse.bare.p99).toFixed(2)}× p99` });
    rows.push({ label: 'SSE fan-out: delivered', charcha: `${sse.charcha.delivered}/${sse.charcha.expected}`, bare: `${sse.bare.delivered}/${sse.bare.expected}`, ratio: '' });
  } finally {
    await Promise.all(servers.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    await scratch?.drop();
  }
  const w = [Math.max(...rows.map((r) => r.label.length)), Math.max(...rows.map((r) => r.charcha.length)), Math.max(...rows.map((r) => r.bare.length))];
  const line = (a: string, b: string, c: string, d: string) => `| ${a.padEnd(w[0])} | ${b.padStart(w[1])} | ${c.padStart(w[2])} | ${d} |`;
  process.stdout.write([
    `charcha HTTP benchmark on ${scratch ? `PostgreSQL ${scratch.version} (synchronous_commit=${scratch.synchronousCommit}, a scratch database per server, pools of 10)` : 'SQLite (synchronous=FULL)'} — wrk, 1 thread, ${connections} connections, ${seconds} s per run (at most ${maxRequests} requests);`,
    `both servers in their own processes on loopback, each scenario run on the bare server then on Charcha; ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`,
    ...(scratch ? ['server CPU is the Node process alone; PostgreSQL CPU is that of the backends connected to its database'] : []),
    '',
    line('', 'Charcha', 'bare', 'ratio'),
    `|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 1)}:|${'-'.repeat(w[2] + 1)}:|---|`,
    ...rows.map((r) => line(r.label, r.charcha, r.bare, r.ratio)),
    '',
    `whole run: ${((performance.now() - started) / 1000).toFixed(0)} s`,
    '',
  ].join('\n'));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then((c) => process.exit(c), (e) => { console.error(e); process.exit(1); });
}
