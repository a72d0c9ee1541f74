// Signs the audit chain head into the checkpoint file: every N new entries, every M seconds when there are any, and at shutdown.
import type { KeyObject } from 'node:crypto';
import { signCheckpoint, type SignedCheckpoint } from '../compliance/checkpoint';
import type { Store } from '../store/store';

export interface CheckpointDeps {
  store: Pick<Store, 'lastAudit' | 'listAudit'>;
  key: KeyObject;
  now: () => Date;
  log: { latest(): SignedCheckpoint | undefined; append(c: SignedCheckpoint): void };
}

/** Writes a checkpoint of the head when it is past the newest one; returns it, or null when there is nothing new. */
export async function checkpointAudit(deps: CheckpointDeps): Promise<SignedCheckpoint | null> {
  const head = await deps.store.lastAudit();
  if (!head || head.seq <= (deps.log.latest()?.seq ?? 0)) return null;
  const c = signCheckpoint(deps.key, { seq: head.seq, hash: head.hash, at: deps.now().toISOString() });
  deps.log.append(c);
  return c;
}

/** At start: does the log still hold the newest checkpoint? A problem here means truncation, a rewrite or a restored backup. */
export async function headProblem(deps: Pick<CheckpointDeps, 'store' | 'log'>): Promise<string | null> {
  const c = deps.log.latest();
  if (!c) return null;
  const [e] = await deps.store.listAudit(c.seq, 1);
  if (!e || e.seq !== c.seq) return `the audit log ends before seq ${c.seq} of the newest signed checkpoint (${c.at})`;
  return e.hash === c.hash ? null : `audit entry seq ${c.seq} differs from the newest signed checkpoint (${c.at})`;
}

export interface Checkpointer { stop(): Promise<void> }

/** Polls the head (cheap: one indexed read) and checkpoints on count or age; stop() writes a last one. */
export function startCheckpointer(
  deps: CheckpointDeps,
  opts: { every: number; seconds: number; onError?: (err: unknown) => void; onMismatch?: (problem: string) => void },
): Checkpointer {
  let lastWrite = Date.now();
  let running: Promise<unknown> = Promise.resolve();
  const run = (force: boolean) => (running = running.then(async () => {
    const head = await deps.store.lastAudit();
    const behind = (head?.seq ?? 0) - (deps.log.latest()?.seq ?? 0);
    if (behind <= 0) return;
    if (!force && behind < opts.every && Date.now() - lastWrite < opts.seconds * 1000) return;
    await checkpointAudit(deps);
    lastWrite = Date.now();
  }).catch((err) => opts.onError?.(err)));
  // At start: say loudly if the log no longer matches, then anchor whatever was written while no server ran.
  running = headProblem(deps).then((p) => p && opts.onMismatch?.(p)).catch((err) => opts.onError?.(err));
  void run(true);
  const timer = setInterval(() => void run(false), Math.min(5, opts.seconds) * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await run(true);
    },
  };
}
