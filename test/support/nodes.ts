// Test helper: real `charcha serve` processes (app nodes) on loopback, for multi-node and fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/charcha.mjs', import.meta.url));

export interface Node {
  child: ChildProcess;
  url: string;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Kills the process (if running) and deletes its directory. */
  cleanup(): Promise<void>;
}

/**
 * Env of a test node: published grievance officer (comments open), no write limit in the way, quiet logs, its own
 * data dir and audit key under `root` (nodes of one deployment share CHARCHA_SECRET, so IP hashes agree).
 */
function nodeEnv(root: string, extra: Record<string, string>): Record<string, string> {
  return {
    PORT: '0', HOST: '127.0.0.1', CHARCHA_WRITE_RATE_LIMIT: '1000000', LOG_LEVEL: 'silent',
    CHARCHA_DATA_DIR: path.join(root, 'data'), CHARCHA_AUDIT_KEY_FILE: path.join(root, 'audit.key'),
    CHARCHA_SECRET: 'fault-test-secret',
    CHARCHA_GRIEVANCE_OFFICER_NAME: 'Test Officer', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'officer@news.example',
    CHARCHA_GRIEVANCE_OFFICER_ADDRESS: '1 Test Road, Mumbai 400001, India',
    ...extra,
  };
}

/** Starts `charcha serve` and resolves once it listens. */
export function spawnNode(env: Record<string, string>): Promise<Node> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-node-'));
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...nodeEnv(root, env) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const kill = (signal: NodeJS.Signals = 'SIGKILL') => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
  const cleanup = async () => {
    await kill();
    fs.rmSync(root, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1].replace('localhost', '127.0.0.1'), stderr: () => err, kill, cleanup });
    });
    child.on('exit', (code) => {
      fs.rmSync(root, { recursive: true, force: true });
      reject(new Error(`node exited (${code}) before listening: ${err}`));
    });
  });
}

/** Reads an SSE response until `until` matches what arrived, or `ms` passes; resolves with the text read. */
export async function readStream(res: Response, until: RegExp, ms = 5_000): Promise<{ text: string; ended: boolean }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let ended = false;
  const deadline = Date.now() + ms;
  while (!until.test(text) && Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (next === null) break;
    if (next.done) {
      ended = true;
      break;
    }
    text += decoder.decode(next.value);
  }
  reader.releaseLock();
  return { text, ended };
}

/** Polls `check` every 100 ms until it returns true or `ms` passes. */
export async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
