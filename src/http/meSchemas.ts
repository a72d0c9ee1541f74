// Schemas of the reader's own-data routes (/api/v1/me/…): the download, consent withdrawal and erasure.
import { Type } from '@sinclair/typebox';
import { CONSENT_CHANNELS, CONSENT_PURPOSES } from '../domain/rights';
import { Nullable } from './schemas';

const S = Type.String();
export const MyData = Type.Object({
  generatedAt: S,
  profile: Type.Object({ id: S, email: Nullable(S), displayName: S, role: S, status: S, sso: Type.Boolean(), createdAt: S }),
  comments: Type.Array(Type.Object({
    id: S, storyId: S, parentId: Nullable(S), status: S, statusReason: Nullable(S), createdAt: S, editedAt: Nullable(S),
    revisions: Type.Array(Type.Object({ rev: Type.Integer(), body: S, at: S, verdict: Type.Unknown() })),
  })),
  reactions: Type.Array(Type.Object({ commentId: S, at: S })),
  reports: Type.Array(Type.Object({ id: S, commentId: S, reason: S, note: S, at: S })),
  policyAcceptances: Type.Array(Type.Object({ version: Type.Integer(), at: S })),
  consents: Type.Array(Type.Object({
    purpose: S, action: S, noticeVersion: Nullable(Type.Integer()), channel: S, lang: S, at: S,
  })),
  appeals: Type.Array(Type.Object({
    id: S, commentId: S, note: S, status: S, at: S, decidedAt: Nullable(S), outcomeNote: Nullable(S),
  })),
});

export const Withdraw = Type.Object({ purpose: Type.Union(CONSENT_PURPOSES.map((p) => Type.Literal(p))) });
export const Withdrawn = Type.Object({ purpose: S, withdrawnAt: S, changed: Type.Boolean() });
export const ConsentChannelSchema = Type.Union(CONSENT_CHANNELS.map((c) => Type.Literal(c)));

export const Erase = Type.Object({
  mode: Type.Union([Type.Literal('anonymise'), Type.Literal('remove')]),
  /** Required for an account with a password; an SSO account re-authenticates with a fresh sign-in instead. */
  password: Type.Optional(Type.String({ maxLength: 200 })),
  lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('hi')])),
});
export const Erased = Type.Object({
  mode: S,
  anonymised: Type.Integer(),
  removed: Type.Integer(),
  kept: Type.Array(Type.Object({
    commentId: S, reason: S, rule: S, until: Nullable(S),
    /** The binding legal hold that keeps it: the reason given and until when (null: until released). */
    hold: Nullable(Type.Object({ reason: S, until: Nullable(S) })),
  })),
  registration: Type.Object({ sealedUntil: S, rule: S, purgeWarningAt: S }),
});
