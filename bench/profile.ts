// `npx tsx bench/profile.ts <post|signed|anonymous> [DIR]`: Charcha under wrk with `node --cpu-prof` (profiles in DIR),
// on the same 1,000-comment fixture as bench:http. Open the .cpuprofile in Chrome DevTools (the last seconds are the load).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWrk, seed, startCharcha, wrk } from './http';

const what = process.argv[2] ?? 'signed';
const out = path.resolve(process.argv[3] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-prof-')));
process.env.BENCH_CPU_PROF = out;
ensureWrk();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-prof-data-'));
const server = await startCharcha(dataDir);
try {
  const f = await seed(server);
  const page = `/api/v1/comments?storyUrl=${encodeURIComponent(f.readStory)}&limit=50`;
  const base = { seconds: 6, connections: 10, maxRequests: 100_000 };
  const r = what === 'post'
    ? wrk(server, { ...base, path: '/', postEvery: 1, postUrl: f.postStory, postToken: f.poster })
    : wrk(server, { ...base, path: page, readToken: what === 'signed' ? f.reader : undefined });
  process.stdout.write(`${what}: ${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.cpuPerReq.toFixed(2)} server CPU ms/req\n`);
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.stdout.write(`profiles in ${out}\n`);
