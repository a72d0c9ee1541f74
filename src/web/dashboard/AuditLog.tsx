// Staff view of the audit log: newest first with actors, chain verification, JSON Lines export, undo of a row.
import { useEffect, useState } from 'preact/hooks';
import { api, type AuditPage, type ChainCheck, type Undone, type UndoRequest } from './api';

// The rule column names the policy rule behind an automatic decision. A person's action keeps the engine's rule in the
// entry (the evidence they acted on or overrode) but was not decided by it, so the column stays blank for people.
const UNDOABLE = /^(comment\.(approve|restore|reject|hide|feature|unfeature)|user\.(suspend|ban|trust|untrust))$/;

export function AuditLog({ canExport, notify }: { canExport: boolean; notify: (m: string) => void }) {
  const [page, setPage] = useState<AuditPage | null>(null);
  const [before, setBefore] = useState<number | null>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const load = () => api<AuditPage>('GET', `/api/v1/admin/audit?latest=true&limit=100${before ? `&before=${before}` : ''}`)
    .then(setPage, (e) => notify(e.message));
  useEffect(() => { void load(); }, [before]);

  const verify = async () => {
    setCheck(null);
    try { setCheck(await api<ChainCheck>('GET', '/api/v1/admin/audit/verify')); } catch (e) { notify((e as Error).message); }
  };
  const exportLog = async () => {
    // Fetched (not a plain link) so a refusal shows as a toast here instead of replacing the dashboard.
    const res = await fetch('/api/v1/admin/audit/export', { credentials: 'same-origin' });
    if (!res.ok) { notify(`Export refused (${res.status})`); return; }
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: 'charcha-audit.jsonl' });
    a.click();
    URL.revokeObjectURL(url);
    void load();
  };
  const undo = async (seq: number) => {
    try { const r = await api<Undone>('POST', '/api/v1/admin/undo', { auditSeq: seq } satisfies UndoRequest); notify(`Recorded ${r.action}`); void load(); } catch (e) { notify((e as Error).message); }
  };

  return (
    <section class="audit" aria-label="Audit log">
      <div class="actions">
        <button type="button" onClick={verify}>Verify hash chain</button>
        {canExport && <button type="button" onClick={exportLog}>Export (JSON Lines)</button>}
        {check && (check.ok
          ? <span class="ok" role="status">Chain intact: {check.count} entries verified.</span>
          : <span class="error" role="alert">Broken at entry {check.brokenSeq}: {check.problem}</span>)}
      </div>
      <div class="scroll"><table class="log">
        <thead><tr><th>#</th><th>time (UTC)</th><th>actor</th><th>action</th><th>target</th><th>reason</th><th>rule</th><th>hash</th><th /></tr></thead>
        <tbody>
          {(page?.entries ?? []).map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td><td>{e.at.replace('T', ' ').slice(0, 19)}</td><td><code>{e.actor === 'system' ? 'system' : e.actor.slice(0, 8)}</code></td>
              <td><code>{e.action}</code></td><td>{e.targetType} <code>{e.targetId.slice(0, 8)}</code></td><td>{e.reason}</td><td>{e.actor === 'system' && <code>{e.rule}</code>}</td>
              <td><code title={e.hash}>{e.hash.slice(0, 10)}</code></td>
              <td>{UNDOABLE.test(e.action) && !e.rule?.startsWith('undo:') && <button type="button" class="small" onClick={() => undo(e.seq)}>undo</button>}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
      <div class="actions">
        {before && <button type="button" onClick={() => setBefore(null)}>Newest</button>}
        {page?.next && <button type="button" onClick={() => setBefore(page.next)}>Older →</button>}
      </div>
    </section>
  );
}
