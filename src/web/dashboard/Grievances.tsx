// The grievance officer's screens: the breach board sorted by time left, and one grievance with its comment, acknowledge and decide.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, type Detail as CommentDetail, type GrievanceDecideRequest, type GrievanceList, type GrievanceView } from './api';
import { Marked } from './Marked';
import { Isolate } from '../widget/Bidi';
import { formatIst } from '../grievance/ist';
import { runningDeadline, timeLeft, urgency } from './urgency';

const BASE = '/api/v1/admin/grievances';
const LABEL: Record<string, string> = {
  breached: 'breached', amber: '80% of time used', yellow: '50% of time used', ok: 'on time', done: 'decided',
};

export function GrievanceBoard({ notify }: { notify: (m: string) => void }) {
  const [rows, setRows] = useState<GrievanceView[] | null>(null);
  const [now, setNow] = useState(Date.now());
  const load = useCallback(() => api<GrievanceList>('GET', BASE).then((r) => setRows(r.grievances), (e) => notify(e.message)), []);
  useEffect(() => { void load(); const t = setInterval(() => { setNow(Date.now()); }, 30_000); return () => clearInterval(t); }, [load]);

  return (
    <section class="grievances" aria-label="Grievance breach board">
      <h2 class="gh">Grievances <span class="muted">sorted by time left · times in IST</span></h2>
      {rows && rows.length === 0 && <p class="empty">No open grievances.</p>}
      <ol class="board">
        {(rows ?? []).map((g) => {
          const u = urgency(now, g);
          const due = runningDeadline(g);
          return (
            <li key={g.id} class={`g g-${u}`} data-ticket={g.ticket}>
              <a href={`#/grievance/${encodeURIComponent(g.id)}`}>
                <span class="gt"><strong>{g.ticket}</strong> <span class={`badge b-${u}`}>{LABEL[u]}</span></span>
                <span class="gc">{g.category.replace(/_/g, ' ')} · {g.status}</span>
                <span class="gd">{due ? <>{timeLeft(now, due)} · due {formatIst(due)}</> : 'decided'}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function GrievanceDetail({ id, onBack, notify }: { id: string; onBack: () => void; notify: (m: string) => void }) {
  const [g, setG] = useState<GrievanceView | null>(null);
  const [comment, setComment] = useState<CommentDetail | null>(null);
  const [outcome, setOutcome] = useState<GrievanceDecideRequest['outcome']>('upheld');
  const [letter, setLetter] = useState('');
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => api<{ grievance: GrievanceView }>('GET', `${BASE}/${encodeURIComponent(id)}`).then((r) => {
    setG(r.grievance);
    if (r.grievance.commentId) api<CommentDetail>('GET', `/api/v1/admin/comments/${encodeURIComponent(r.grievance.commentId)}`).then(setComment, () => setComment(null));
  }, (e) => notify(e.message)), [id]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && !['INPUT', 'TEXTAREA', 'SELECT'].includes((e.target as HTMLElement)?.tagName)) onBack(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const post = async (path: string, body: unknown, done: string) => {
    if (busy) return;
    setBusy(true);
    try { await api('POST', `${BASE}/${encodeURIComponent(id)}/${path}`, body); notify(done); await load(); } catch (e) { notify((e as Error).message); } finally { setBusy(false); }
  };
  if (!g) return <p class="muted">Loading…</p>;
  const decide = (e: Event) => {
    e.preventDefault();
    void post('decision', { outcome, letter, action: remove ? 'remove_comment' : 'none' } satisfies GrievanceDecideRequest, `Decided: ${outcome.replace('_', ' ')}; the letter is on its way`);
  };
  return (
    <section class="gdetail" aria-label={`Grievance ${g.ticket}`}>
      <p><button type="button" onClick={onBack}>← board (Esc)</button></p>
      <h2 class="gh">{g.ticket} <span class={`badge b-${urgency(Date.now(), g)}`}>{g.status}</span></h2>
      <table class="kv"><tbody>
        <tr><th>Category</th><td>{g.category.replace(/_/g, ' ')}</td></tr>
        <tr><th>Received</th><td>{formatIst(g.receivedAt)}</td></tr>
        <tr><th>Acknowledge by</th><td>{formatIst(g.acknowledgeBy)}{g.acknowledgedAt && <> · done {formatIst(g.acknowledgedAt)}</>}</td></tr>
        <tr><th>Decide by</th><td>{formatIst(g.resolveBy)}{g.decidedAt && <> · done {formatIst(g.decidedAt)}</>}</td></tr>
        <tr><th>From</th><td><Isolate text={g.name} /> &lt;{g.email}&gt;</td></tr>
        {g.commentUrl && <tr><th>Comment link</th><td class="wrap">{g.commentUrl}</td></tr>}
      </tbody></table>
      <h3>Complaint</h3>
      <p class="body complaint"><Isolate text={g.description} /></p>
      {g.commentId && <>
        <h3>Named comment</h3>
        {comment ? <div class="mini"><span class="muted"><Isolate text={comment.comment.author?.displayName ?? ''} /> · {comment.comment.status}</span><Marked comment={comment.comment} />
          <a href={`#/comment/${encodeURIComponent(g.commentId)}`}>Open its evidence</a></div> : <p class="muted">Comment {g.commentId} is not on this site.</p>}
      </>}
      {g.status === 'received' && <div class="actions"><button type="button" disabled={busy} onClick={() => post('acknowledge', {}, 'Acknowledged')}>Acknowledge</button></div>}
      {g.status !== 'decided' ? (
        <form class="decide" onSubmit={decide}>
          <h3>Decide</h3>
          <label>Outcome <select value={outcome} onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as GrievanceDecideRequest['outcome'])}>
            <option value="upheld">Upheld</option><option value="partly_upheld">Partly upheld</option><option value="rejected">Rejected</option>
          </select></label>
          <label>Decision letter to the complainant <textarea rows={6} required value={letter} onInput={(e) => setLetter((e.target as HTMLTextAreaElement).value)} /></label>
          {g.commentId && <label class="check"><input type="checkbox" checked={remove} onChange={(e) => setRemove((e.target as HTMLInputElement).checked)} /> Remove the named comment (evidence is kept)</label>}
          <button type="submit" disabled={busy || !letter.trim()}>Send decision</button>
        </form>
      ) : (
        <><h3>Decision: {g.outcome?.replace('_', ' ')}</h3><p class="body letter"><Isolate text={g.letter ?? ''} /></p></>
      )}
    </section>
  );
}
