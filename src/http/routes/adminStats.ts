// Staff statistics: comment volume, decision mix, labels, targets, languages and time to a human decision.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { COMMENT_STATUSES, type AuditEntry, type Comment } from '../../domain/types';
import type { AppDeps } from '../deps';
import { requireStaff } from './adminGuard';
import { headSeq } from './modlog';
import { StatsView } from '../adminSchemas';

/** Stats read the newest comments and log entries up to these caps; the response says how many it saw. */
export const STATS_COMMENT_CAP = 5000;
export const STATS_AUDIT_CAP = 5000;
const STATUSES = COMMENT_STATUSES;
const DECISIONS = new Set(['comment.approve', 'comment.reject', 'comment.hide', 'comment.restore']);

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null);

/** Pure: aggregates comments and staff decisions into per-day series over the last `days` days ending at `now`. */
export function computeStats(comments: Comment[], audit: AuditEntry[], now: Date, days: number) {
  const dayKeys: string[] = [];
  for (let i = days - 1; i >= 0; i--) dayKeys.push(new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10));
  const index = new Map(dayKeys.map((d, i) => [d, i]));
  const volume = dayKeys.map(() => 0);
  const decisions: Record<string, number[]> = Object.fromEntries(STATUSES.map((s) => [s, dayKeys.map(() => 0)]));
  const labels: Record<string, number> = {};
  const targets: Record<string, number> = {};
  const langs: Record<string, number> = {};
  const created = new Map<string, string>();
  for (const c of comments) {
    created.set(c.id, c.createdAt);
    const i = index.get(c.createdAt.slice(0, 10));
    if (i === undefined) continue;
    volume[i]++;
    if (decisions[c.status]) decisions[c.status][i]++;
    for (const l of c.moderation?.labels ?? []) labels[l] = (labels[l] ?? 0) + 1;
    for (const t of c.moderation?.targets ?? []) targets[t] = (targets[t] ?? 0) + 1;
    const lang = c.moderation?.lang ?? 'unknown';
    langs[lang] = (langs[lang] ?? 0) + 1;
  }
  // Time to decision: from posting to the FIRST staff decision on that comment.
  const firstDecision = new Map<string, string>();
  for (const e of audit) if (DECISIONS.has(e.action) && e.actor !== 'system' && !firstDecision.has(e.targetId)) firstDecision.set(e.targetId, e.at);
  const perDay: number[][] = dayKeys.map(() => []);
  const all: number[] = [];
  for (const [id, at] of firstDecision) {
    const c = created.get(id);
    if (!c) continue;
    const minutes = (Date.parse(at) - Date.parse(c)) / 60_000;
    all.push(minutes);
    const i = index.get(at.slice(0, 10));
    if (i !== undefined) perDay[i].push(minutes);
  }
  all.sort((a, b) => a - b);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    days: dayKeys, volume, decisions, labels, targets, langs,
    timeToDecision: {
      count: all.length, medianMinutes: round(quantile(all, 0.5)), p90Minutes: round(quantile(all, 0.9)),
      medianPerDay: perDay.map((xs) => round(quantile(xs.sort((a, b) => a - b), 0.5))),
    },
  };
}

export async function adminStatsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // GET /api/v1/admin/stats?days=30
  app.get('/api/v1/admin/stats', {
    schema: { querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })) }), tags: ['admin'], response: { 200: StatsView } },
  }, async (req) => {
    requireStaff(req, deps, 'stats.read');
    const days = (req.query as { days?: number }).days ?? 30;
    const comments = await deps.store.listQueue({ siteId: deps.siteId, limit: STATS_COMMENT_CAP });
    const head = await headSeq(deps.store);
    const from = Math.max(1, head - STATS_AUDIT_CAP + 1);
    const audit = head ? await deps.store.listAudit(from, STATS_AUDIT_CAP) : [];
    return { ...computeStats(comments, audit, deps.now(), days), sample: { comments: comments.length, auditEntries: audit.length } };
  });
}
