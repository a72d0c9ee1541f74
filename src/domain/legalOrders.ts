// Records of the legal-order registers: takedown orders (Rule 3(1)(d), s.69A) and law-enforcement information requests (Rule 3(1)(j)).
import type { Id, Instant } from './types';

export type LegalOrderStatus = 'open' | 'complied';

/** The issuer as the order states it; rank is one of compliance/orders.ts ISSUER_RANKS. */
export interface OrderIssuer {
  name: string;
  rank: string;
  authority: string;
  email: string | null;
  noJointSecretaryRank?: boolean;
  speciallyAuthorised?: boolean;
}

/** What a takedown order names: comment ids, or comment URLs as the issuer wrote them (resolved on compliance). */
export interface TakedownScope { commentIds: Id[]; urls: string[] }

/** What an information request asks for, and nothing more is exported. */
export interface InformationScope {
  userIds: Id[];
  commentIds: Id[];
  /** Only comments written in this window (inclusive), when given. */
  from: Instant | null;
  to: Instant | null;
  /** Profile fields requested, from DISCLOSABLE_PROFILE_FIELDS. */
  profileFields: string[];
}

export const DISCLOSABLE_PROFILE_FIELDS = ['displayName', 'email', 'createdAt', 'status', 'ssoSubject'] as const;

interface OrderBase {
  id: Id;
  siteId: Id;
  /** The issuer's own reference (file number, Sahyog id). */
  reference: string;
  issuer: OrderIssuer;
  legalBasis: string;
  provision: string;
  unlawfulAct: string | null;
  receivedAt: Instant;
  dueAt: Instant;
  status: LegalOrderStatus;
  /** Checklist items that failed at registration (warnings; they never block). */
  warnings: string[];
  registeredBy: Id;
  createdAt: Instant;
  compliedAt: Instant | null;
  compliedBy: Id | null;
}

export interface TakedownOrder extends OrderBase {
  kind: 'takedown';
  scope: TakedownScope;
  /** s.69A blocking orders: never shown in public reports or user notices, counted only in aggregate [U]. */
  confidential: boolean;
  /** What was sent back to the issuer after compliance. */
  confirmation: { text: string; channel: string; at: Instant; emailed: boolean } | null;
  /** Per named comment, what compliance did. */
  outcome: { commentId: Id; result: 'removed' | 'already_disabled' | 'not_found'; evidenceId: Id | null }[] | null;
}

export interface InformationRequest extends OrderBase {
  kind: 'information';
  scope: InformationScope;
  /** Notifying the user is deferred by the order [U]: no notice mail after export. */
  deferNotice: boolean;
  /** Hashes of each export made: the disclosure log beside the audit entries. */
  exports: { at: Instant; by: Id; manifestSha256: string }[];
}

export type LegalOrder = TakedownOrder | InformationRequest;

/** Monthly aggregate for the transparency report: confidential orders are in these counts and nowhere else. */
export interface OrderStats { received: number; complied: number; withinClock: number; confidential: number }
