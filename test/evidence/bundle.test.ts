// `charcha evidence export` on SQLite and PostgreSQL: every manifest hash recomputed, items against the audit entry, chain to a signed checkpoint; tampering fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, verifyChain } from '../../src/compliance/audit';
import { checkpointProblem } from '../../src/compliance/checkpoint';
import { evidenceCommand, verifyCommand } from '../../src/cli/evidence';
import { verifyBundle } from '../../src/compliance/bundle';
import { unzipSync } from 'fflate';
import { backends } from '../api/harness';
import { staffed, type Staffed } from '../admin/setup';

const list = await backends('evidence bundle');
const hex = (b: Buffer) => sha256Hex(b.toString('utf8'));

describe.each(list)('evidence bundle ($name)', (backend) => {
  let s: Staffed;
  let dir: string;
  let commentId: string;
  let out = '';
  beforeAll(async () => {
    s = await staffed(backend);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bundle-'));
  });
  afterAll(async () => {
    await s?.run.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const cli = (args: string[]) => evidenceCommand(args, { store: s.run.store, config: s.run.server.deps.config, out: (t) => void (out += t) });

  it('exports a bundle whose every hash checks out, anchored under a checkpoint signed by the server key', async () => {
    const c = await s.post('idiot <script>alert("x")</script> & more');
    commentId = c.id;
    await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult', note: 'Name-calling' });
    const rec = (await s.officer.get(`/api/v1/admin/evidence?commentId=${c.id}`)).body.records[0];
    await s.officer.post(`/api/v1/admin/evidence/${rec.id}/hold`, { reason: 'FIR 77/2026, Cyber PS' });

    const bundle = path.join(dir, 'one');
    expect(await cli(['export', '--comment', c.id, '--out', bundle])).toBe(0);
    expect(out).toMatch(/manifest\.json SHA-256 [0-9a-f]{64}/);
    expect(out).not.toMatch(/WARNING/);

    // The manifest: every file but itself, each SHA-256 recomputed here.
    const manifest = JSON.parse(fs.readFileSync(path.join(bundle, 'manifest.json'), 'utf8'));
    const onDisk = (fs.readdirSync(bundle, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(bundle, p)).isFile()).map((p) => p.split(path.sep).join('/'));
    expect(manifest.files.map((f: any) => f.path).sort()).toEqual(onDisk.filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files) expect(hex(fs.readFileSync(path.join(bundle, f.path))), f.path).toBe(f.sha256);

    // The items against the evidence.preserve entry in the live audit log (not the bundle's copy).
    const [preserve] = await s.run.store.listAudit(rec.auditSeq, 1);
    expect(preserve.action).toBe('evidence.preserve');
    const itemFiles = onDisk.filter((p) => p.startsWith(`evidence/${rec.id}/items/`)).sort();
    expect(itemFiles).toHaveLength((preserve.data as any).items.length);
    for (const [i, h] of (preserve.data as any).items.entries()) {
      const content = fs.readFileSync(path.join(bundle, itemFiles[i]));
      expect(hex(content)).toBe(h.sha256);
      expect(canonicalJson(JSON.parse(content.toString('utf8')))).toBe(content.toString('utf8'));
    }
    expect(JSON.parse(fs.readFileSync(path.join(bundle, itemFiles[0]), 'utf8')).body).toBe('idiot <script>alert("x")</script> & more');

    // The chain segment links up and ends at a checkpoint signed by the server's key.
    const chain = fs.readFileSync(path.join(bundle, 'audit/chain.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(verifyChain(chain, chain[0].prevHash, chain[0].seq).ok).toBe(true);
    const cps = fs.readFileSync(path.join(bundle, 'audit/checkpoints.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const cp = cps.at(-1);
    expect(checkpointProblem(cp)).toBeNull();
    expect(cp.fingerprint).toBe(s.run.server.deps.audit!.publicKey.fingerprint);
    expect(cp).toMatchObject({ seq: chain.at(-1).seq, hash: chain.at(-1).hash });
    const entries = JSON.parse(fs.readFileSync(path.join(bundle, 'audit/entries.json'), 'utf8'));
    expect(entries.map((e: any) => e.action)).toEqual(expect.arrayContaining(['comment.post', 'comment.verdict', 'comment.reject', 'evidence.preserve', 'evidence.read', 'evidence.hold', 'evidence.export']));
    expect(chain.map((e: any) => e.seq)).toEqual(expect.arrayContaining(entries.map((e: any) => e.seq)));
    // The export is logged before the bundle is built, so the bundle proves its own export entry.
    expect(entries.at(-1)).toMatchObject({ action: 'evidence.export', actor: 'cli', targetId: c.id, reason: 'cli' });

    // The report: the reader's text escaped, the certificate template with the hashes.
    const html = fs.readFileSync(path.join(bundle, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more');
    expect(html).toMatch(/section 63\(4\)\(c\) of the Bharatiya Sakshya Adhiniyam, 2023 — Part A \(TEMPLATE\)/);
    expect(html).toContain("Template for the publisher's lawyer");
    for (const h of (preserve.data as any).items) expect(html).toContain(h.sha256);
    expect(html).toContain('IST');

    out = '';
    expect(verifyCommand(bundle, (t) => void (out += t))).toBe(0);
    expect(out).toMatch(/^ok: .*checkpoint seq \d+ signed by SHA256:/);
  });

  it('a tampered item fails the check, even with its manifest line rewritten to match', async () => {
    const bundle = path.join(dir, 'two');
    expect(await cli(['export', '--comment', commentId, '--out', bundle])).toBe(0);
    const manifestPath = path.join(bundle, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    const item = manifest.files.find((f: any) => /\/items\/00-comment\.json$/.test(f.path));
    const itemPath = path.join(bundle, item.path);
    const forged = fs.readFileSync(itemPath, 'utf8').replace('idiot', 'genius');
    fs.writeFileSync(itemPath, forged);

    out = '';
    expect(verifyCommand(bundle, (t) => void (out += t))).toBe(1);
    expect(out).toContain(`${item.path}: SHA-256 differs from the manifest`);
    expect(out).toMatch(/items\/00-comment\.json: SHA-256 differs from the audit entry seq \d+/);

    item.sha256 = sha256Hex(forged);
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
    out = '';
    expect(verifyCommand(bundle, (t) => void (out += t))).toBe(1);
    expect(out).not.toContain('differs from the manifest');
    expect(out).toMatch(/differs from the audit entry/);
  });

  it('refuses a comment without evidence and a non-empty directory', async () => {
    out = '';
    expect(await cli(['export', '--comment', 'no-such-comment', '--out', path.join(dir, 'three')])).toBe(1);
    expect(out).toMatch(/No evidence record/);
    expect(await cli(['export', '--comment', commentId, '--out', path.join(dir, 'one')])).toBe(2);
  });
});

describe.each(list)('evidence bundle download ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });

  it('the admin downloads the same bundle as a zip; it verifies; the download is audited; moderators may not', async () => {
    const c = await s.post('idiot, zipped');
    await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'hide', reason: 'insult' });
    const url = `/api/v1/admin/evidence/bundle.zip?commentId=${c.id}`;
    expect((await s.mod.get(url)).status).toBe(403);
    expect((await s.officer.get('/api/v1/admin/evidence/bundle.zip?commentId=nothing')).status).toBe(404);
    const r = await fetch(s.run.base + url, { headers: { authorization: `Bearer ${s.admin.token}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/zip');
    const files = new Map(Object.entries(unzipSync(new Uint8Array(await r.arrayBuffer()))).map(([p, b]) => [p, Buffer.from(b)]));
    expect(sha256Hex(files.get('manifest.json')!.toString('utf8'))).toBe(r.headers.get('x-manifest-sha256'));
    const check = verifyBundle(files);
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.checkpoint!.fingerprint).toBe(s.run.server.deps.audit!.publicKey.fingerprint);
    expect(await s.run.store.lastAudit()).toMatchObject({ action: 'evidence.export', actor: s.admin.userId, targetId: c.id, reason: 'http' });
  });
});
