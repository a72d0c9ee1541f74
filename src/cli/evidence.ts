// `charcha evidence export --comment ID --out DIR | verify DIR`: writes a comment's evidence bundle, or checks one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkpointAudit } from '../actions/checkpointAudit';
import { exportEvidence } from '../actions/exportEvidence';
import { verifyBundle } from '../compliance/bundle';
import { auditCheckpointPath, auditKeyPath, loadConfig, type Config } from '../config';
import { AppError } from '../domain/errors';
import { checkpointLog, loadAuditKey, readCheckpoints } from '../store/auditAnchor';
import { openStore } from '../store/open';
import type { Store } from '../store/store';

const USAGE = `usage: charcha evidence export --comment ID --out DIR
  writes the comment's evidence bundle (items, audit entries and signed checkpoints that prove them, report.html with a
  BSA s.63 certificate template, manifest.json); the export is itself audited (evidence.export)
       charcha evidence verify DIR
  recomputes every SHA-256 of the manifest, the items against their audit entry, and the chain up to its signed checkpoint
`;

const flag = (args: string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Reads every file under dir into a map keyed by its path relative to dir (with "/" separators). */
export function readBundleDir(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) files.set(rel.split(path.sep).join('/'), fs.readFileSync(full));
  }
  return files;
}

export function writeBundleDir(dir: string, files: { path: string; content: Buffer }[]): void {
  for (const f of files) {
    const full = path.join(dir, ...f.path.split('/'));
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.content, { flag: 'wx' });
  }
}

/** The command against a given store and configuration (the tests call this; `run` opens the configured store). */
const stdout = (s: string) => void process.stdout.write(s);

/** `verify DIR`: needs no store, only the bundle. */
export function verifyCommand(dir: string, say = stdout): number {
  const r = verifyBundle(readBundleDir(dir));
  if (r.ok) say(`ok: every file matches manifest.json; items match their audit entries; chain verifies to checkpoint seq ${r.checkpoint!.seq} signed by ${r.checkpoint!.fingerprint} (pin this key)\n`);
  else say(`FAILED:\n${r.problems.map((p) => `  ${p}`).join('\n')}\n`);
  return r.ok ? 0 : 1;
}

export async function evidenceCommand(args: string[], deps: { store: Store; config: Config; now?: () => Date; out?: (s: string) => void }): Promise<number> {
  const say = deps.out ?? stdout;
  const [sub, ...rest] = args;
  const commentId = flag(rest, '--comment');
  const outDir = flag(rest, '--out');
  if (sub !== 'export' || !commentId || !outDir) {
    process.stderr.write(USAGE);
    return sub === undefined || sub === 'help' || sub === '--help' ? 0 : 2;
  }
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length) { say(`${outDir} is not empty: give a new or empty directory\n`); return 2; }
  const now = deps.now ?? (() => new Date());
  const file = auditCheckpointPath(deps.config);
  const key = loadAuditKey({ inline: deps.config.auditKey, file: auditKeyPath(deps.config), generate: false });
  try {
    const b = await exportEvidence({
      store: deps.store, now,
      checkpoints: () => readCheckpoints(file).checkpoints.map((c) => c.checkpoint),
      checkpointNow: key ? () => checkpointAudit({ store: deps.store, key: key.key, now, log: checkpointLog(file) }) : undefined,
      system: {
        software: `Charcha on Node ${process.version}, ${os.platform()} ${os.arch()}`, host: os.hostname(),
        database: deps.config.databaseUrl ? 'postgres' : 'sqlite',
      },
    }, { commentId, actor: 'cli', channel: 'cli' });
    writeBundleDir(outDir, b.files);
    say(`wrote ${b.files.length} files to ${outDir}; manifest.json SHA-256 ${b.manifestSha256}; audit entry ${b.exportSeq}`
      + `${b.anchored ? '' : '; WARNING: no signing key, so no checkpoint covers the export yet (run `charcha audit checkpoint`)'}\n`);
    return 0;
  } catch (err) {
    if (err instanceof AppError && err.status === 404) { say(`${err.message}\n`); return 1; }
    throw err;
  }
}

export async function run(args: string[]): Promise<number> {
  if (args[0] === 'verify' && args[1]) return verifyCommand(args[1]);
  const config = loadConfig();
  const store = await openStore(config);
  try {
    return await evidenceCommand(args, { store, config });
  } finally {
    await store.close();
  }
}
