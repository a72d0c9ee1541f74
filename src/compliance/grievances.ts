// The grievance lifecycle: who may move a complaint from which status to which, and the appeal text every letter carries. Pure.
import type { GrievanceStatus } from '../domain/grievance';

/**
 * received → acknowledged → decided. A decision may also come straight from received: deciding is the fullest
 * acknowledgement, and the ack clock is met by it. `decided` is final; there is no `closed` (a decided complaint is
 * closed, and a further complaint about the same thing is a new ticket, with its own clocks). Nothing moves back.
 *
 * | from \ to    | acknowledged | decided |
 * |--------------|--------------|---------|
 * | received     | yes          | yes     |
 * | acknowledged | –            | yes     |
 * | decided      | –            | –       |
 */
const NEXT: Record<GrievanceStatus, readonly GrievanceStatus[]> = {
  received: ['acknowledged', 'decided'],
  acknowledged: ['decided'],
  decided: [],
};

export const canMoveGrievance = (from: GrievanceStatus, to: GrievanceStatus): boolean => NEXT[from].includes(to);

/** Is the acknowledgement clock still running (nobody acknowledged or decided yet)? */
export const awaitsAcknowledgement = (s: GrievanceStatus): boolean => s === 'received';
/** Is the disposal clock still running? */
export const awaitsDecision = (s: GrievanceStatus): boolean => s !== 'decided';

/** GAC appeal window: 30 days from the decision being communicated (compliance.md §2.5 [S], feature F7). */
export const GAC_APPEAL_DAYS = 30;

/** Appended to every decision letter (F7: "Every Grievance Officer decision letter carries the GAC route and the 30-day window"). */
export const APPEAL_NOTICE: Record<'en' | 'hi', string> = {
  en: `If you are not satisfied with this decision, you may appeal to the Grievance Appellate Committee (GAC) within ${GAC_APPEAL_DAYS} days of receiving it, at https://gac.gov.in.`,
  hi: `यदि आप इस निर्णय से संतुष्ट नहीं हैं, तो इसे प्राप्त करने के ${GAC_APPEAL_DAYS} दिनों के भीतर शिकायत अपीलीय समिति (GAC) में https://gac.gov.in पर अपील कर सकते हैं।`,
};

/** The letter as stored and sent: the officer's text, then the appeal route in the complainant's language. */
export const decisionLetter = (text: string, lang: 'en' | 'hi'): string => `${text.trim()}\n\n${APPEAL_NOTICE[lang]}`;

/** GR-2026-000123. */
export const ticketOf = (year: number, n: number): string => `GR-${year}-${String(n).padStart(6, '0')}`;
