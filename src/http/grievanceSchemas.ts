// TypeBox schemas of the grievance desk's API (public intake and tracking, the officer's board): the dashboard's types are Static<> of these.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';
import { GRIEVANCE_ACTIONS, GRIEVANCE_CATEGORIES, GRIEVANCE_OUTCOMES, GRIEVANCE_STATUSES } from '../domain/grievance';
import { AdminCommentSchema } from './adminSchemas';
import { Nullable } from './schemas';

const literals = <T extends string>(xs: readonly T[]): TUnion<TLiteral<T>[]> => Type.Union(xs.map((x) => Type.Literal(x)));
export const GrievanceCategorySchema = literals(GRIEVANCE_CATEGORIES);
export const GrievanceStatusSchema = literals(GRIEVANCE_STATUSES);
export const GrievanceOutcomeSchema = literals(GRIEVANCE_OUTCOMES);
export const GrievanceActionSchema = literals(GRIEVANCE_ACTIONS);

export const GrievanceOfficerSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Nullable(Type.String({ maxLength: 254 })),
  phone: Nullable(Type.String({ maxLength: 50 })),
  address: Type.String({ minLength: 1, maxLength: 1000 }),
});
/** GET /api/v1/grievance-officer: null until the site publishes one (and then comments are closed). */
export const GrievanceOfficerView = Type.Object({ officer: Nullable(GrievanceOfficerSchema) });

export const GrievanceBody = Type.Object({
  category: GrievanceCategorySchema,
  commentId: Type.Optional(Type.String({ maxLength: 100 })),
  commentUrl: Type.Optional(Type.String({ maxLength: 2000 })),
  description: Type.String({ maxLength: 20_000 }),
  name: Type.String({ maxLength: 200 }),
  email: Type.String({ maxLength: 320 }),
  lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('hi')])),
}, { additionalProperties: false });

/** 201 of POST /api/v1/grievances; times ISO 8601 UTC. */
export const GrievanceFiled = Type.Object({
  ticket: Type.String(), status: GrievanceStatusSchema, acknowledgeBy: Type.String(), resolveBy: Type.String(), trackingUrl: Type.String(),
});

/** A deadline as stored (UTC) and as shown (IST, e.g. "4 Dec 2026, 14:30 IST"). */
const Deadline = Type.Object({ at: Type.String(), ist: Type.String() });
const Decision = Type.Object({ outcome: GrievanceOutcomeSchema, action: GrievanceActionSchema, letter: Type.String(), at: Type.String(), ist: Type.String() });

/** What the complainant sees at the tracking link. */
export const GrievanceTrackView = Type.Object({
  grievance: Type.Object({
    ticket: Type.String(), status: GrievanceStatusSchema, category: GrievanceCategorySchema,
    received: Deadline, acknowledgeBy: Deadline, resolveBy: Deadline, acknowledgedAt: Nullable(Type.String()),
    decision: Nullable(Decision),
  }),
});

/** The breach board's escalation level of a running clock: 0, 50, 80 (% of the period used), or breached. */
const Level = Type.Union([Type.Literal(0), Type.Literal(50), Type.Literal(80), Type.Literal('breached')]);
export const GrievanceBoardItem = Type.Object({
  id: Type.String(), ticket: Type.String(), status: GrievanceStatusSchema, category: GrievanceCategorySchema,
  commentId: Nullable(Type.String()), receivedAt: Type.String(), acknowledgeBy: Type.String(), resolveBy: Type.String(),
  acknowledgeByIst: Type.String(), resolveByIst: Type.String(),
  /** The running clock nearest its deadline (acknowledge until acknowledged, then resolve); null once decided. */
  clock: Nullable(Type.Union([Type.Literal('acknowledge'), Type.Literal('resolve')])),
  /** Milliseconds to that deadline (negative when breached); null once decided. */
  msLeft: Nullable(Type.Number()),
  level: Nullable(Level),
});
export const GrievanceBoard = Type.Object({ now: Type.String(), grievances: Type.Array(GrievanceBoardItem) });

/** One complaint for the officer: everything the complainant gave, the clocks, the decision, and the named comment. */
export const GrievanceDetail = Type.Object({
  grievance: Type.Composite([GrievanceBoardItem, Type.Object({
    commentUrl: Nullable(Type.String()), description: Type.String(), name: Type.String(), email: Type.String(), lang: Type.String(),
    acknowledgedAt: Nullable(Type.String()), acknowledgedBy: Nullable(Type.String()), decidedAt: Nullable(Type.String()),
    decidedBy: Nullable(Type.String()), outcome: Nullable(GrievanceOutcomeSchema), letter: Nullable(Type.String()), action: Nullable(GrievanceActionSchema),
  })]),
  comment: Nullable(AdminCommentSchema),
});

export const GrievanceDecisionBody = Type.Object({
  outcome: GrievanceOutcomeSchema,
  letter: Type.String({ maxLength: 20_000 }),
  action: Type.Optional(GrievanceActionSchema),
}, { additionalProperties: false });
