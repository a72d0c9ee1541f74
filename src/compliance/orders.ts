// Takedown orders (Rule 3(1)(d)) and law-enforcement information requests (Rule 3(1)(j)): clocks, escalation points, the issuer checklist. Pure: time is passed in.

/**
 * Default clocks, from compliance.md §2.5 (wall-clock hours from receipt, no business-day pause). Overridable by
 * config (CHARCHA_CLOCK_ORDER_HOURS, CHARCHA_CLOCK_LAW_ENFORCEMENT_HOURS: the same variables as the grievance desk's). The lead may unify these with
 * src/compliance/clocks.ts, which holds the same two numbers for the grievance desk.
 */
export const ORDER_CLOCK_DEFAULTS = {
  /** Rule 3(1)(d) as amended by G.S.R. 120(E) (in force 20 Feb 2026): 3 h, down from 36 h. Confidence [S]. */
  takedownHours: 3,
  /** Rule 3(1)(j): "not later than seventy-two hours". Confidence [V]. */
  informationHours: 72,
} as const;

export type OrderClocks = { takedownHours: number; informationHours: number };
export type LegalOrderKind = 'takedown' | 'information';

/** Escalation points as fractions of the clock; the last is the deadline itself (a breach). */
export const ESCALATION_POINTS = [0.5, 0.8, 1] as const;
export type EscalationPoint = (typeof ESCALATION_POINTS)[number];

const HOUR = 3_600_000;

export function clockHours(kind: LegalOrderKind, clocks: OrderClocks = ORDER_CLOCK_DEFAULTS): number {
  return kind === 'takedown' ? clocks.takedownHours : clocks.informationHours;
}

/** The deadline: receipt plus the clock, in UTC ISO 8601. */
export function dueAt(receivedAt: string, kind: LegalOrderKind, clocks?: OrderClocks): string {
  return new Date(Date.parse(receivedAt) + clockHours(kind, clocks) * HOUR).toISOString();
}

/** When each escalation fires: receipt + point × clock. */
export function escalationTimes(receivedAt: string, due: string): { point: EscalationPoint; at: string }[] {
  const start = Date.parse(receivedAt);
  const span = Date.parse(due) - start;
  return ESCALATION_POINTS.map((point) => ({ point, at: new Date(start + Math.round(point * span)).toISOString() }));
}

/** Milliseconds left at `now` (negative once breached). */
export const msLeft = (due: string, now: Date): number => Date.parse(due) - now.getTime();

/** Whether a compliance at `doneAt` met the clock. */
export const withinClock = (due: string, doneAt: string): boolean => Date.parse(doneAt) <= Date.parse(due);

/** Label of an escalation point for mail and audit: "50%", "80%", "deadline". */
export const pointLabel = (p: EscalationPoint): string => (p === 1 ? 'deadline' : `${Math.round(p * 100)}%`);

/**
 * Issuer ranks G.S.R. 775(E) (22 Oct 2025) allows for Rule 3(1)(d) intimations: an officer of Joint Secretary rank
 * or above, a Director where no such rank exists, or a police officer of DIG rank or above specially authorised.
 * Its in-force date is 15 Nov 2025 or 1 Nov 2025 [U]. A court order is not an intimation and needs no rank.
 */
export const ISSUER_RANKS = [
  'court', 'secretary', 'additional_secretary', 'joint_secretary', 'director',
  'director_general_of_police', 'additional_director_general_of_police', 'inspector_general_of_police',
  'deputy_inspector_general_of_police', 'other',
] as const;
export type IssuerRank = (typeof ISSUER_RANKS)[number];

const GOVERNMENT_RANKS: readonly IssuerRank[] = ['secretary', 'additional_secretary', 'joint_secretary'];
const POLICE_RANKS: readonly IssuerRank[] = [
  'director_general_of_police', 'additional_director_general_of_police', 'inspector_general_of_police', 'deputy_inspector_general_of_police',
];

export interface IssuerFacts {
  rank: IssuerRank;
  /** For a Director: the issuing body has no Joint Secretary rank. */
  noJointSecretaryRank?: boolean;
  /** For police: the officer is specially authorised for such intimations. */
  speciallyAuthorised?: boolean;
  legalBasis: string;
  provision: string;
  /** The nature of the unlawful act, as the intimation states it. */
  unlawfulAct?: string;
}

export interface ChecklistItem { id: string; ok: boolean; text: string }

/**
 * The verification checklist. It warns, it never blocks: the clock runs from receipt whatever the defects
 * (compliance.md I-5: a defective notice raises a query but the clock keeps running).
 */
export function verifyIssuer(f: IssuerFacts): ChecklistItem[] {
  const court = f.rank === 'court';
  const rankOk = court || GOVERNMENT_RANKS.includes(f.rank)
    || (f.rank === 'director' && !!f.noJointSecretaryRank)
    || (POLICE_RANKS.includes(f.rank) && !!f.speciallyAuthorised);
  return [
    {
      id: 'rank', ok: rankOk,
      text: court ? 'Court order: no issuer rank needed.'
        : 'G.S.R. 775(E): Joint Secretary or above; Director where no such rank exists; police DIG or above, specially authorised (in force 15 or 1 Nov 2025 [U]).',
    },
    { id: 'legal_basis', ok: f.legalBasis.trim() !== '', text: 'The order states its legal basis.' },
    { id: 'provision', ok: f.provision.trim() !== '', text: 'The order names the statutory provision.' },
    { id: 'unlawful_act', ok: court || !!f.unlawfulAct?.trim(), text: 'The intimation states the nature of the unlawful act.' },
  ];
}

export const checklistWarnings = (items: ChecklistItem[]): string[] => items.filter((i) => !i.ok).map((i) => i.id);
