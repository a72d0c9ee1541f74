// Gathers one month's facts from the store (audit log, comments, appeals, grievances, the order register) for the pure transparency report.
import {
  istMonthRange, transparencyRows, type AppealFact, type RemovalFact, type ReportRow,
} from '../compliance/transparency';
import type { Store } from '../store/store';

const REMOVALS = ['comment.verdict', 'comment.reject', 'comment.hide'];

export async function transparencyReport(
  deps: { store: Store; now: () => Date; siteId: string },
  month: string,
): Promise<ReportRow[]> {
  const { from, to } = istMonthRange(month);
  const entries = await deps.store.listAuditByActions(REMOVALS, from, to);
  const removals: RemovalFact[] = [];
  for (const e of entries) {
    // The engine's verdict removes only when it rejects; approvals and holds for review are not removals.
    if (e.action === 'comment.verdict' && e.reason !== 'reject') continue;
    const c = await deps.store.getComment(e.targetId);
    if (!c || c.siteId !== deps.siteId) continue;
    const engine = e.action === 'comment.verdict';
    const labels = engine ? ((e.data as { labels?: string[] } | null)?.labels ?? []) : e.reason ? [e.reason] : [];
    removals.push({ at: e.at, postedAt: c.createdAt, by: engine ? 'engine' : 'staff', labels });
  }
  const appeals: AppealFact[] = (await deps.store.listAppeals(deps.siteId)).map((a) => ({ at: a.at, decidedAt: a.decidedAt, status: a.status }));
  const grievances = await deps.store.listGrievancesBetween(deps.siteId, from, to);
  // Takedown orders received in the month, counted by the store; confidential ones only in these aggregates.
  const orders = await deps.store.orderStats(deps.siteId, from, to);
  return transparencyRows(month, { removals, appeals, grievances, orders }, deps.now());
}
