// Renders the complainant's tracking page: the ticket, its status, its deadlines in IST and the decision letter. No script.
import { CATEGORIES } from './categories';
import { formatIst } from './ist';

/** What the page shows; the tracking API's view has at least these fields. */
export interface TrackedGrievance {
  ticket: string;
  category: string;
  status: string;
  receivedAt: string;
  acknowledgeBy: string;
  resolveBy: string;
  acknowledgedAt?: string | null;
  decidedAt?: string | null;
  outcome?: string | null;
  letter?: string | null;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STATUS: Record<string, string> = {
  received: 'Received: waiting for acknowledgement / प्राप्त',
  acknowledged: 'Acknowledged: being looked into / स्वीकार की गई, जाँच जारी',
  decided: 'Decided / निर्णय हो गया',
};
const OUTCOME: Record<string, string> = { upheld: 'Upheld / स्वीकार', partly_upheld: 'Partly upheld / आंशिक रूप से स्वीकार', rejected: 'Not upheld / अस्वीकार' };

const when = (iso: string | null | undefined) => (iso ? `<time datetime="${esc(iso)}">${esc(formatIst(iso))}</time>` : '—');

export function renderTrackingPage(g: TrackedGrievance): string {
  const cat = CATEGORIES.find((c) => c.id === g.category);
  const decided = g.status === 'decided';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>Complaint ${esc(g.ticket)}</title><style>
*{box-sizing:border-box}body{font:16px/1.55 system-ui,sans-serif,"Noto Sans Devanagari";margin:0 auto;max-width:44rem;padding:1rem;color:#1d1d1f}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .9rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.status{display:inline-block;padding:.1rem .5rem;border-radius:4px;background:#e2e8f0}.s-decided{background:#c6f6d5}
.letter{white-space:pre-wrap;overflow-wrap:anywhere;background:#f7fafc;border-left:4px solid #2b6cb0;padding:.6rem .9rem}.muted{color:#555;font-size:.9rem}
</style></head><body>
<h1>Complaint <span id="ticket">${esc(g.ticket)}</span></h1>
<p><span class="status s-${esc(g.status)}" id="status">${esc(STATUS[g.status] ?? g.status)}</span></p>
<dl>
<dt>Kind</dt><dd>${esc(cat ? `${cat.en} / ${cat.hi}` : g.category)}</dd>
<dt>Received</dt><dd>${when(g.receivedAt)}</dd>
<dt>Acknowledge by</dt><dd>${when(g.acknowledgeBy)}${g.acknowledgedAt ? ` · acknowledged ${when(g.acknowledgedAt)}` : ''}</dd>
<dt>Decide by</dt><dd>${when(g.resolveBy)}${g.decidedAt ? ` · decided ${when(g.decidedAt)}` : ''}</dd>
${decided && g.outcome ? `<dt>Outcome</dt><dd id="outcome">${esc(OUTCOME[g.outcome] ?? g.outcome)}</dd>` : ''}
</dl>
${decided && g.letter ? `<h2>Decision letter / निर्णय पत्र</h2>\n<div class="letter" id="letter">${esc(g.letter)}</div>` : '<p>The decision letter will appear here and be e-mailed to you. / निर्णय पत्र यहाँ दिखेगा और आपको ईमेल किया जाएगा।</p>'}
<p class="muted">Times are India Standard Time (IST, UTC+05:30). Keep this link private: anyone who has it can read this page.</p>
</body></html>`;
}
