// Stories screen: every story with its comment counts, search by title or URL, and per-story settings (open or
// closed, auto-close after N days, pre-moderation, title and entities). Every change is one audited PATCH.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type SettingsPatch, type StaffStory, type StoriesView, type StoryPatch, type StoryUpdated } from './api';

const PAGE = 25;
const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** Whether and why the story takes new comments, in words. */
export function closingText(s: StaffStory, now = Date.now()): string {
  if (s.closed) return 'Closed by staff';
  if (s.autoClosesAt && Date.parse(s.autoClosesAt) <= now) return `Closed automatically on ${day(s.autoClosesAt)}`;
  if (s.autoClosesAt) return `Open · closes automatically on ${day(s.autoClosesAt)}`;
  return 'Open · never closes automatically';
}

function StoryCard({ s, siteDays, save }: { s: StaffStory; siteDays: number; save: (id: string, p: StoryPatch, done: string) => Promise<void> }) {
  const [days, setDays] = useState(s.autoCloseDays === null || s.autoCloseDays === undefined ? '' : String(s.autoCloseDays));
  const [title, setTitle] = useState(s.title);
  const [entities, setEntities] = useState(s.entities.join(', '));
  const [note, setNote] = useState('');
  const id = `story-${s.id}`;
  const saveDays = (e: Event) => {
    e.preventDefault();
    void save(s.id, { autoCloseDays: days.trim() === '' ? null : Number(days) }, days.trim() === '' ? 'Auto-close: site default' : `Auto-close after ${days} days`);
  };
  const correct = (e: Event) => {
    e.preventDefault();
    void save(s.id, { title, entities: entities.split(',').map((x) => x.trim()).filter(Boolean), ...(note.trim() ? { note } : {}) }, 'Title and entities corrected');
  };
  return (
    <li class="card story" aria-labelledby={id}>
      <h3 id={id}><a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a></h3>
      <p class="muted url">{s.url}</p>
      <p class="meta">
        <span class="chip">{s.counts.approved} approved</span>
        <span class={s.counts.review ? 'chip rep' : 'chip'}>{s.counts.review} in review</span>
        <span class={s.closedNow ? 'status closed' : 'status'}>{closingText(s)}</span>
        {s.premoderation && <span class="chip sel">pre-moderated</span>}
        <span class="muted">created {day(s.createdAt)} · metadata from {s.metadataSource}</span>
      </p>
      <div class="filters">
        <button type="button" onClick={() => save(s.id, { closed: !s.closed }, s.closed ? 'Story reopened' : 'Story closed')}>{s.closed ? 'Reopen' : 'Close'}</button>
        <label class="check"><input type="checkbox" checked={s.premoderation} onChange={() => save(s.id, { premoderation: !s.premoderation }, s.premoderation ? 'Pre-moderation off' : 'Pre-moderation on')} /> Pre-moderate every comment</label>
      </div>
      <form class="filters" onSubmit={saveDays}>
        <label>Auto-close after <input type="number" min={0} max={3650} inputMode="numeric" value={days} placeholder={`${siteDays}`} aria-describedby={`${id}-days`} onInput={(e) => setDays((e.target as HTMLInputElement).value)} /> days</label>
        <button type="submit">Save</button>
        <span class="hint" id={`${id}-days`}>Empty: the site default ({siteDays ? `${siteDays} days` : 'never'}); 0: never.</span>
      </form>
      <details>
        <summary>Correct title and entities</summary>
        <form class="settings-inline" onSubmit={correct}>
          <label>Title <input value={title} required maxLength={500} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} /></label>
          <label>Entities (comma-separated people and organisations) <input value={entities} onInput={(e) => setEntities((e.target as HTMLInputElement).value)} /></label>
          <label>Note for the audit log <input value={note} maxLength={2000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} /></label>
          <button type="submit">Save correction</button>
        </form>
      </details>
    </li>
  );
}

export function Stories({ canEditDefault, notify }: { canEditDefault: boolean; notify: (m: string) => void }) {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [v, setV] = useState<StoriesView | null>(null);
  const [siteDays, setSiteDays] = useState('');
  // A refresh that lands while the admin is typing a new default must not put the old one back in the box.
  const editingDefault = useRef(false);
  const load = async () => {
    try {
      const r = await api<StoriesView>('GET', `/api/v1/admin/stories?limit=${PAGE}&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
      setV(r);
      if (!editingDefault.current) setSiteDays(String(r.siteAutoCloseDays));
    } catch (err) { notify((err as Error).message); }
  };
  useEffect(() => { void load(); }, [q, offset]);
  const save = async (id: string, patch: StoryPatch, done: string) => {
    try { await api<StoryUpdated>('PATCH', `/api/v1/admin/stories/${id}`, patch); notify(done); await load(); } catch (err) { notify((err as Error).message); }
  };
  const saveDefault = async (e: Event) => {
    e.preventDefault();
    try {
      await api('PATCH', '/api/v1/admin/settings', { autoCloseDays: Number(siteDays) } as SettingsPatch);
      editingDefault.current = false;
      notify('Site default saved');
      await load();
    } catch (err) { notify((err as Error).message); }
  };
  return (
    <section aria-label="Stories">
      <form class="filters search" role="search" onSubmit={(e) => e.preventDefault()}>
        {/* Applied on Enter or on leaving the field, as in the queue: one request per search. */}
        <input type="search" aria-label="Search stories" placeholder="story title or URL" value={q} onChange={(e) => { setOffset(0); setQ((e.target as HTMLInputElement).value.trim()); }} />
        {q && <button type="button" onClick={() => setQ('')}>clear search</button>}
      </form>
      <form class="filters" onSubmit={saveDefault}>
        <label>Site default: close stories <input type="number" min={0} max={3650} inputMode="numeric" value={siteDays} disabled={!canEditDefault} onInput={(e) => { editingDefault.current = true; setSiteDays((e.target as HTMLInputElement).value); }} /> days after publication</label>
        {canEditDefault ? <button type="submit">Save default</button> : <span class="hint">Only an admin may change the default.</span>}
        <span class="hint">0: stories stay open until closed by hand.</span>
      </form>
      {!v ? <p>Loading…</p> : <>
        <p class="muted" role="status">{v.total} {v.total === 1 ? 'story' : 'stories'}{q ? ` matching “${q}”` : ''}</p>
        <ul class="rows">{v.stories.map((s) => <StoryCard key={`${s.id}:${s.title}:${s.autoCloseDays}`} s={s} siteDays={v.siteAutoCloseDays} save={save} />)}</ul>
        {v.total > PAGE && <p class="filters">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Newer</button>
          <span class="muted">{offset + 1}–{Math.min(offset + PAGE, v.total)} of {v.total}</span>
          <button type="button" disabled={offset + PAGE >= v.total} onClick={() => setOffset(offset + PAGE)}>Older</button>
        </p>}
      </>}
    </section>
  );
}
