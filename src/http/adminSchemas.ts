// TypeBox schemas of the staff API's responses (and the author's appeal notice): the dashboard's types are Static<typeof …> of these.
import { Type } from '@sinclair/typebox';
import { Nullable, VerdictSchema } from './schemas';

const Counts = Type.Record(Type.String(), Type.Integer());

export const AdminAuthorSchema = Type.Object({
  id: Type.String(), displayName: Type.String(), status: Type.String(), trusted: Type.Boolean(), role: Type.String(), suspendedUntil: Nullable(Type.String()),
});
export const AdminStorySchema = Type.Object({
  id: Type.String(), title: Type.String(), url: Type.String(), closed: Type.Boolean(), premoderation: Type.Boolean(),
  /** Named entities steer moderation; metadataSource says whether a page (provisional), the publisher or staff set them. */
  entities: Type.Array(Type.String()), metadataSource: Type.Union([Type.Literal('page'), Type.Literal('publisher'), Type.Literal('staff')]),
  /** The story's own auto-close days (null: the site's default applies; 0: never). */
  autoCloseDays: Type.Optional(Nullable(Type.Integer())),
});

export const AdminCommentSchema = Type.Object({
  id: Type.String(),
  storyId: Type.String(),
  parentId: Nullable(Type.String()),
  body: Type.String(),
  status: Type.String(),
  statusReason: Nullable(Type.String()),
  featured: Type.Boolean(),
  reportCount: Type.Integer(),
  replyCount: Type.Integer(),
  reactionCount: Type.Integer(),
  createdAt: Type.String(),
  editedAt: Nullable(Type.String()),
  moderation: VerdictSchema,
  /** 0..1.7: the highest label score, raised by reports and by the engine holding it; the queue's sort key. */
  risk: Type.Number(),
  author: Type.Optional(AdminAuthorSchema),
  story: Type.Optional(AdminStorySchema),
  reportReasons: Type.Optional(Counts),
});

export const AdminReportSchema = Type.Object({ id: Type.String(), reason: Type.String(), note: Type.String(), at: Type.String(), reporterId: Type.String() });
/** A revision with the verdict it got when written (null for revisions stored before verdicts were kept). */
export const RevisionSchema = Type.Object({ rev: Type.Integer(), body: Type.String(), at: Type.String(), moderation: Nullable(VerdictSchema) });

export const AuthorHistorySchema = Type.Object({
  total: Type.Integer(),
  decisions: Counts,
  /** Comments rejected or removed: each is a strike. */
  strikes: Type.Integer(),
  trusted: Type.Boolean(),
  recent: Type.Array(Type.Object({ id: Type.String(), status: Type.String(), createdAt: Type.String(), statusReason: Nullable(Type.String()) })),
});

const AppealStatus = Type.Union([Type.Literal('pending'), Type.Literal('upheld'), Type.Literal('restored')]);
export const AdminAppealSchema = Type.Object({
  id: Type.String(), commentId: Type.String(), note: Type.String(), status: AppealStatus, at: Type.String(),
  decidedAt: Nullable(Type.String()), outcomeNote: Nullable(Type.String()), comment: Type.Optional(AdminCommentSchema),
});

/** What the author sees about their own comment: the decision, the policy category, the engine's rule and the appeal. */
export const AuthorNoticeSchema = Type.Object({
  commentId: Type.String(), status: Type.String(), category: Nullable(Type.String()), note: Nullable(Type.String()),
  rule: Nullable(Type.String()), labels: Type.Array(Type.String()), canAppeal: Type.Boolean(),
  appeal: Nullable(Type.Object({ status: AppealStatus, note: Type.String(), at: Type.String(), decidedAt: Nullable(Type.String()), outcomeNote: Nullable(Type.String()) })),
});
export const NoticeView = Type.Object({ notice: AuthorNoticeSchema });
export const AppealFiled = Type.Object({
  appeal: Type.Object({ id: Type.String(), status: AppealStatus, note: Type.String(), at: Type.String() }), notice: Nullable(AuthorNoticeSchema),
});
export const AppealsPage = Type.Object({ status: AppealStatus, appeals: Type.Array(AdminAppealSchema) });
export const AppealDecided = Type.Object({ appeal: AdminAppealSchema, comment: AdminCommentSchema });

