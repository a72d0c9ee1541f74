// The public complaint form's script: posts the form to POST /api/v1/grievances and shows the ticket, its deadlines in IST and the tracking link.
import { formatIst } from '../../compliance/clocks';

interface Filed { ticket: string; status: string; acknowledgeBy: string; resolveBy: string; trackingUrl: string }

const form = document.getElementById('grievance-form') as HTMLFormElement | null;
const out = document.getElementById('grievance-result') as HTMLElement;
const err = document.getElementById('grievance-error') as HTMLElement;

// The tracking link is followed only when it stays on this site: a forged answer must not plant a javascript: URL.
const sameSite = (u: string) => { try { return new URL(u, location.href).origin === location.origin; } catch { return false; } };

function row(dl: HTMLElement, term: string, value: string, href?: string) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = value;
    a.id = 'tracking-link';
    dd.append(a);
  } else dd.textContent = value;
  dl.append(dt, dd);
}

function show(f: Filed) {
  out.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = 'Complaint received / शिकायत प्राप्त हुई';
  const dl = document.createElement('dl');
  row(dl, 'Ticket', f.ticket);
  row(dl, 'Status', f.status);
  row(dl, 'Acknowledged by', formatIst(f.acknowledgeBy));
  row(dl, 'Decided by', formatIst(f.resolveBy));
  if (sameSite(f.trackingUrl)) row(dl, 'Track it', new URL(f.trackingUrl, location.href).href, f.trackingUrl);
  const p = document.createElement('p');
  p.textContent = 'We have e-mailed you this ticket and the tracking link. Keep the link: anyone who has it can read the status.';
  out.append(h, dl, p);
  out.hidden = false;
  out.focus();
}

form?.addEventListener('submit', async (e) => {
  e.preventDefault();
  err.textContent = '';
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const ref = text('comment');
  // One field for the reader; the API keeps a link and a bare id apart.
  const isLink = /^https?:\/\//i.test(ref);
  const body = {
    category: text('category'), description: text('description'), name: text('name'), email: text('email'),
    ...(ref ? (isLink ? { commentUrl: ref } : { commentId: ref }) : {}),
  };
  const button = form.querySelector('button[type=submit]') as HTMLButtonElement;
  button.disabled = true;
  try {
    const res = await fetch('/api/v1/grievances', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json().catch(() => null);
    if (res.status !== 201) { err.textContent = json?.detail || json?.title || `The complaint was not accepted (${res.status}).`; return; }
    form.hidden = true;
    show(json as Filed);
  } catch {
    err.textContent = 'The server cannot be reached. Please try again.';
  } finally {
    button.disabled = false;
  }
});
