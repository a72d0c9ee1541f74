// The running server anchors the audit chain: signed checkpoints by count, by age and at shutdown, shown on the public
// moderation log with the key that verifies them; verify trusts only the configured key and rotated-out ones it is told of.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointAudit, headProblem } from '../../src/actions/checkpointAudit';
import { verifyAnchoredAuditLog } from '../../src/actions/verifyAuditLog';
import { checkpointProblem, publicKeyInfo, type SignedCheckpoint } from '../../src/compliance/checkpoint';
import { checkpointLog, loadAuditKey, parseAuditKey, readCheckpoints } from '../../src/store/auditAnchor';
import { backends, Client, reader, start, type Running } from '../api/harness';

const list = await backends('audit checkpoints');

describe.each(list.map((b) => [b.name, b] as const))('audit checkpoints over HTTP (%s)', (_name, backend) => {
  let run: Running;
  let anon: Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-ckpt-'));
  const keyFile = path.join(dir, 'outside', 'charcha-audit.key');
  const file = path.join(dir, 'audit-checkpoints.jsonl');
  beforeAll(async () => {
    run = await start(backend, { auditKeyFile: keyFile, auditCheckpointFile: file, auditCheckpointEvery: 3, auditCheckpointSeconds: 1 });
    anon = new Client(run.base);
  });
  afterAll(async () => {
    await run?.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates the key outside the data dir on first start and publishes its public half', async () => {
    expect(fs.existsSync(keyFile)).toBe(true);
    expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
    expect(path.relative(run.server.deps.config.dataDir, keyFile).startsWith('..')).toBe(true);
    const k = await anon.get('/api/v1/moderation-log/key');
    expect(k.status).toBe(200);
    expect(k.body).toMatchObject({ alg: 'Ed25519', fingerprint: publicKeyInfo(parseAuditKey(fs.readFileSync(keyFile, 'utf8'))).fingerprint });
    expect(k.body.pem).toContain('BEGIN PUBLIC KEY');
  });

  it('checkpoints new entries within seconds; the moderation log shows the newest, and it verifies', async () => {
    for (let i = 0; i < 4; i++) await reader(run.base);
    const head = (await run.store.lastAudit())!;
    let cp: SignedCheckpoint | undefined;
    for (let i = 0; i < 100 && !(cp && cp.seq >= head.seq); i++) {
      await new Promise((r) => setTimeout(r, 100));
      cp = (await anon.get('/api/v1/moderation-log')).body.checkpoint ?? undefined;
    }
    expect(cp!.seq).toBeGreaterThanOrEqual(head.seq);
    const [atSeq] = await run.store.listAudit(cp!.seq, 1);
    expect(cp!.hash).toBe(atSeq.hash);
    expect(checkpointProblem({ ...cp!, v: 1 })).toBeNull();
    const html = (await anon.get('/moderation-log')).text;
    expect(html).toContain(cp!.hash);
    expect(html).toContain(cp!.fingerprint);
    const lines = (await anon.get('/api/v1/moderation-log/checkpoints')).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ seq: cp!.seq, hash: cp!.hash, sig: cp!.sig });
    const { checkpoints } = readCheckpoints(file);
    expect(await verifyAnchoredAuditLog(run.store, { checkpoints, trusted: [cp!.fingerprint], requireAnchor: true })).toMatchObject({ ok: true });
  });

  it('signs the head once more at shutdown', async () => {
    await reader(run.base);
    const head = (await run.store.lastAudit())!;
    await run.server.close();
    expect(readCheckpoints(file).checkpoints.at(-1)!.checkpoint).toMatchObject({ seq: head.seq, hash: head.hash });
  });
});

describe.each(list.map((b) => [b.name, b] as const))('verify trusts only known keys (%s)', (_name, backend) => {
  it('a checkpoint file rewritten with another key is refused; a rotated-out key is accepted only when listed', async () => {
    const ts = await backend.open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-rot-'));
    try {
      const oldKey = loadAuditKey({ inline: null, file: path.join(dir, 'old.key'), generate: true })!.key;
      const newKey = generateKeyPairSync('ed25519').privateKey;
      const log = checkpointLog(path.join(dir, 'cp.jsonl'));
      const append = async () => ts.store.appendAudit({ at: new Date().toISOString(), actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: 'c', reason: 'approve', rule: 'r' });
      await append();
      await checkpointAudit({ store: ts.store, key: oldKey, now: () => new Date(), log });
      await append();
      await checkpointAudit({ store: ts.store, key: newKey, now: () => new Date(), log });
      const { checkpoints } = readCheckpoints(path.join(dir, 'cp.jsonl'));
      const fp = (k: typeof newKey) => publicKeyInfo(k).fingerprint;
      expect(await verifyAnchoredAuditLog(ts.store, { checkpoints, trusted: [fp(newKey)], requireAnchor: true }))
        .toMatchObject({ ok: false, problem: `checkpoint line 1 is signed by an untrusted key ${fp(oldKey)}` });
      expect(await verifyAnchoredAuditLog(ts.store, { checkpoints, trusted: [fp(newKey), fp(oldKey)], requireAnchor: true }))
        .toMatchObject({ ok: true, count: 2, checkpoints: 2, unanchored: 0 });
      const bent = checkpoints.map((c) => (c.line === 2 ? { ...c, checkpoint: { ...c.checkpoint, seq: 1 } } : c));
      expect(await verifyAnchoredAuditLog(ts.store, { checkpoints: bent, trusted: [fp(newKey), fp(oldKey)], requireAnchor: true }))
        .toMatchObject({ ok: false, problem: 'checkpoint line 2: signature invalid' });
      expect(await verifyAnchoredAuditLog(ts.store, { checkpoints: [], trusted: [], requireAnchor: true }))
        .toMatchObject({ ok: false, problem: 'no signed checkpoint: nothing in the log is anchored' });
      // What the server warns about at start.
      const newest = checkpoints[1].checkpoint;
      expect(await headProblem({ store: ts.store, log })).toBeNull();
      const stub = (c: SignedCheckpoint) => ({ latest: () => c, append: () => {} });
      expect(await headProblem({ store: ts.store, log: stub({ ...newest, seq: 9 }) })).toMatch(/^the audit log ends before seq 9 of the newest signed checkpoint/);
      expect(await headProblem({ store: ts.store, log: stub({ ...newest, hash: 'f'.repeat(64) }) })).toMatch(/^audit entry seq 2 differs from the newest signed checkpoint/);
    } finally {
      await ts.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
