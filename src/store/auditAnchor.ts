// Outside the database: the audit signing key (env or key file, generated once) and the append-only checkpoint file.
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NumberedCheckpoint, SignedCheckpoint } from '../compliance/checkpoint';

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A key given as PEM, or base64 of PKCS#8 DER or of the raw 32-byte seed. */
export function parseAuditKey(text: string): KeyObject {
  const t = text.trim();
  let key: KeyObject;
  if (t.startsWith('-----BEGIN')) key = createPrivateKey(t);
  else {
    const der = Buffer.from(t, 'base64');
    key = createPrivateKey({ key: der.length === 32 ? Buffer.concat([ED25519_PKCS8_PREFIX, der]) : der, format: 'der', type: 'pkcs8' });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the audit key must be an Ed25519 private key');
  return key;
}

export interface LoadedKey { key: KeyObject; source: string; generated: boolean }

/**
 * The signing key: `inline` (CHARCHA_AUDIT_KEY) when set, else the key file; with `generate`, a missing file is
 * created (mode 0600, atomically via link so two processes starting at once agree on one key).
 */
export function loadAuditKey(opts: { inline: string | null; file: string; generate: boolean }): LoadedKey | null {
  if (opts.inline) return { key: parseAuditKey(opts.inline), source: 'CHARCHA_AUDIT_KEY', generated: false };
  if (fs.existsSync(opts.file)) return { key: parseAuditKey(fs.readFileSync(opts.file, 'utf8')), source: opts.file, generated: false };
  if (!opts.generate) return null;
  const { privateKey } = generateKeyPairSync('ed25519');
  fs.mkdirSync(path.dirname(opts.file), { recursive: true });
  const tmp = `${opts.file}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  let generated = true;
  try {
    fs.linkSync(tmp, opts.file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    generated = false;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { key: parseAuditKey(fs.readFileSync(opts.file, 'utf8')), source: opts.file, generated };
}

export interface ParsedCheckpoints { checkpoints: NumberedCheckpoint[]; unreadable: number[] }

/** Every line of the file (none when it does not exist); lines that are not JSON are reported by number. */
export function readCheckpoints(file: string): ParsedCheckpoints {
  if (!fs.existsSync(file)) return { checkpoints: [], unreadable: [] };
  const out: ParsedCheckpoints = { checkpoints: [], unreadable: [] };
  fs.readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    try {
      out.checkpoints.push({ line: i + 1, checkpoint: JSON.parse(text) as SignedCheckpoint });
    } catch {
      out.unreadable.push(i + 1);
    }
  });
  return out;
}

/** Appends one line with O_APPEND and fsyncs it, so lines are only ever added at the end and survive a crash. */
export function appendCheckpoint(file: string, c: SignedCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o644);
  try {
    fs.writeSync(fd, `${JSON.stringify(c)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The checkpoint file as a log: the newest line is kept in memory, read once at start. */
export function checkpointLog(file: string): { file: string; latest(): SignedCheckpoint | undefined; append(c: SignedCheckpoint): void } {
  let latest = readCheckpoints(file).checkpoints.at(-1)?.checkpoint;
  return {
    file,
    latest: () => latest,
    append: (c) => {
      appendCheckpoint(file, c);
      latest = c;
    },
  };
}
