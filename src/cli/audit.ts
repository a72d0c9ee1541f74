// `charcha audit verify | checkpoint | key`: checks the chain against the signed checkpoints, writes one now, shows the public key.
import { auditCheckpointPath, auditKeyPath, loadConfig } from '../config';
import { checkpointAudit } from '../actions/checkpointAudit';
import { verifyAnchoredAuditLog } from '../actions/verifyAuditLog';
import { publicKeyInfo } from '../compliance/checkpoint';
import { checkpointLog, loadAuditKey, readCheckpoints } from '../store/auditAnchor';
import { openStore } from '../store/open';

const USAGE = `usage: charcha audit verify [--checkpoints FILE]
  checks every entry of the hash chain and the chain against the signed checkpoints (default: the configured
  checkpoint file; give an off-host copy to check against that); exit 1 at the first problem
       charcha audit checkpoint
  signs the current head into the checkpoint file now
       charcha audit key
  prints the public key and fingerprint that verify checkpoints
`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const config = loadConfig();
  if (sub === 'key') {
    const k = loadAuditKey({ inline: config.auditKey, file: auditKeyPath(config), generate: false });
    if (!k) return say(`no audit key: set CHARCHA_AUDIT_KEY or create ${auditKeyPath(config)} (the server generates it on first start)\n`, 1);
    const info = publicKeyInfo(k.key);
    return say(`${info.fingerprint}\n${info.pem}`, 0);
  }
  if (sub !== 'verify' && sub !== 'checkpoint') {
    process.stderr.write(USAGE);
    return sub === undefined || sub === 'help' || sub === '--help' ? 0 : 2;
  }
  const key = loadAuditKey({ inline: config.auditKey, file: auditKeyPath(config), generate: false });
  const store = await openStore(config);
  try {
    if (sub === 'checkpoint') {
      if (!key) return say(`no audit key at ${auditKeyPath(config)} and CHARCHA_AUDIT_KEY unset: cannot sign\n`, 1);
      const c = await checkpointAudit({ store, key: key.key, now: () => new Date(), log: checkpointLog(auditCheckpointPath(config)) });
      return say(c ? `checkpoint: seq ${c.seq} ${c.hash} at ${c.at}\n` : 'nothing new since the last checkpoint\n', 0);
    }
    const i = rest.indexOf('--checkpoints');
    const file = i >= 0 && rest[i + 1] ? rest[i + 1] : auditCheckpointPath(config);
    const { checkpoints, unreadable } = readCheckpoints(file);
    const trusted = [...(key ? [publicKeyInfo(key.key).fingerprint] : []), ...config.auditPreviousKeys];
    const r = await verifyAnchoredAuditLog(store, { checkpoints, unreadable, trusted, requireAnchor: true });
    if (r.ok) {
      const anchored = r.newest ? `; ${r.checkpoints} signed checkpoints, newest at seq ${r.newest.seq} (${r.newest.at}); ${r.unanchored} entries after it not yet anchored` : '';
      return say(`ok: ${r.count} entries${anchored}\n`, 0);
    }
    const where = r.brokenSeq && !r.problem!.startsWith('entry seq') ? `broken at seq ${r.brokenSeq}: ` : 'broken: ';
    return say(`${where}${r.problem} (${r.count} entries verified before it; checkpoints: ${file})\n`, 1);
  } finally {
    await store.close();
  }
}

function say(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}
