// The statutory clocks of the grievance desk (compliance.md §2.5): deadlines, escalation points and IST display. Pure.
import type { GrievanceCategory } from '../domain/grievance';

const HOUR = 3_600_000;

/**
 * Every clock in hours, wall-clock ("hours means hours, with no business-day pause", §2.5). Defaults are §2.5's;
 * the tags are compliance.md's confidence: [V] verified, [S] sourced, [U] uncertain (check before relying on it).
 */
export interface ClockSettings {
  /** Grievance acknowledgement, Rule 3(2)(a)(i) and Rule 10: 24 h [V]. */
  acknowledgeHours: number;
  /** Intermediary grievance disposal: 7 days [U] (the 2026 amendment's "seven days", not yet checked against the PDF). */
  disposeHours: number;
  /** Removal complaint about Rule 3(1)(b) content (the proviso): 36 h [U]. */
  unlawfulContentHours: number;
  /** Intimate imagery (NCII) and impersonation removal, Rule 3(2)(b): 2 h [S]. */
  intimateImageryHours: number;
  /** Court or government removal order, Rule 3(1)(d): 3 h [S]. */
  courtOrderHours: number;
  /** Law-enforcement information order, Rule 3(1)(j): 72 h [V]. Not a complaint category: the orders register uses it. */
  lawEnforcementHours: number;
  /** The publisher's own article under the Code of Ethics, Rule 11: 15 days [V]. */
  codeOfEthicsHours: number;
}

export const DEFAULT_CLOCKS: Readonly<ClockSettings> = Object.freeze({
  acknowledgeHours: 24,
  disposeHours: 7 * 24,
  unlawfulContentHours: 36,
  intimateImageryHours: 2,
  courtOrderHours: 3,
  lawEnforcementHours: 72,
  codeOfEthicsHours: 15 * 24,
});

/** The clock that decides a category's resolve-by deadline. */
export function disposalHours(category: GrievanceCategory, c: ClockSettings): number {
  switch (category) {
    case 'unlawful_content': return c.unlawfulContentHours;
    case 'intimate_imagery':
    case 'impersonation': return c.intimateImageryHours;
    case 'court_or_government_order': return c.courtOrderHours;
    case 'code_of_ethics': return c.codeOfEthicsHours;
    case 'privacy':
    case 'other': return c.disposeHours;
  }
}

export interface Deadlines {
  acknowledgeBy: Date;
  resolveBy: Date;
}

/**
 * Deadlines from the moment of receipt. Acknowledgement is never later than disposal: in the 2 h and 3 h lanes the
 * 24 h acknowledgement would come after the content must already be gone, so both fall at the shorter deadline.
 */
export function deadlinesFor(category: GrievanceCategory, receivedAt: Date, c: ClockSettings = DEFAULT_CLOCKS): Deadlines {
  const t = receivedAt.getTime();
  const resolveBy = t + disposalHours(category, c) * HOUR;
  return { acknowledgeBy: new Date(Math.min(t + c.acknowledgeHours * HOUR, resolveBy)), resolveBy: new Date(resolveBy) };
}

/** Escalation points: 50% and 80% of the period (§2.5 "Timers escalate at 50% and 80%"), then the breach itself. */
export const ESCALATION_POINTS = [50, 80, 100] as const;
export type EscalationPoint = (typeof ESCALATION_POINTS)[number];

export function escalationTimes(start: Date, deadline: Date): { point: EscalationPoint; at: Date }[] {
  const s = start.getTime();
  const span = deadline.getTime() - s;
  return ESCALATION_POINTS.map((point) => ({ point, at: new Date(s + Math.round((span * point) / 100)) }));
}

/** 0 before 50%, 50 or 80 once passed, 'breached' once the deadline is past (exactly at it is still on time). */
export type EscalationLevel = 0 | 50 | 80 | 'breached';

export function escalationLevel(now: Date, start: Date, deadline: Date): EscalationLevel {
  const n = now.getTime();
  if (n > deadline.getTime()) return 'breached';
  const [half, eighty] = escalationTimes(start, deadline);
  if (n >= eighty.at.getTime()) return 80;
  if (n >= half.at.getTime()) return 50;
  return 0;
}

/** India Standard Time is UTC+05:30 all year (no DST), so a fixed offset is exact. */
const IST_OFFSET_MS = 330 * 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Dec 2026, 14:30 IST": how a deadline is shown to people; stored values stay UTC ISO 8601. */
export function formatIst(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + IST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} IST`;
}
