// Settings screen: thresholds and actions per label, banned and suspect words, edit window, premoderation, policy text, export.
import { useEffect, useState } from 'preact/hooks';
import { ExportComments } from './Export';
import { api, type PolicyPublished, type PolicyRequest, type SettingsPatch, type SettingsView } from './api';

const LABELS = ['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar'] as const;
const words = (s: string) => s.split(/[\n,]/).map((w) => w.trim()).filter(Boolean);

export function Settings({ canEdit, canExport, notify }: { canEdit: boolean; canExport: boolean; notify: (m: string) => void }) {
  const [v, setV] = useState<SettingsView | null>(null);
  const [form, setForm] = useState<any>(null);
  const [policy, setPolicy] = useState('');
  const fill = (r: SettingsView) => {
    setV(r);
    const m = r.settings.moderation ?? {};
    setForm({
      editWindowMinutes: r.settings.editWindowMinutes, premoderation: r.settings.premoderation,
      thresholds: { ...m.thresholds }, actions: { ...m.actions },
      bannedWords: (m.bannedWords ?? []).join('\n'), suspectWords: (m.suspectWords ?? []).join('\n'),
      localAccounts: r.settings.localAccounts !== false,
    });
    setPolicy(r.policy?.text ?? '');
  };
  useEffect(() => { api<SettingsView>('GET', '/api/v1/admin/settings').then(fill, (e) => notify(e.message)); }, []);
  if (!v || !form) return <p>Loading…</p>;

  const save = async (e: Event) => {
    e.preventDefault();
    const thresholds = Object.fromEntries(Object.entries(form.thresholds).filter(([, x]) => x !== '' && x !== undefined).map(([k, x]) => [k, Number(x)]));
    const actions = Object.fromEntries(Object.entries(form.actions).filter(([, x]) => x)) as SettingsPatch['actions'];
    try {
      const patch: SettingsPatch = {
        editWindowMinutes: Number(form.editWindowMinutes), premoderation: !!form.premoderation, thresholds, actions,
        bannedWords: words(form.bannedWords), suspectWords: words(form.suspectWords), localAccounts: !!form.localAccounts,
      };
      fill(await api<SettingsView>('PATCH', '/api/v1/admin/settings', patch));
      notify('Settings saved (recorded in the log)');
    } catch (err) { notify((err as Error).message); }
  };
  const publish = async () => {
    try {
      const r = await api<PolicyPublished>('POST', '/api/v1/admin/policy', { text: policy } satisfies PolicyRequest);
      notify(`Policy version ${r.policy.version} published; readers accept it before their next comment`);
      fill(await api<SettingsView>('GET', '/api/v1/admin/settings'));
    } catch (err) { notify((err as Error).message); }
  };
  const upd = (path: string[], value: unknown) => {
    const next = structuredClone(form);
    let o = next;
    for (const k of path.slice(0, -1)) o = o[k];
    o[path[path.length - 1]] = value;
    setForm(next);
  };

  return (
    <section class="settings" aria-label="Settings">
      {!canEdit && <p class="hint">Read only: only an admin may change settings.</p>}
      <form onSubmit={save}>
        <fieldset disabled={!canEdit}>
          <legend>Moderation per label</legend>
          <table class="kv"><thead><tr><th>label</th><th>threshold (0–1)</th><th>action</th></tr></thead><tbody>
            {LABELS.map((l) => (
              <tr key={l}><th>{l}</th>
                <td><input type="number" step="0.05" min={0} max={1} aria-label={`${l} threshold`} value={form.thresholds[l] ?? ''} onInput={(e) => upd(['thresholds', l], (e.target as HTMLInputElement).value)} /></td>
                <td><select aria-label={`${l} action`} value={form.actions[l] ?? ''} onChange={(e) => upd(['actions', l], (e.target as HTMLSelectElement).value)}>
                  <option value="">engine default</option><option value="approve">approve</option><option value="review">review</option>
                  {l !== 'defamation' && <option value="reject">reject</option>}
                </select></td></tr>
            ))}
          </tbody></table>
          <div class="two">
            <label>Banned words (reject), one per line<textarea rows={6} value={form.bannedWords} onInput={(e) => upd(['bannedWords'], (e.target as HTMLTextAreaElement).value)} /></label>
            <label>Suspect words (review), one per line<textarea rows={6} value={form.suspectWords} onInput={(e) => upd(['suspectWords'], (e.target as HTMLTextAreaElement).value)} /></label>
          </div>
          <label>Edit window (minutes) <input type="number" min={0} max={1440} value={form.editWindowMinutes} onInput={(e) => upd(['editWindowMinutes'], (e.target as HTMLInputElement).value)} /></label>
          <label class="check"><input type="checkbox" checked={form.premoderation} onChange={(e) => upd(['premoderation'], (e.target as HTMLInputElement).checked)} /> Premoderate every new comment site-wide</label>
          <label class="check"><input type="checkbox" checked={form.localAccounts} onChange={(e) => upd(['localAccounts'], (e.target as HTMLInputElement).checked)} /> Readers may create Charcha accounts (off: only your SSO or OpenID sign-in)</label>
          <button type="submit">Save settings</button>
        </fieldset>
      </form>
      <fieldset disabled={!canEdit}>
        <legend>Policy notice (version {v.policy?.version ?? 0})</legend>
        <textarea rows={6} aria-label="Policy text" value={policy} onInput={(e) => setPolicy((e.target as HTMLTextAreaElement).value)} />
        <button type="button" onClick={publish} disabled={!policy.trim() || policy === v.policy?.text}>Publish as version {(v.policy?.version ?? 0) + 1}</button>
        <p class="hint">Per-story closing and premoderation are on each comment's detail page.</p>
      </fieldset>
      {canExport && <ExportComments notify={notify} />}
    </section>
  );
}
