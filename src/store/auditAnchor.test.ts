// The key and checkpoint files: CHARCHA_AUDIT_KEY in each accepted form, one generated key per file, lines only appended.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicKeyInfo, signCheckpoint } from '../compliance/checkpoint';
import { appendCheckpoint, loadAuditKey, parseAuditKey, readCheckpoints } from './auditAnchor';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-anchor-unit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('audit key', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const fp = publicKeyInfo(privateKey).fingerprint;
  it('reads PEM, base64 PKCS#8 and the base64 32-byte seed as the same key', () => {
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    for (const text of [privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), der.toString('base64'), der.subarray(-32).toString('base64')]) {
      expect(publicKeyInfo(parseAuditKey(text)).fingerprint).toBe(fp);
    }
    expect(() => parseAuditKey(generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/Ed25519/);
  });
  it('prefers the inline key, generates a missing file once (0600) and reads it back after', () => {
    const file = path.join(dir, 'keys', 'charcha-audit.key');
    expect(loadAuditKey({ inline: null, file, generate: false })).toBeNull();
    const a = loadAuditKey({ inline: null, file, generate: true })!;
    expect(a.generated).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const b = loadAuditKey({ inline: null, file, generate: true })!;
    expect(b.generated).toBe(false);
    expect(publicKeyInfo(b.key).fingerprint).toBe(publicKeyInfo(a.key).fingerprint);
    expect(publicKeyInfo(loadAuditKey({ inline: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), file, generate: true })!.key).fingerprint).toBe(fp);
  });
});

describe('checkpoint file', () => {
  it('appends one JSON line per checkpoint and reports lines that are not JSON', () => {
    const file = path.join(dir, 'cp.jsonl');
    const { privateKey } = generateKeyPairSync('ed25519');
    appendCheckpoint(file, signCheckpoint(privateKey, { seq: 1, hash: 'a', at: 't1' }));
    fs.appendFileSync(file, 'garbage\n');
    appendCheckpoint(file, signCheckpoint(privateKey, { seq: 2, hash: 'b', at: 't2' }));
    const r = readCheckpoints(file);
    expect(r.checkpoints.map((c) => [c.line, c.checkpoint.seq])).toEqual([[1, 1], [3, 2]]);
    expect(r.unreadable).toEqual([2]);
    expect(readCheckpoints(path.join(dir, 'none.jsonl'))).toEqual({ checkpoints: [], unreadable: [] });
  });
});
