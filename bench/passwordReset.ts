// Password-reset timing on SQLite over loopback HTTP: requests for known and unknown addresses, interleaved, so the
// two latency distributions can be compared (`npm run bench:reset -- [requests per kind]`). Mail goes to an SMTP sink.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startServer } from '../src/main';
import { wordListModerator } from '../src/moderation/wordlist';
import { smtpSink } from '../test/support/smtpSink';

const n = Number(process.argv[2] ?? 200);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-reset-'));
const sink = await smtpSink();
const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, logLevel: 'silent', writeRateLimit: 1_000_000, smtpUrl: sink.url };
const server = await startServer(config, { moderator: wordListModerator() });
const post = async (url: string, body: unknown) => {
  const t0 = performance.now();
  const r = await fetch(server.url + url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await r.text();
  return { ms: performance.now() - t0, status: r.status };
};
// Known addresses: one account each, so the per-account mail limit never turns the job into a no-op.
const known: string[] = [];
for (let i = 0; i < n; i++) {
  const email = `bench${i}@example.test`;
  await post('/api/v1/auth/register', { email, password: 'bench password 123', displayName: `Bench ${i}` });
  known.push(email);
}
const times = { known: [] as number[], unknown: [] as number[] };
for (let i = 0; i < n; i++) {
  for (const kind of (i % 2 ? ['known', 'unknown'] : ['unknown', 'known']) as (keyof typeof times)[]) {
    const r = await post('/api/v1/auth/password-reset', { email: kind === 'known' ? known[i] : `nobody${i}@example.test` });
    if (r.status !== 202) throw new Error(`status ${r.status}`);
    times[kind].push(r.ms);
  }
}
const until = Date.now() + 60_000;
while (sink.messages.filter((m) => /^Reset/.test(m.subject)).length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
await server.close();
await sink.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`${n} requests per kind, interleaved, SQLite, loopback HTTP; reset mails delivered: ${sink.messages.filter((m) => /^Reset/.test(m.subject)).length}`);
for (const kind of ['known', 'unknown'] as const) {
  const xs = times[kind];
  console.log(`${kind.padEnd(7)} median ${q(xs, 0.5).toFixed(2)} ms  p90 ${q(xs, 0.9).toFixed(2)} ms  mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} ms`);
}
