// A queue worked by keyboard: riskiest first, filters, selection for bulk actions, reason picker, undo, live refresh.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, listenStaff, type AdminComment, type QueuePage } from './api';
import { canUndo, offered, REASONS, runAction, undoLast, type Verb } from './commands';
import { commandFor, moveCursor, QUEUE_KEYS } from './keys';
import { Chips, Marked } from './Marked';
import { Isolate } from '../widget/Bidi';

export const QUEUE_NAMES = ['review', 'reported', 'rejected', 'approved', 'removed', 'all'] as const;
const LABELS = ['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar'];
const TARGETS = ['individual', 'community', 'religion', 'country'];
const LANGS = ['en', 'hi', 'hinglish', 'mixed'];

interface Filters { label: string; target: string; lang: string; storyId: string; q: string; author: string; story: string }
const NO_FILTERS: Filters = { label: '', target: '', lang: '', storyId: '', q: '', author: '', story: '' };

export function ReasonPicker({ count, onPick, onCancel }: { count: number; onPick: (reason: string, note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement)?.tagName;
      if (e.key === 'Escape') { e.preventDefault(); onCancel(); return; }
      if (tag === 'INPUT') return;
      const n = Number(e.key);
      if (n >= 1 && n <= REASONS.length) { e.preventDefault(); e.stopPropagation(); onPick(REASONS[n - 1], note); }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [note, onPick, onCancel]);
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="reason-title">
      <div class="dialog">
        <h2 id="reason-title">Reject {count > 1 ? `${count} comments` : 'comment'}: which policy category?</h2>
        <ol class="reasons">
          {REASONS.map((r, i) => <li key={r}><button type="button" onClick={() => onPick(r, note)}><kbd>{i + 1}</kbd> {r.replace('_', ' ')}</button></li>)}
        </ol>
        <label>Note to the author (optional)<input value={note} maxLength={1000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} /></label>
        <p class="hint">Press a number to reject · Esc to cancel</p>
      </div>
    </div>
  );
}

export function Help({ onClose, keys = QUEUE_KEYS }: { onClose: () => void; keys?: Array<{ key: string; help: string }> }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' || e.key === '?') { e.preventDefault(); onClose(); } };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={onClose}>
      <div class="dialog">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table class="keys"><tbody>{keys.map((k) => <tr key={k.key}><td><kbd>{k.key}</kbd></td><td>{k.help}</td></tr>)}</tbody></table>
        <p class="hint">Esc or click to close</p>
      </div>
    </div>
  );
}

/** The row's own buttons (visible without a keyboard, sized for a thumb); each acts on this row only. */
const ROW_VERBS = ['approve', 'reject', 'hide'] as const;
export type RowVerb = (typeof ROW_VERBS)[number];

export function Row({ c, current, selected, onClick, onStory, onAct }: {
  c: AdminComment; current: boolean; selected: boolean; onClick: () => void; onStory?: (storyId: string) => void; onAct?: (verb: RowVerb) => void;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => { if (current) ref.current?.scrollIntoView?.({ block: 'nearest' }); }, [current]);
  return (
    <li ref={ref} class={`row${current ? ' current' : ''}${selected ? ' selected' : ''}`} aria-current={current ? 'true' : undefined} data-id={c.id} onClick={onClick}>
      <div class="risk" title={`risk ${c.risk}`}><span style={{ height: `${Math.min(100, Math.round((c.risk / 1.7) * 100))}%` }} /></div>
      <div class="main">
        <div class="meta">
          {selected && <span class="chip sel">selected</span>}
          <span class={`status s-${c.status}`}>{c.status}</span>
          <Chips items={c.moderation.labels} kind="label" />
          <Chips items={c.moderation.targets} kind="target" />
          {c.featured && <span class="chip feat">featured</span>}
          {c.reportCount > 0 && <span class="chip rep">{c.reportCount} report{c.reportCount > 1 ? 's' : ''}{c.reportReasons ? `: ${Object.entries(c.reportReasons).map(([r, n]) => `${r}×${n}`).join(', ')}` : ''}</span>}
          <span class="rule">{c.moderation.rule}</span>
        </div>
        <Marked comment={c} />
        <div class="byline"><Isolate text={c.author?.displayName ?? 'unknown'} />{c.author?.trusted ? ' ✓' : ''} · {onStory
          ? <a href="#" title="Only this story" onClick={(e) => { e.preventDefault(); e.stopPropagation(); onStory(c.storyId); }}>{c.story?.title ?? c.storyId}</a>
          : c.story?.title ?? c.storyId} · {new Date(c.createdAt).toLocaleString()}</div>
        {onAct && <div class="row-actions">
          {ROW_VERBS.filter((v) => offered(v, c.status)).map((v) => (
            <button key={v} type="button" class={`act-${v}`} onClick={(e) => { e.stopPropagation(); onAct(v); }}>{v === 'reject' ? 'reject…' : v}</button>
          ))}
        </div>}
      </div>
    </li>
  );
}

