// Grievances as the API shows them: the complainant's tracking view, the officer's board row, and the tracking page's HTML.
import type { Static } from '@sinclair/typebox';
import { escalationLevel, formatIst } from '../../compliance/clocks';
import type { Grievance } from '../../domain/grievance';
import type { GrievanceBoardItem, GrievanceTrackView } from '../grievanceSchemas';
import { CATEGORIES } from '../../web/grievance/categories';

const both = (at: string) => ({ at, ist: formatIst(at) });

export function presentTrack(g: Grievance): Static<typeof GrievanceTrackView>['grievance'] {
  return {
    ticket: g.ticket, status: g.status, category: g.category, received: both(g.receivedAt),
    acknowledgeBy: both(g.acknowledgeBy), resolveBy: both(g.resolveBy), acknowledgedAt: g.acknowledgedAt,
    decision: g.status === 'decided' && g.outcome && g.letter && g.decidedAt
      ? { outcome: g.outcome, action: g.action ?? 'none', letter: g.letter, at: g.decidedAt, ist: formatIst(g.decidedAt) }
      : null,
  };
}

/** The clock that runs out first among those still running: acknowledgement until acknowledged, then disposal. */
function runningClock(g: Grievance): { clock: 'acknowledge' | 'resolve'; deadline: string } | null {
  if (g.status === 'decided') return null;
  if (g.status === 'received' && g.acknowledgeBy < g.resolveBy) return { clock: 'acknowledge', deadline: g.acknowledgeBy };
  return { clock: 'resolve', deadline: g.resolveBy };
}

export function presentBoardItem(g: Grievance, now: Date): Static<typeof GrievanceBoardItem> {
  const run = runningClock(g);
  return {
    id: g.id, ticket: g.ticket, status: g.status, category: g.category, commentId: g.commentId, receivedAt: g.receivedAt,
    acknowledgeBy: g.acknowledgeBy, resolveBy: g.resolveBy, acknowledgeByIst: formatIst(g.acknowledgeBy), resolveByIst: formatIst(g.resolveBy),
    clock: run?.clock ?? null,
    msLeft: run ? new Date(run.deadline).getTime() - now.getTime() : null,
    level: run ? escalationLevel(now, new Date(g.receivedAt), new Date(run.deadline)) : null,
  };
}

/** Least time left first (breached ones, most overdue, at the top); decided complaints last, newest first. */
export function boardOrder(a: Static<typeof GrievanceBoardItem>, b: Static<typeof GrievanceBoardItem>): number {
  if (a.msLeft === null || b.msLeft === null) return a.msLeft === null && b.msLeft === null ? b.receivedAt.localeCompare(a.receivedAt) : a.msLeft === null ? 1 : -1;
  return a.msLeft - b.msLeft;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
// The tracking page's words, in English and Hindi: the complainant may have written in either.
const STATUS: Record<Grievance['status'], string> = {
  received: 'Received: waiting for acknowledgement / प्राप्त हुई',
  acknowledged: 'Acknowledged: being looked into / स्वीकार की गई, जाँच जारी',
  decided: 'Decided / निर्णय हो गया',
};
const OUTCOME: Record<string, string> = { upheld: 'Upheld / स्वीकार', partly_upheld: 'Partly upheld / आंशिक रूप से स्वीकार', rejected: 'Not upheld / अस्वीकार' };
const categoryText = (id: string) => { const c = CATEGORIES.find((x) => x.id === id); return c ? `${c.en} / ${c.hi}` : id.replace(/_/g, ' '); };
const time = (at: string, ist: string, id = '') => `<time${id ? ` id="${id}"` : ''} datetime="${esc(at)}">${esc(ist)}</time>`;

/** The tracking page: no script, nothing loaded; every value escaped; readable on a phone. */
export function renderTrackPage(t: ReturnType<typeof presentTrack> | null): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${t ? `Complaint ${esc(t.ticket)}` : 'Complaint not found'}</title><style>
*{box-sizing:border-box}body{font:16px/1.55 system-ui,sans-serif,"Noto Sans Devanagari";margin:0 auto;max-width:44rem;padding:1rem;color:#1d1d1f}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem .9rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.status{display:inline-block;padding:.1rem .5rem;border-radius:4px;background:#e2e8f0}.s-decided{background:#c6f6d5}
.letter{white-space:pre-wrap;overflow-wrap:anywhere;background:#f7fafc;border-left:4px solid #2b6cb0;padding:.6rem .9rem}.muted{color:#555;font-size:.9rem}
</style></head><body>`;
  if (!t) return `${head}<h1>Complaint not found / शिकायत नहीं मिली</h1><p>This tracking link is not valid. Check that you copied the whole link from your acknowledgement e-mail.</p></body></html>`;
  const d = t.decision;
  return `${head}<h1>Complaint <span id="ticket">${esc(t.ticket)}</span></h1>
<p><span class="status s-${esc(t.status)}" id="status" data-status="${esc(t.status)}">${esc(STATUS[t.status])}</span></p>
<dl>
<dt>Kind / प्रकार</dt><dd id="category">${esc(categoryText(t.category))}</dd>
<dt>Received / प्राप्त</dt><dd>${time(t.received.at, t.received.ist)}</dd>
<dt>Acknowledgement due</dt><dd>${time(t.acknowledgeBy.at, t.acknowledgeBy.ist, 'acknowledge-by')}${t.acknowledgedAt ? ' · acknowledged' : ''}</dd>
<dt>Decision due</dt><dd>${time(t.resolveBy.at, t.resolveBy.ist, 'resolve-by')}</dd>
</dl>
${d ? `<h2>Decision / निर्णय: <span id="outcome">${esc(OUTCOME[d.outcome] ?? d.outcome)}</span></h2>
<p>Decided on ${time(d.at, d.ist)}.</p>
<div class="letter" id="letter">${esc(d.letter)}</div>` : '<p id="pending">The grievance officer has not decided this complaint yet. The decision letter will appear here and be e-mailed to you. / निर्णय पत्र यहाँ दिखेगा और आपको ईमेल किया जाएगा।</p>'}
<p class="muted">Times are India Standard Time (IST, UTC+05:30). Keep this link private: anyone who has it can read this page.</p>
</body></html>`;
}