export const MeView = Type.Object({
  user: Type.Object({ id: Type.String(), displayName: Type.String(), email: Nullable(Type.String()), role: Type.String() }),
  permissions: Type.Array(Type.String()),
});
export const QueuePage = Type.Object({ queue: Type.String(), counts: Counts, comments: Type.Array(AdminCommentSchema) });
export const DetailView = Type.Object({
  comment: AdminCommentSchema,
  story: Nullable(AdminStorySchema),
  author: Nullable(AdminAuthorSchema),
  authorHistory: Nullable(AuthorHistorySchema),
  context: Type.Object({ parent: Nullable(AdminCommentSchema), siblings: Type.Array(AdminCommentSchema) }),
  revisions: Type.Array(RevisionSchema),
  reports: Type.Array(AdminReportSchema),
  appeal: Nullable(AdminAppealSchema),
});

export const CommentActed = Type.Object({ comment: AdminCommentSchema, auditSeq: Type.Integer() });
export const BulkActed = Type.Object({
  results: Type.Array(Type.Object({ id: Type.String(), ok: Type.Boolean(), code: Type.Optional(Type.String()), auditSeq: Type.Optional(Type.Integer()) })),
  ok: Type.Integer(), failed: Type.Integer(),
});
export const UserActed = Type.Object({ user: AdminAuthorSchema, auditSeq: Type.Integer() });
export const Undone = Type.Object({ auditSeq: Type.Integer(), action: Type.String(), targetId: Type.String() });

export const AuditEntrySchema = Type.Object({
  seq: Type.Integer(), at: Type.String(), actor: Type.String(), action: Type.String(), targetType: Type.String(), targetId: Type.String(),
  reason: Nullable(Type.String()), rule: Nullable(Type.String()), dataHash: Type.String(), prevHash: Type.String(), hash: Type.String(),
});
export const AuditPage = Type.Object({ entries: Type.Array(AuditEntrySchema), next: Nullable(Type.Integer()) });
export const SignedCheckpointSchema = Type.Object({
  v: Type.Literal(1), alg: Type.Literal('Ed25519'), seq: Type.Integer(), hash: Type.String(), at: Type.String(),
  publicKey: Type.String(), fingerprint: Type.String(), sig: Type.String(),
});
/** The chain check, and with a signing key configured, the check against the signed checkpoints. */
export const ChainCheckSchema = Type.Object({
  ok: Type.Boolean(), count: Type.Integer(), brokenSeq: Type.Optional(Type.Integer()), problem: Type.Optional(Type.String()),
  checkpoints: Type.Optional(Type.Integer()), newest: Type.Optional(Nullable(SignedCheckpointSchema)),
  /** Entries after the newest checkpoint: not yet anchored, so they could be cut off undetected. */
  unanchored: Type.Optional(Type.Integer()),
});

