// Grievances as the API shows them: the complainant's tracking view, the officer's board row, and the tracking page's HTML.
import type { Static } from '@sinclair/typebox';
import { escalationLevel, formatIst } from '../../compliance/clocks';
import type { Grievance } from '../../domain/grievance';
import type { GrievanceBoardItem, GrievanceTrackView } from '../grievanceSchemas';

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
const STATUS: Record<Grievance['status'], string> = { received: 'Received', acknowledged: 'Acknowledged', decided: 'Decided' };

/** The tracking page: no script, nothing loaded; every value escaped. */
export function renderTrackPage(t: ReturnType<typeof presentTrack> | null): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${t ? `Complaint ${esc(t.ticket)}` : 'Complaint not found'}</title><style>
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:42rem;padding:0 1rem;color:#1d1d1f}
dt{font-weight:600}dd{margin:0 0 .6rem}.letter{white-space:pre-wrap;border-left:3px solid #888;padding-left:1rem}
</style></head><body>`;
  if (!t) return `${head}<h1>Complaint not found</h1><p>This tracking link is not valid. Check that you copied the whole link from your acknowledgement e-mail.</p></body></html>`;
  const d = t.decision;
  return `${head}<h1>Complaint <span id="ticket">${esc(t.ticket)}</span></h1>
<dl>
<dt>Status</dt><dd id="status" data-status="${esc(t.status)}">${esc(STATUS[t.status])}</dd>
<dt>Category</dt><dd id="category">${esc(t.category.replace(/_/g, ' '))}</dd>
<dt>Received</dt><dd><time datetime="${esc(t.received.at)}">${esc(t.received.ist)}</time></dd>
<dt>Acknowledgement due</dt><dd><time id="acknowledge-by" datetime="${esc(t.acknowledgeBy.at)}">${esc(t.acknowledgeBy.ist)}</time></dd>
<dt>Decision due</dt><dd><time id="resolve-by" datetime="${esc(t.resolveBy.at)}">${esc(t.resolveBy.ist)}</time></dd>
</dl>
${d ? `<h2>Decision: <span id="outcome">${esc(d.outcome.replace('_', ' '))}</span></h2>
<p>Decided <time datetime="${esc(d.at)}">${esc(d.ist)}</time>.</p>
<div class="letter" id="letter">${esc(d.letter)}</div>` : '<p id="pending">The grievance officer has not decided this complaint yet.</p>'}
</body></html>`;
}
