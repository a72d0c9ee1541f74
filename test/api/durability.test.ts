// Durability: SIGKILL the real server process in the middle of a stream of posts; every 201 must survive a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, requirePostgres, schemaUrl, testSchemaName } from '../support/stores';
import { Client, reader } from './harness';

const BIN = path.resolve(__dirname, '../../bin/charcha.mjs');
const pgOk = await requirePostgres('api durability');

/** Starts `charcha serve` on a free port and resolves with its URL once it listens. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CHARCHA_WRITE_RATE_LIMIT: '1000000', LOG_LEVEL: 'silent',
      // A real deployment opens comments only once its grievance officer is published; this one sets it by environment.
      CHARCHA_GRIEVANCE_OFFICER_NAME: 'Test Officer', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'officer@news.example', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: '1 Test Road, Mumbai 400001, India', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1].replace('localhost', '127.0.0.1') });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((r) => (child.exitCode !== null || child.signalCode ? r(null) : child.once('exit', r)));

const cases = [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: !pgOk },
];

describe.each(cases)('durability on $name', ({ name, skip }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c().catch(() => undefined);
  });

  it.skipIf(skip)('keeps every acknowledged comment after SIGKILL mid-stream', async () => {
    let env: Record<string, string>;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-durable-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    if (name === 'postgres') {
      const schema = testSchemaName();
      env = { CHARCHA_DATA_DIR: dataDir, DATABASE_URL: schemaUrl(schema) };
      cleanups.push(() => dropSchema(schema));
    } else {
      env = { CHARCHA_DATA_DIR: dataDir };
    }

    const first = await serve(env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    const author = await reader(first.url);
    const storyUrl = `${first.url}/stories/durable`;
    const acknowledged: string[] = [];
    let failures = 0;
    let n = 0;
    const kill = () => first.child.kill('SIGKILL');
    // Eight concurrent posting loops; the kill lands after 150 acknowledgements, while requests are in flight.
    const worker = async () => {
      const c = new Client(first.url, author.token);
      for (;;) {
        let r;
        try {
          r = await c.post('/api/v1/comments', { storyUrl, body: `durable opinion ${n++}` });
        } catch {
          failures++;
          return;
        }
        if (r.status === 201) acknowledged.push(r.body.comment.id);
        else throw new Error(`unexpected ${r.status} ${r.text}`);
        if (acknowledged.length === 150) kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(failures).toBe(8);

    const second = await serve(env);
    cleanups.push(async () => void second.child.kill('SIGKILL'));
    const c = new Client(second.url, author.token);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const r = await c.get(`/api/v1/comments/${id}`);
      if (r.status !== 200 || r.body.comment.id !== id) missing.push(id);
    }
    expect(missing).toEqual([]);
    // Graceful shutdown: SIGTERM closes the server and exits 0.
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(second.child.exitCode).toBe(0);
  }, 120_000);
});
