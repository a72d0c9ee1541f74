// The appeals queue: each appeal with the comment, its rule and the author's note; restore or uphold by key or button.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, type AdminAppeal, type AppealDecided, type AppealsPage, type DecisionRequest } from './api';
import { moveCursor } from './keys';
import { Chips, Marked } from './Marked';
import { Help } from './Queue';
import { Isolate } from '../widget/Bidi';

const APPEAL_KEYS = [
  { key: 'j / k', help: 'next / previous appeal' },
  { key: 'e', help: 'restore the comment (appeal granted)' },
  { key: 'p', help: 'uphold the decision (appeal refused)' },
  { key: 'Enter', help: 'open the comment\u2019s detail' },
  { key: '?', help: 'show this help' },
];

export function Appeals({ status, onOpen, notify }: { status: string; onOpen: (id: string) => void; notify: (m: string) => void }) {
  const [appeals, setAppeals] = useState<AdminAppeal[] | null>(null);
  const [cursor, setCursor] = useState(0);
  const [note, setNote] = useState('');
  const [help, setHelp] = useState(false);
  // One decision at a time: a second key press must not decide whatever slides under the cursor.
  const deciding = useRef(false);
  const load = useCallback(() => api<AppealsPage>('GET', `/api/v1/admin/appeals?status=${status}`)
    .then((r) => { setAppeals(r.appeals); setCursor((c) => moveCursor(c, 0, r.appeals.length)); }, (e) => notify(e.message)), [status]);
  useEffect(() => { void load(); }, [load]);

  const decide = async (a: AdminAppeal | undefined, outcome: 'restored' | 'upheld') => {
    if (!a || a.status !== 'pending' || deciding.current) return;
    deciding.current = true;
    try {
      await api<AppealDecided>('POST', `/api/v1/admin/appeals/${encodeURIComponent(a.commentId)}/decision`, { outcome, note: note || undefined } satisfies DecisionRequest);
      notify(`Appeal ${outcome === 'restored' ? 'granted: comment restored' : 'refused: decision upheld'}`);
      setNote('');
      await load();
    } catch (e) { notify((e as Error).message); } finally { deciding.current = false; }
  };

  useEffect(() => {
    if (help) return;
    const onKey = (e: KeyboardEvent) => {
      if (['INPUT', 'TEXTAREA'].includes((e.target as HTMLElement)?.tagName) || e.ctrlKey || e.metaKey || e.altKey) return;
      const list = appeals ?? [];
      const map: Record<string, () => void> = {
        j: () => setCursor((c) => moveCursor(c, 1, list.length)), k: () => setCursor((c) => moveCursor(c, -1, list.length)),
        e: () => decide(list[cursor], 'restored'), p: () => decide(list[cursor], 'upheld'),
        Enter: () => list[cursor] && onOpen(list[cursor].commentId), '?': () => setHelp(true),
      };
      const fn = map[e.key];
      if (fn) { e.preventDefault(); fn(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [appeals, cursor, note, help]);

  return (
    <section class="appeals" aria-label="Appeals queue">
      <nav class="tabs" aria-label="Appeal status">
        {['pending', 'restored', 'upheld'].map((s) => <a key={s} href={`#/appeals/${s}`} class={s === status ? 'active' : ''}>{s}</a>)}
        <a href="#/queue/review">← queues</a>
      </nav>
      <label class="note">Note to the author for the next decision <input value={note} maxLength={1000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} /></label>
      {appeals && appeals.length === 0 && <p class="empty">No {status} appeals.</p>}
      <ol class="rows">
        {(appeals ?? []).map((a, i) => (
          <li key={a.id} class={`row${i === cursor ? ' current' : ''}`} data-id={a.commentId} onClick={() => setCursor(i)}>
            <div class="main">
              {a.comment && <>
                <div class="meta"><span class={`status s-${a.comment.status}`}>{a.comment.status}</span><Chips items={a.comment.moderation.labels} kind="label" />
                  {a.comment.statusReason && <span class="chip">reason: {a.comment.statusReason}</span>}<span class="rule">{a.comment.moderation.rule}</span></div>
                <Marked comment={a.comment} />
              </>}
              <p class="appeal-note"><strong><Isolate text={a.comment?.author?.displayName ?? 'Author'} /> appeals:</strong> <Isolate text={a.note} /></p>
              {a.outcomeNote && <p class="muted">Outcome note: {a.outcomeNote}</p>}
              {a.status === 'pending' && <div class="actions">
                <button type="button" onClick={() => decide(a, 'restored')}>restore (e)</button>
                <button type="button" onClick={() => decide(a, 'upheld')}>uphold (p)</button>
              </div>}
            </div>
          </li>
        ))}
      </ol>
      {help && <Help onClose={() => setHelp(false)} keys={APPEAL_KEYS} />}
    </section>
  );
}
