// Webhooks screen: endpoints (URL, secret, events, enabled), "send test event", and the delivery log.
import { useEffect, useState } from 'preact/hooks';
import { api, type EndpointRequest, type WebhookDeliveries, type WebhookEndpointView, type WebhooksView } from './api';

const STATUS_CLASS: Record<string, string> = { delivered: 'ok', dead: 'bad', queued: 'wait', sending: 'wait' };

export function Webhooks({ canEdit, notify }: { canEdit: boolean; notify: (m: string) => void }) {
  const [v, setV] = useState<WebhooksView | null>(null);
  const [log, setLog] = useState<WebhookDeliveries['deliveries']>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [shown, setShown] = useState<string | null>(null);
  const load = async () => {
    try {
      const r = await api<WebhooksView>('GET', '/api/v1/admin/webhooks');
      setV(r);
      if (!events.length) setEvents(r.events);
      setLog((await api<WebhookDeliveries>('GET', '/api/v1/admin/webhooks/deliveries?limit=50')).deliveries);
    } catch (err) { notify((err as Error).message); }
  };
  useEffect(() => { void load(); const t = setInterval(load, 5000); return () => clearInterval(t); }, []);
  if (!v) return <p>Loading…</p>;

  const add = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api<WebhookEndpointView>('POST', '/api/v1/admin/webhooks', { url, events } as EndpointRequest);
      setShown(r.secret ?? null);
      setUrl('');
      notify('Endpoint added: copy its secret now, it is not shown again');
      await load();
    } catch (err) { notify((err as Error).message); }
  };
  const patch = async (id: string, body: EndpointRequest) => {
    try { await api('PATCH', `/api/v1/admin/webhooks/${id}`, body); await load(); } catch (err) { notify((err as Error).message); }
  };
  const test = async (id: string) => {
    try { await api('POST', `/api/v1/admin/webhooks/${id}/test`); notify('Test event queued'); setTimeout(load, 1500); } catch (err) { notify((err as Error).message); }
  };
  const toggle = (list: string[], ev: string) => (list.includes(ev) ? list.filter((x) => x !== ev) : [...list, ev]);
  const urlOf = (id: string) => v.endpoints.find((e) => e.id === id)?.url ?? id;

  return (
    <section class="settings" aria-label="Webhooks">
      {!canEdit && <p class="hint">Read only: only an admin may change webhooks.</p>}
      <table class="kv" aria-label="Endpoints"><thead><tr><th>URL</th><th>events</th><th>secret</th><th>enabled</th><th /></tr></thead><tbody>
        {v.endpoints.map((e) => (
          <tr key={e.id}>
            <td>{e.url}</td>
            <td>{e.events.join(', ')}</td>
            <td><code>{e.secretHint}</code></td>
            <td><input type="checkbox" aria-label={`enabled ${e.url}`} disabled={!canEdit} checked={e.enabled} onChange={() => patch(e.id, { enabled: !e.enabled })} /></td>
            <td><button type="button" disabled={!canEdit || !e.enabled} onClick={() => test(e.id)}>Send test event</button></td>
          </tr>
        ))}
      </tbody></table>
      {shown && <p class="hint" role="alert">Signing secret (shown once): <code>{shown}</code></p>}
      <form onSubmit={add}>
        <fieldset disabled={!canEdit}>
          <legend>Add an endpoint</legend>
          <label>URL <input type="url" required value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} placeholder="https://cms.example/hooks/charcha" /></label>
          {v.events.map((ev) => (
            <label class="check" key={ev}><input type="checkbox" checked={events.includes(ev)} onChange={() => setEvents(toggle(events, ev))} /> {ev}</label>
          ))}
          <button type="submit">Add endpoint</button>
        </fieldset>
      </form>
      <h2>Deliveries</h2>
      <table class="kv" aria-label="Deliveries"><thead><tr><th>event</th><th>endpoint</th><th>status</th><th>attempts</th><th>last response</th><th>last attempt</th></tr></thead><tbody>
        {log.map((d) => (
          <tr key={d.id}>
            <td>{d.eventType}</td><td>{urlOf(d.endpointId)}</td>
            <td class={STATUS_CLASS[d.status]}>{d.status}</td><td>{d.attempts}</td>
            <td title={d.lastError ?? ''}>{d.lastStatus ?? (d.lastError ? 'no answer' : '–')}</td>
            <td>{d.lastAttemptAt ? new Date(d.lastAttemptAt).toLocaleString() : '–'}</td>
          </tr>
        ))}
      </tbody></table>
    </section>
  );
}
