// One comment's evidence: highlighted text, verdict, thread context, revisions, reports, author history and actions.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, type AdminComment, type Detail as DetailData, type StoryPatch, type StoryUpdated, type UserActed, type UserActionRequest } from './api';
import { canUndo, offered, runAction, undoLast, type Verb } from './commands';
import { Chips, Marked } from './Marked';
import { ReasonPicker } from './Queue';
import { Isolate } from '../widget/Bidi';

function Mini({ c, label }: { c: AdminComment; label: string }) {
  return <div class="mini"><span class="muted">{label} · <Isolate text={c.author?.displayName ?? ''} /> · {c.status}</span><Marked comment={c} /></div>;
}

export function Detail({ id, onBack, notify }: { id: string; onBack: () => void; notify: (m: string) => void }) {
  const [d, setD] = useState<DetailData | null>(null);
  const [picker, setPicker] = useState(false);
  const [days, setDays] = useState(7);
  const load = useCallback(() => api<DetailData>('GET', `/api/v1/admin/comments/${encodeURIComponent(id)}`).then(setD, (e) => notify(e.message)), [id]);
  useEffect(() => { void load(); }, [load]);

  const act = async (verb: Verb, reason?: string, note?: string) => {
    try { await runAction([id], verb, reason, note); notify(`${verb}: done · u to undo`); await load(); } catch (e) { notify((e as Error).message); }
  };
  const userAct = async (action: UserActionRequest['action'], extra: Omit<UserActionRequest, 'action'> = {}) => {
    if (!d?.author) return;
    try { await api<UserActed>('POST', `/api/v1/admin/users/${d.author.id}/actions`, { action, ...extra } satisfies UserActionRequest); notify(`${action}: done`); await load(); } catch (e) { notify((e as Error).message); }
  };
  const storyAct = async (patch: StoryPatch) => {
    if (!d?.story) return;
    try { await api<StoryUpdated>('PATCH', `/api/v1/admin/stories/${d.story.id}`, patch); notify('story updated'); await load(); } catch (e) { notify((e as Error).message); }
  };

  useEffect(() => {
    if (picker) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement)?.tagName === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) return;
      const map: Record<string, () => void> = {
        a: () => act('approve'), h: () => act('hide'), e: () => act('restore'), d: () => act('keep'), r: () => setPicker(true),
        f: () => d && act(d.comment.featured ? 'unfeature' : 'feature'), Escape: onBack,
        u: () => { if (canUndo()) undoLast().then(() => { notify('Undone (recorded in the log)'); return load(); }, (err) => notify(err.message)); },
      };
      const fn = map[e.key];
      if (fn) { e.preventDefault(); fn(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [d, picker]);

  if (!d) return <p>Loading…</p>;
  const c = d.comment;
  const v = c.moderation;
  return (
    <section class="detail" aria-label="Comment detail">
      <p><a href="#" onClick={(e) => { e.preventDefault(); onBack(); }}>← back to the queue</a> <span class="hint">a approve · r reject · h hide · e restore · d keep (dismiss reports) · f feature · u undo · Esc back</span></p>
      <div class="card">
        <div class="meta"><span class={`status s-${c.status}`}>{c.status}</span><Chips items={v.labels} kind="label" /><Chips items={v.targets} kind="target" />
          {c.featured && <span class="chip feat">featured</span>}{c.statusReason && <span class="chip">reason: {c.statusReason}</span>}</div>
        <Marked comment={c} />
        <div class="actions">
          {/* Only what the comment's status allows (the server's verb table): no "restore" on an approved comment. */}
          {(['approve', 'hide', 'restore'] as Verb[]).filter((x) => offered(x, c.status)).map((x) => <button key={x} type="button" onClick={() => act(x)}>{x}</button>)}
          {offered('reject', c.status) && <button type="button" onClick={() => setPicker(true)}>reject…</button>}
          {offered(c.featured ? 'unfeature' : 'feature', c.status) && <button type="button" onClick={() => act(c.featured ? 'unfeature' : 'feature')}>{c.featured ? 'unfeature' : 'feature'}</button>}
          {c.reportCount > 0 && offered('keep', c.status) && <button type="button" onClick={() => act('keep')}>keep (dismiss reports)</button>}
        </div>
      </div>
      <div class="grid">
        <div class="card">
          <h3>Engine verdict</h3>
          <table class="kv"><tbody>
            <tr><th>decision</th><td>{v.decision}</td></tr><tr><th>rule</th><td><code>{v.rule}</code></td></tr>
            <tr><th>language</th><td>{v.lang}</td></tr><tr><th>model / policy</th><td>{v.modelVersion} / {v.policyVersion}</td></tr>
            {Object.entries(v.scores).map(([l, s]) => <tr key={l}><th>{l}</th><td><meter min={0} max={1} value={s} /> {Number(s).toFixed(2)}</td></tr>)}
          </tbody></table>
          {v.spans.length > 0 && <ul class="spans">{v.spans.map((s, i) => <li key={i}><mark class={`l-${s.label}`}><Isolate text={c.body.slice(s.start, s.end)} /></mark> {s.label}{s.target ? ` → ${s.target}` : ''} <span class="muted">{s.source}</span></li>)}</ul>}
        </div>
        <div class="card">
          <h3>Author: <Isolate text={d.author?.displayName ?? ''} /></h3>
          {d.author && d.authorHistory && <>
            <p>{d.author.role} · {d.author.status}{d.author.suspendedUntil ? ` until ${new Date(d.author.suspendedUntil).toLocaleString()}` : ''} · {d.authorHistory.trusted ? 'trusted' : 'not trusted'}</p>
            <p>{d.authorHistory.total} comments · <strong>{d.authorHistory.strikes} strike{d.authorHistory.strikes === 1 ? '' : 's'}</strong> · {Object.entries(d.authorHistory.decisions).map(([k, n]) => `${k} ${n}`).join(', ')}</p>
            <p><a href={`#/people/${d.author.id}`}>All their comments and moderators' notes</a></p>
            <div class="actions">
              <label>days <input type="number" min={1} max={365} value={days} onInput={(e) => setDays(Number((e.target as HTMLInputElement).value))} /></label>
              <button type="button" onClick={() => userAct('suspend', { days })}>suspend</button>
              <button type="button" onClick={() => userAct(d.author!.status === 'banned' ? 'unban' : 'ban')}>{d.author.status === 'banned' ? 'unban' : 'ban'}</button>
              <button type="button" onClick={() => userAct(d.author!.trusted ? 'untrust' : 'trust')}>{d.author.trusted ? 'untrust' : 'mark trusted'}</button>
            </div>
          </>}
        </div>
        <div class="card">
          <h3>Thread context</h3>
          {d.story && <p><a href={d.story.url} target="_blank" rel="noopener noreferrer">{d.story.title}</a>{' '}
            <button type="button" onClick={() => storyAct({ closed: !d.story!.closed })}>{d.story.closed ? 'reopen story' : 'close story'}</button>{' '}
            <button type="button" onClick={() => storyAct({ premoderation: !d.story!.premoderation })}>{d.story.premoderation ? 'end premoderation' : 'premoderate story'}</button></p>}
          {d.context.parent ? <Mini c={d.context.parent} label="in reply to" /> : <p class="muted">Top-level comment.</p>}
          {d.context.siblings.map((s) => <Mini key={s.id} c={s} label="sibling" />)}
        </div>
        <div class="card">
          <h3>Revisions ({d.revisions.length})</h3>
          {/* Each revision with its own verdict: the evidence for an earlier draft is not the final text's. */}
          <ol>{d.revisions.map((r) => <li key={r.rev}><span class="muted">{new Date(r.at).toLocaleString()}{r.moderation ? ` · ${r.moderation.decision} · ${r.moderation.rule}` : ''}</span>
            <Marked comment={{ body: r.body, moderation: r.moderation ?? { ...c.moderation, spans: [] } }} /></li>)}</ol>
          <h3>Reports ({d.reports.length})</h3>
          <ul>{d.reports.map((r) => <li key={r.id}><strong>{r.reason}</strong> <Isolate text={r.note} /> <span class="muted">{new Date(r.at).toLocaleString()}</span></li>)}</ul>
          {d.appeal && <><h3>Appeal</h3><p>{d.appeal.status}: <Isolate text={d.appeal.note} /></p></>}
        </div>
      </div>
      {picker && <ReasonPicker count={1} onCancel={() => setPicker(false)} onPick={(reason, note) => { setPicker(false); void act('reject', reason, note); }} />}
    </section>
  );
}