const PolicyRecord = Type.Object({ version: Type.Integer(), text: Type.String(), createdAt: Type.String() });
export const SettingsView = Type.Object({
  site: Type.Object({ id: Type.String(), name: Type.String(), origins: Type.Array(Type.String()) }),
  settings: Type.Object({
    moderation: Type.Object({
      thresholds: Type.Optional(Type.Record(Type.String(), Type.Number())),
      actions: Type.Optional(Type.Record(Type.String(), Type.String())),
      bannedWords: Type.Optional(Type.Array(Type.String())),
      suspectWords: Type.Optional(Type.Array(Type.String())),
    }),
    editWindowMinutes: Type.Integer(),
    premoderation: Type.Boolean(),
    /** null until set; comments stay closed until then (grievance_officer_not_set). */
    grievanceOfficer: Nullable(Type.Object({ name: Type.String(), email: Nullable(Type.String()), phone: Nullable(Type.String()), address: Type.String() })),
    /** What happens to an unverified local reader's comments while email verification is on. */
    unverifiedComments: Type.Union([Type.Literal('review'), Type.Literal('refuse')]),
    localAccounts: Type.Optional(Type.Boolean()),
    /** Stories close for new comments this many days after creation, unless a story overrides it (0 or absent: never). */
    autoCloseDays: Type.Optional(Nullable(Type.Integer())),
  }),
  policy: Nullable(PolicyRecord),
});
export const PolicyPublished = Type.Object({ policy: PolicyRecord });
export const StoryUpdated = Type.Object({ story: AdminStorySchema });

const Series = Type.Array(Type.Integer());
export const StatsView = Type.Object({
  days: Type.Array(Type.String()), volume: Series, decisions: Type.Record(Type.String(), Series),
  labels: Counts, targets: Counts, langs: Counts,
  timeToDecision: Type.Object({
    count: Type.Integer(), medianMinutes: Nullable(Type.Number()), p90Minutes: Nullable(Type.Number()), medianPerDay: Type.Array(Nullable(Type.Number())),
  }),
  sample: Type.Object({ comments: Type.Integer(), auditEntries: Type.Integer() }),
});

export const PublicLogEntrySchema = Type.Object({
  seq: Type.Integer(), at: Type.String(), action: Type.String(), targetType: Type.String(), targetId: Nullable(Type.String()),
  reason: Nullable(Type.String()), rule: Nullable(Type.String()), hash: Type.String(),
});
/** The newest signed checkpoint as the public sees it: enough to check it, and to notice if the log later falls short of it. */
export const PublicCheckpointSchema = Type.Object({
  seq: Type.Integer(), hash: Type.String(), at: Type.String(), alg: Type.Literal('Ed25519'),
  fingerprint: Type.String(), publicKey: Type.String(), sig: Type.String(),
});
export const PublicLogPage = Type.Object({
  entries: Type.Array(PublicLogEntrySchema), next: Nullable(Type.Integer()),
  checkpoint: Type.Optional(Nullable(PublicCheckpointSchema)),
});
/** The key that verifies the checkpoints, and the fingerprints verify trusts (this key and rotated-out ones). */
export const AuditKeyView = Type.Object({
  alg: Type.Literal('Ed25519'), publicKey: Type.String(), fingerprint: Type.String(), pem: Type.String(), trusted: Type.Array(Type.String()),
});

// Evidence of removed content (routes/adminEvidence.ts).
const LegalHoldSchema = Type.Object({ reason: Type.String(), by: Type.String(), at: Type.String(), until: Nullable(Type.String()) });
export const EvidenceRecordSchema = Type.Object({
  id: Type.String(), commentId: Type.String(), trigger: Type.String(), reason: Type.String(), actor: Type.String(),
  removedAt: Type.String(), expiresAt: Type.String(), auditSeq: Type.Integer(),
  /** Item hashes: kept after a purge as the tombstone. */
  items: Type.Array(Type.Object({ idx: Type.Integer(), kind: Type.String(), sha256: Type.String() })),
  hold: Nullable(LegalHoldSchema), purgedAt: Nullable(Type.String()), purgeSeq: Nullable(Type.Integer()),
});
export const EvidenceList = Type.Object({ records: Type.Array(EvidenceRecordSchema), readSeq: Type.Integer() });
export const EvidenceDetail = Type.Object({
  record: EvidenceRecordSchema,
  /** Each item's canonical JSON exactly as hashed (empty once purged). */
  items: Type.Array(Type.Object({ idx: Type.Integer(), kind: Type.String(), sha256: Type.String(), content: Type.String() })),
  readSeq: Type.Integer(),
});
export const EvidenceHoldView = Type.Object({ record: EvidenceRecordSchema });
