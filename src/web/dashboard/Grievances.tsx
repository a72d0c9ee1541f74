// The grievance officer's screens: the breach board sorted by time left, and one grievance with its comment, acknowledge and decide.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, type GrievanceBoard as Board, type GrievanceDecisionRequest, type GrievanceDetail as Detail } from './api';
import { Marked } from './Marked';
import { Isolate } from '../widget/Bidi';
import { formatIst } from '../../compliance/clocks';
import { timeLeft, urgencyOf } from './urgency';

const BASE = '/api/v1/admin/grievances';
const LABEL = { breached: 'breached', amber: '80% of time used', yellow: '50% of time used', ok: 'on time', done: 'decided' } as const;
// Sentence case: "court or government order", not "Court Or Government Order".
const words = (s: string) => { const w = s.replace(/_/g, ' '); return w.charAt(0).toUpperCase() + w.slice(1); };

export function GrievanceBoard({ notify }: { notify: (m: string) => void }) {
  const [board, setBoard] = useState<Board | null>(null);
  // The server orders the board and says how much time is left; refresh each half minute so colours move on their own.
  const load = useCallback(() => api<Board>('GET', BASE).then(setBoard, (e) => notify(e.message)), []);
  useEffect(() => { void load(); const t = setInterval(() => { void load(); }, 30_000); return () => clearInterval(t); }, [load]);

  return (
    <section class="grievances" aria-label="Grievance breach board">
      <h2 class="gh">Grievances <span class="muted">least time left first · times in IST</span></h2>
      {board && board.grievances.length === 0 && <p class="empty">No grievances.</p>}
      <ol class="board">
        {(board?.grievances ?? []).map((g) => {
          const u = urgencyOf(g.level);
          const due = g.clock === 'acknowledge' ? g.acknowledgeByIst : g.resolveByIst;
          return (
            <li key={g.id} class={`g g-${u}`} data-ticket={g.ticket}>
              <a href={`#/grievance/${encodeURIComponent(g.id)}`}>
                <span class="gt"><strong>{g.ticket}</strong> <span class={`badge b-${u}`}>{LABEL[u]}</span></span>
                <span class="gc">{words(g.category)} · {g.status}</span>
                <span class="gd">{g.msLeft === null ? 'decided' : <>{g.clock === 'acknowledge' ? 'Acknowledge' : 'Decide'}: {timeLeft(g.msLeft)} · due {due}</>}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function GrievanceDetail({ id, onBack, notify }: { id: string; onBack: () => void; notify: (m: string) => void }) {
  const [d, setD] = useState<Detail | null>(null);
  const [outcome, setOutcome] = useState<GrievanceDecisionRequest['outcome']>('upheld');
  const [letter, setLetter] = useState('');
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const path = `${BASE}/${encodeURIComponent(id)}`;
  const load = useCallback(() => api<Detail>('GET', path).then(setD, (e) => notify(e.message)), [path]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && !['INPUT', 'TEXTAREA', 'SELECT'].includes((e.target as HTMLElement)?.tagName)) onBack(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  // One request at a time: a double click must not acknowledge or decide twice.
  const post = async (verb: string, body: unknown, done: string) => {
    if (busy) return;
    setBusy(true);
    try { setD(await api<Detail>('POST', `${path}/${verb}`, body)); notify(done); } catch (e) { notify((e as Error).message); } finally { setBusy(false); }
  };
  if (!d) return <p class="muted">Loading…</p>;
  const g = d.grievance;
  const decide = (e: Event) => {
    e.preventDefault();
    void post('decision', { outcome, letter, action: remove ? 'remove_comment' : 'none' } satisfies GrievanceDecisionRequest, `Decided: ${words(outcome)}; the letter is on its way`);
  };
  return (
    <section class="gdetail" aria-label={`Grievance ${g.ticket}`}>
      <p><button type="button" onClick={onBack}>← board (Esc)</button></p>
      <h2 class="gh">{g.ticket} <span class={`badge b-${urgencyOf(g.level)}`}>{g.status}</span></h2>
      <table class="kv"><tbody>
        <tr><th>Category</th><td>{words(g.category)}</td></tr>
        <tr><th>Received</th><td>{formatIst(g.receivedAt)}</td></tr>
        <tr><th>Acknowledge by</th><td>{g.acknowledgeByIst}{g.acknowledgedAt && <> · done {formatIst(g.acknowledgedAt)}</>}</td></tr>
        <tr><th>Decide by</th><td>{g.resolveByIst}{g.decidedAt && <> · done {formatIst(g.decidedAt)}</>}</td></tr>
        {g.msLeft !== null && <tr><th>Time left</th><td>{timeLeft(g.msLeft)}</td></tr>}
        <tr><th>From</th><td class="wrap"><Isolate text={g.name} /> &lt;{g.email}&gt;</td></tr>
        {g.commentUrl && <tr><th>Comment link</th><td class="wrap">{g.commentUrl}</td></tr>}
      </tbody></table>
      <h3>Complaint</h3>
      <p class="body complaint"><Isolate text={g.description} /></p>
      {g.commentId && <>
        <h3>Named comment</h3>
        {d.comment ? <div class="mini"><span class="muted"><Isolate text={d.comment.author?.displayName ?? ''} /> · {d.comment.status}</span><Marked comment={d.comment} />
          <a href={`#/comment/${encodeURIComponent(d.comment.id)}`}>Open its evidence</a></div> : <p class="muted">Comment {g.commentId} is not on this site.</p>}
      </>}
      {g.status === 'received' && <div class="actions"><button type="button" disabled={busy} onClick={() => post('acknowledge', {}, 'Acknowledged')}>Acknowledge</button></div>}
      {g.status !== 'decided' ? (
        <form class="decide" onSubmit={decide}>
          <h3>Decide</h3>
          <label>Outcome <select value={outcome} onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as GrievanceDecisionRequest['outcome'])}>
            <option value="upheld">Upheld</option><option value="partly_upheld">Partly upheld</option><option value="rejected">Rejected</option>
          </select></label>
          <label>Decision letter to the complainant <textarea rows={6} required value={letter} onInput={(e) => setLetter((e.target as HTMLTextAreaElement).value)} /></label>
          {g.commentId && <label class="check"><input type="checkbox" checked={remove} onChange={(e) => setRemove((e.target as HTMLInputElement).checked)} /> Remove the named comment (evidence is kept)</label>}
          <button type="submit" disabled={busy || !letter.trim()}>Send decision</button>
        </form>
      ) : (
        <><h3>Decision: {words(g.outcome ?? '')}{g.action === 'remove_comment' ? ' · comment removed' : ''}</h3><p class="body letter"><Isolate text={g.letter ?? ''} /></p></>
      )}
    </section>
  );
}
