// People screen: the staff list with role changes (admins), a reader found by e-mail, their history (every comment
// with its status) and the notes moderators share. Role changes and notes are audited by the server.
import { useEffect, useState } from 'preact/hooks';
import { api, type LookupView, type NoteAdded, type PersonView, type StaffList, type UserActed, type UserActionRequest } from './api';

const ROLES = ['admin', 'moderator', 'grievance_officer', 'commenter'] as const;
const roleName = (r: string) => (r === 'commenter' ? 'reader (no staff role)' : r.replace('_', ' '));
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function People({ canSetRole, canNote, selfId, notify }: { canSetRole: boolean; canNote: boolean; selfId: string; notify: (m: string) => void }) {
  const [list, setList] = useState<StaffList['staff'] | null>(null);
  const [email, setEmail] = useState('');
  const load = async () => {
    try { setList((await api<StaffList>('GET', '/api/v1/admin/people/staff')).staff); } catch (err) { notify((err as Error).message); }
  };
  useEffect(() => { void load(); }, []);
  const setRole = async (id: string, role: string) => {
    try {
      await api<UserActed>('POST', `/api/v1/admin/users/${id}/actions`, { action: 'setRole', role } as UserActionRequest);
      notify(`Role changed to ${roleName(role)}`);
    } catch (err) { notify((err as Error).message); }
    await load();
  };
  const find = async (e: Event) => {
    e.preventDefault();
    try { location.hash = `#/people/${(await api<LookupView>('GET', `/api/v1/admin/people/lookup?email=${encodeURIComponent(email.trim())}`)).user.id}`; } catch (err) { notify((err as Error).message); }
  };
  return (
    <section aria-label="People">
      <h2>Staff</h2>
      {!list ? <p>Loading…</p> : <ul class="rows">
        {list.map((u) => (
          <li class="card person" key={u.id}>
            <h3><a href={`#/people/${u.id}`}>{u.displayName}</a></h3>
            <p class="muted url">{u.email ?? 'no e-mail'} · {u.status} · since {when(u.createdAt)}</p>
            <label>Role{' '}
              <select value={u.role} disabled={!canSetRole || u.id === selfId} onChange={(e) => setRole(u.id, (e.target as HTMLSelectElement).value)}>
                {ROLES.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
              </select>
            </label>
            {u.id === selfId && <span class="hint"> (your own account)</span>}
          </li>
        ))}
      </ul>}
      {!canSetRole && <p class="hint">Only an admin may change roles.</p>}
      {canNote && <form class="filters search" role="search" onSubmit={find}>
        <input type="email" aria-label="Reader's e-mail" placeholder="reader@example.com" required value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        <button type="submit">Find reader</button>
      </form>}
    </section>
  );
}

export function Person({ id, canNote, notify }: { id: string; canNote: boolean; notify: (m: string) => void }) {
  const [v, setV] = useState<PersonView | null>(null);
  const [note, setNote] = useState('');
  const load = async () => {
    try { setV(await api<PersonView>('GET', `/api/v1/admin/people/${encodeURIComponent(id)}`)); } catch (err) { notify((err as Error).message); }
  };
  useEffect(() => { void load(); }, [id]);
  const add = async (e: Event) => {
    e.preventDefault();
    try { await api<NoteAdded>('POST', `/api/v1/admin/people/${encodeURIComponent(id)}/notes`, { body: note }); setNote(''); notify('Note added'); await load(); } catch (err) { notify((err as Error).message); }
  };
  if (!v) return <p>Loading…</p>;
  const u = v.user;
  return (
    <section aria-label={`Person: ${u.displayName}`}>
      <p><a href="#/people">← People</a></p>
      <h2>{u.displayName}</h2>
      <p class="muted url">{u.email ?? 'no e-mail'} · {roleName(u.role)} · {u.status}{u.suspendedUntil ? ` until ${when(u.suspendedUntil)}` : ''} · {u.trusted ? 'trusted' : 'not trusted'} · joined {when(u.createdAt)}</p>
      <h3>Notes for moderators</h3>
      {v.notes.length === 0 ? <p class="muted">No notes yet.</p> : <ul class="rows">
        {v.notes.map((n) => <li class="card reader-note" key={n.id}><p class="note-body">{n.body}</p><p class="muted">{n.author.displayName} · {when(n.createdAt)}</p></li>)}
      </ul>}
      {canNote && <form class="settings-inline" onSubmit={add}>
        <label>New note (every moderator sees it) <textarea rows={3} maxLength={2000} required value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} /></label>
        <button type="submit">Add note</button>
      </form>}
      <h3>Comments ({v.comments.length})</h3>
      {v.comments.length === 0 ? <p class="muted">No comments.</p> : <ul class="rows">
        {v.comments.map((c) => (
          <li class="card history" key={c.id}>
            <p class="meta"><span class={`status st-${c.status}`}>{c.status}</span>{c.statusReason && <span class="chip">{c.statusReason}</span>}<span class="muted">{when(c.createdAt)}</span>
              {c.story && <a href={c.story.url} target="_blank" rel="noopener noreferrer">{c.story.title}</a>}</p>
            <p class="note-body"><a href={`#/comment/${c.id}`}>{c.body}</a></p>
          </li>
        ))}
      </ul>}
    </section>
  );
}