export function Queue({ queue, onOpen, notify }: { queue: string; onOpen: (id: string) => void; notify: (msg: string) => void }) {
  const [page, setPage] = useState<QueuePage | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [picker, setPicker] = useState<string[] | null>(null);
  const [help, setHelp] = useState(false);
  // Keys pressed in quick succession run one after another, each on the queue as the previous one left it:
  // the refs hold the latest list and cursor (updated by load() itself, before any re-render).
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const commentsRef = useRef<AdminComment[]>([]);
  const cursorRef = useRef(0);
  const selectedRef = useRef<Set<string>>(new Set());
  const comments = page?.comments ?? [];
  commentsRef.current = comments;
  cursorRef.current = cursor;
  selectedRef.current = selected;

  const load = useCallback(async () => {
    const q = new URLSearchParams({ queue, limit: '100' });
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    const p = await api<QueuePage>('GET', `/api/v1/admin/queue?${q}`);
    commentsRef.current = p.comments;
    cursorRef.current = moveCursor(cursorRef.current, 0, p.comments.length);
    selectedRef.current = new Set([...selectedRef.current].filter((id) => p.comments.some((c) => c.id === id)));
    setPage(p);
    setCursor(cursorRef.current);
    setSelected(selectedRef.current);
  }, [queue, filters]);

  useEffect(() => { load().catch((e) => notify(e.message)); }, [load]);
  // Live: other moderators' actions arrive on the staff stream; new reader comments by a light poll.
  useEffect(() => {
    const stop = listenStaff((type) => { if (type === 'queue' && pending.current === 0) load().catch(() => {}); });
    const t = setInterval(() => { if (pending.current === 0 && document.visibilityState === 'visible') load().catch(() => {}); }, 10_000);
    return () => { stop(); clearInterval(t); };
  }, [load]);

  /** The selection, else the comment under the cursor — as of now, not as of the key press. */
  const targets = () => {
    const cur = commentsRef.current[cursorRef.current];
    return selectedRef.current.size ? [...selectedRef.current] : cur ? [cur.id] : [];
  };

  function enqueue(step: () => Promise<void>) {
    pending.current++;
    chain.current = chain.current.then(step).catch((e) => notify((e as Error).message)).finally(() => { pending.current--; });
  }

  function act(verb: Verb | ((cur: AdminComment) => Verb), ids?: string[], reason?: string, note?: string) {
    enqueue(async () => {
      const cur = commentsRef.current[cursorRef.current];
      const t = ids ?? targets();
      if (!t.length) return;
      const v = typeof verb === 'function' ? (cur ? verb(cur) : null) : verb;
      if (!v) return;
      const r = await runAction(t, v, reason, note);
      notify(`${v}: ${r.ok} done${r.failed.length ? `, ${r.failed.length} failed (${r.failed.join('; ')})` : ''} · u to undo`);
      selectedRef.current = new Set();
      await load();
    });
  }

  useEffect(() => {
    if (picker || help) return;
    const onKey = (e: KeyboardEvent) => {
      const cmd = commandFor({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, targetTag: (e.target as HTMLElement)?.tagName });
      if (!cmd) return;
      e.preventDefault();
      const cur = comments[cursor];
      switch (cmd) {
        case 'down': setCursor((c) => moveCursor(c, 1, comments.length)); break;
        case 'up': setCursor((c) => moveCursor(c, -1, comments.length)); break;
        case 'approve': act('approve'); break;
        case 'hide': act('hide'); break;
        case 'restore': act('restore'); break;
        case 'keep': act('keep'); break;
        case 'feature': act((c) => (c.featured ? 'unfeature' : 'feature')); break;
        case 'reject': if (targets().length) setPicker(targets()); break;
        case 'undo':
          if (!canUndo()) { notify('Nothing to undo.'); break; }
          enqueue(async () => {
            const n = await undoLast();
            notify(`Undone: ${n} action${n === 1 ? '' : 's'} (recorded in the log)`);
            await load();
          });
          break;
        case 'select': if (cur) setSelected((s) => { const n = new Set(s); if (n.has(cur.id)) n.delete(cur.id); else n.add(cur.id); return n; }); break;
        case 'selectAll': setSelected((s) => (s.size === comments.length ? new Set() : new Set(comments.map((c) => c.id)))); break;
        case 'open': if (cur) onOpen(cur.id); break;
        case 'back': setSelected(new Set()); break;
        case 'refresh': enqueue(load); break;
        case 'help': setHelp(true); break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [comments, cursor, selected, picker, help, load]);

  const set = (k: keyof Filters) => (e: Event) => setFilters({ ...filters, [k]: (e.target as HTMLInputElement).value });
  return (
    <section class="queue" aria-label={`${queue} queue`}>
      <nav class="tabs" aria-label="Queues">
        {QUEUE_NAMES.map((q) => (
          <a key={q} href={`#/queue/${q}`} class={q === queue ? 'active' : ''} aria-current={q === queue ? 'page' : undefined}>
            {q}{page && q !== 'all' ? <span class="count">{page.counts[q]}</span> : null}
          </a>
        ))}
        <a href="#/appeals">appeals{page ? <span class="count">{page.counts.appeals}</span> : null}</a>
      </nav>
      <form class="filters search" role="search" onSubmit={(e) => e.preventDefault()}>
        {/* Applied on Enter or on leaving the field (change), not per keystroke: each search is one request. */}
        <input type="search" aria-label="Search text" placeholder="words in the comment" value={filters.q} onChange={set('q')} />
        <input type="search" aria-label="Author" placeholder="author name" value={filters.author} onChange={set('author')} />
        <input type="search" aria-label="Story" placeholder="story title or URL" value={filters.story} onChange={set('story')} />
        {(filters.q || filters.author || filters.story) && <button type="button" onClick={() => setFilters({ ...filters, q: '', author: '', story: '' })}>clear search</button>}
      </form>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <select aria-label="Label" value={filters.label} onChange={set('label')}><option value="">any label</option>{LABELS.map((l) => <option key={l}>{l}</option>)}</select>
        <select aria-label="Target" value={filters.target} onChange={set('target')}><option value="">any target</option>{TARGETS.map((l) => <option key={l}>{l}</option>)}</select>
        <select aria-label="Language" value={filters.lang} onChange={set('lang')}><option value="">any language</option>{LANGS.map((l) => <option key={l}>{l}</option>)}</select>
        <input aria-label="Story id" placeholder="story id (click a story title)" value={filters.storyId} onChange={set('storyId')} />
        {filters.storyId && <button type="button" onClick={() => setFilters({ ...filters, storyId: '' })}>all stories</button>}
        <span class="hint">{selected.size ? `${selected.size} selected · a/r/h act on all` : 'j/k move · a approve · r reject · h hide · x select · ? help'}</span>
      </form>
      {page && comments.length === 0 && <p class="empty">The {queue} queue is empty.</p>}
      <ol class="rows">
        {/* A click or tap opens the comment (the cursor moves there too, so Back returns to it); the buttons act in place. */}
        {comments.map((c, i) => <Row key={c.id} c={c} current={i === cursor} selected={selected.has(c.id)}
          onClick={() => { setCursor(i); onOpen(c.id); }} onStory={(storyId) => setFilters({ ...filters, storyId })}
          onAct={(v) => { if (v === 'reject') setPicker([c.id]); else act(v, [c.id]); }} />)}
      </ol>
      {picker && <ReasonPicker count={picker.length} onCancel={() => setPicker(null)} onPick={(reason, note) => { const ids = picker; setPicker(null); void act('reject', ids, reason, note); }} />}
      {help && <Help onClose={() => setHelp(false)} />}
    </section>
  );
}
