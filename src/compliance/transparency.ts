// The monthly transparency report (compliance.md F15, issue 9 item 10): pure counting over records handed in, as rows.
// Months are calendar months in IST (the report is for Indian readers and regulators): 00:00 IST on the 1st is
// 18:30 UTC the day before.
import { GRIEVANCE_CATEGORIES } from '../domain/grievance';
import type { OrderStats } from '../domain/legalOrders';

const IST_MS = 330 * 60_000;
const HOUR = 3_600_000;

/** [from, to) in UTC for an IST calendar month "YYYY-MM". */
export function istMonthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: new Date(Date.UTC(y, m - 1, 1) - IST_MS).toISOString(), to: new Date(Date.UTC(y, m, 1) - IST_MS).toISOString() };
}
/** The IST month an instant falls in. */
export const istMonthOf = (at: Date): string => new Date(at.getTime() + IST_MS).toISOString().slice(0, 7);
export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export interface RemovalFact {
  /** When it was removed, and when it was posted (for the handling time of staff removals). */
  at: string;
  postedAt: string;
  by: 'engine' | 'staff';
  /** The verdict's labels (engine) or the staff's policy category. */
  labels: string[];
}
export interface AppealFact { at: string; decidedAt: string | null; status: 'pending' | 'upheld' | 'restored' }
/** The grievance desk's fields the report reads (branch gcore's Grievance has them). */
export interface GrievanceFact {
  category: string;
  receivedAt: string;
  acknowledgeBy: string;
  resolveBy: string;
  acknowledgedAt: string | null;
  decidedAt: string | null;
}
/**
 * The order register's counts for the month (store.orderStats: takedown orders received in it, and of those how many
 * were complied with, within the clock, and confidential). Confidential orders are only ever counted, never listed.
 */
export type OrderFacts = OrderStats;

export interface ReportRow { section: string; metric: string; category: string; value: string }
export const NOT_AVAILABLE = '—';

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const hours = (ms: number | null) => (ms === null ? NOT_AVAILABLE : (ms / HOUR).toFixed(1));
const inRange = (at: string | null, r: { from: string; to: string }) => !!at && at >= r.from && at < r.to;

export function transparencyRows(
  month: string,
  input: { removals: RemovalFact[]; appeals: AppealFact[]; grievances: GrievanceFact[] | null; orders: OrderFacts | null },
  now: Date,
): ReportRow[] {
  const r = istMonthRange(month);
  // A deadline still ahead when the report is made is neither met nor missed yet.
  const asOf = now.toISOString() < r.to ? now.toISOString() : r.to;
  const rows: ReportRow[] = [];
  const row = (section: string, metric: string, category: string, value: string | number) =>
    rows.push({ section, metric, category, value: String(value) });

  const removals = input.removals.filter((x) => inRange(x.at, r));
  row('removals', 'removed', 'all', removals.length);
  for (const by of ['engine', 'staff'] as const) row('removals', `removed_by_${by}`, 'all', removals.filter((x) => x.by === by).length);
  const byLabel = new Map<string, number>();
  // A comment with two labels counts under each; "all" counts it once.
  for (const x of removals) for (const l of x.labels.length ? x.labels : ['unlabelled']) byLabel.set(l, (byLabel.get(l) ?? 0) + 1);
  for (const [label, n] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) row('removals', 'removed', label, n);
  const staff = removals.filter((x) => x.by === 'staff').map((x) => Date.parse(x.at) - Date.parse(x.postedAt));
  row('removals', 'median_hours_post_to_staff_removal', 'all', hours(median(staff)));

  const received = input.appeals.filter((a) => inRange(a.at, r));
  const decided = input.appeals.filter((a) => a.status !== 'pending' && inRange(a.decidedAt, r));
  row('appeals', 'received', 'all', received.length);
  row('appeals', 'decided', 'restored', decided.filter((a) => a.status === 'restored').length);
  row('appeals', 'decided', 'upheld', decided.filter((a) => a.status === 'upheld').length);
  row('appeals', 'median_hours_to_decision', 'all', hours(median(decided.map((a) => Date.parse(a.decidedAt!) - Date.parse(a.at)))));

  if (!input.grievances) {
    for (const metric of ['received', 'resolved', 'acknowledged_in_time', 'resolved_in_time']) row('grievances', metric, 'all', NOT_AVAILABLE);
  } else {
    const g = input.grievances;
    // Every category has its rows, zero or not, so months line up column for column.
    const cats = [...new Set([...GRIEVANCE_CATEGORIES, ...g.map((x) => x.category)])];
    for (const cat of ['all', ...cats]) {
      const mine = cat === 'all' ? g : g.filter((x) => x.category === cat);
      const got = mine.filter((x) => inRange(x.receivedAt, r));
      const done = mine.filter((x) => inRange(x.decidedAt, r));
      row('grievances', 'received', cat, got.length);
      row('grievances', 'resolved', cat, done.length);
      // A clock is met when the act happened by its deadline.
      const acked = got.filter((x) => x.acknowledgedAt);
      row('grievances', 'acknowledged_in_time', cat, acked.filter((x) => x.acknowledgedAt! <= x.acknowledgeBy).length);
      const late = (x: GrievanceFact) => (x.acknowledgedAt ? x.acknowledgedAt > x.acknowledgeBy : x.acknowledgeBy < asOf);
      row('grievances', 'acknowledged_late_or_missed', cat, got.filter(late).length);
      row('grievances', 'resolved_in_time', cat, done.filter((x) => x.decidedAt! <= x.resolveBy).length);
      row('grievances', 'resolved_late', cat, done.filter((x) => x.decidedAt! > x.resolveBy).length);
      row('grievances', 'median_hours_to_resolution', cat, hours(median(done.map((x) => Date.parse(x.decidedAt!) - Date.parse(x.receivedAt)))));
    }
  }

  if (!input.orders) {
    for (const metric of ['received', 'complied', 'complied_in_time', 'confidential']) row('orders', metric, 'all', NOT_AVAILABLE);
  } else {
    // Orders received in the month; complied and in-time count those same orders. Confidential orders are in these
    // totals and counted once more on their own, never listed (compliance.md F15, marked [U] there).
    const o = input.orders;
    row('orders', 'received', 'all', o.received);
    row('orders', 'complied', 'all', o.complied);
    row('orders', 'complied_in_time', 'all', o.withinClock);
    row('orders', 'confidential', 'all', o.confidential);
  }
  return rows;
}

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const CSV_HEADER = ['month', 'section', 'metric', 'category', 'value'];
export function toCsv(month: string, rows: ReportRow[]): string {
  return [CSV_HEADER.join(','), ...rows.map((x) => [month, x.section, x.metric, x.category, x.value].map(cell).join(','))].join('\r\n') + '\r\n';
}
