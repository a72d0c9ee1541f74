// The grievance desk's records: a complaint to the grievance officer, its clocks and its decision. A leaf module.
import type { Id, Instant } from './types';

/** Complaint categories of issue 9; the first three removal lanes have their own, shorter clocks (compliance.md §2.5). */
export const GRIEVANCE_CATEGORIES = [
  'unlawful_content', 'intimate_imagery', 'impersonation', 'privacy', 'court_or_government_order', 'code_of_ethics', 'other',
] as const;
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number];

export const GRIEVANCE_STATUSES = ['received', 'acknowledged', 'decided'] as const;
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];

export const GRIEVANCE_OUTCOMES = ['upheld', 'rejected', 'partly_upheld'] as const;
export type GrievanceOutcome = (typeof GRIEVANCE_OUTCOMES)[number];
export const GRIEVANCE_ACTIONS = ['remove_comment', 'none'] as const;
export type GrievanceAction = (typeof GRIEVANCE_ACTIONS)[number];

/** The officer a site publishes (IT Rules 3(2)(a)): comments stay closed until all of it is set. */
export interface GrievanceOfficer {
  name: string;
  /** At least one of email and phone. The email also receives the escalation notices. */
  email: string | null;
  phone: string | null;
  /** Postal address in India. */
  address: string;
}

export interface Grievance {
  id: Id;
  siteId: Id;
  /** Human-readable, e.g. GR-2026-000123: the year of receipt (UTC) and a per-year number. */
  ticket: string;
  year: number;
  number: number;
  category: GrievanceCategory;
  commentId: Id | null;
  commentUrl: string | null;
  description: string;
  name: string;
  email: string;
  lang: 'en' | 'hi';
  /** SHA-256 of the tracking token; the token itself is only ever in the complainant's link. */
  tokenHash: string;
  status: GrievanceStatus;
  receivedAt: Instant;
  acknowledgeBy: Instant;
  resolveBy: Instant;
  acknowledgedAt: Instant | null;
  acknowledgedBy: Id | null;
  decidedAt: Instant | null;
  decidedBy: Id | null;
  outcome: GrievanceOutcome | null;
  /** The decision letter as sent, with the appeal route appended (compliance.md F7). */
  letter: string | null;
  action: GrievanceAction | null;
}

/** Published = a name, an address and a way to reach the officer; until then comments stay closed. */
export const officerPublished = (o: GrievanceOfficer | null | undefined): o is GrievanceOfficer =>
  !!o && !!o.name?.trim() && !!o.address?.trim() && !!(o.email?.trim() || o.phone?.trim());
