// The audit log's action codes: one typed list, each saying whether the public moderation log shows it.

/**
 * `public: true` marks moderation decisions (automatic verdicts, staff actions and their undos, appeals,
 * policy and settings changes). Readers' own acts and staff housekeeping stay in the full log only.
 */
const ACTIONS = {
  'auth.login': { public: false },
  'staff.sign_in': { public: false },
  'audit.export': { public: false },
  'import.run': { public: false },
  'export.download': { public: false },
  'comment.post': { public: false },
  'comment.edit': { public: false },
  'comment.withdraw': { public: false },
  'comment.report': { public: false },
  'policy.accept': { public: false },
  // Readers' data rights: their own acts, in the full log only.
  'consent.give': { public: false },
  'consent.withdraw': { public: false },
  'account.erase': { public: false },
  'account.purge': { public: false },
  'ip_salt.drop': { public: false },
  'comment.verdict': { public: true },
  'comment.approve': { public: true },
  'comment.reject': { public: true },
  'comment.hide': { public: true },
  'comment.restore': { public: true },
  'comment.feature': { public: true },
  'comment.unfeature': { public: true },
  'comment.keep': { public: true },
  'comment.approve.undo': { public: true },
  'comment.reject.undo': { public: true },
  'comment.hide.undo': { public: true },
  'comment.restore.undo': { public: true },
  'comment.feature.undo': { public: true },
  'comment.unfeature.undo': { public: true },
  'appeal.file': { public: true },
  'appeal.restore': { public: true },
  'appeal.uphold': { public: true },
  'story.update': { public: true },
  'story.correct': { public: true },
  'policy.publish': { public: true },
  'settings.update': { public: true },
  'user.suspend': { public: true },
  'user.unsuspend': { public: true },
  'user.ban': { public: true },
  'user.unban': { public: true },
  'user.trust': { public: true },
  'user.untrust': { public: true },
  'user.role': { public: true },
  // The grievance desk. Not public: a complaint names a comment and the decision letter is private correspondence; the
  // public sees complaints as counts in the transparency report instead. The entries keep ticket, category, comment
  // and outcome, never the complainant's name or email (those stay in the grievances table).
  'grievance.file': { public: false },
  'grievance.acknowledge': { public: false },
  'grievance.decide': { public: false },
  'grievance.escalate': { public: false },
  // Legal orders stay out of the public log: s.69A orders are confidential, and a request's subject must not learn of it
  // from a public page. The comment.hide entries their compliance writes are public, with the category only.
  'order.register': { public: false },
  'order.comply': { public: false },
  'order.confirm': { public: false },
  'order.escalate': { public: false },
  'disclosure.register': { public: false },
  'disclosure.export': { public: false },
  // Evidence of removed content (src/actions/preserveEvidence.ts and friends): legal records, never public.
  'evidence.preserve': { public: false },
  'evidence.read': { public: false },
  'evidence.export': { public: false },
  'evidence.hold': { public: false },
  'evidence.release': { public: false },
  'evidence.purge': { public: false },
  // Where reader data is sent is configuration staff must answer for, but names a publisher's internal URL: full log only.
  'webhook.save': { public: false },
  // Local accounts (issue 10): a reader's own account security, full log only. The entries never hold a token.
  'account.verify_email': { public: false },
  'account.email_change_request': { public: false },
  'account.email_change': { public: false },
  'account.password_reset_request': { public: false },
  'account.password_reset': { public: false },
  // A staff member linked an OpenID identity to their account (it can then sign in to the dashboard).
  'auth.oidc_link': { public: false },
  // Staff account recovery (`charcha admin …`, CHARCHA_ADMIN_PASSWORD at start-up): housekeeping, full log only.
  'user.password_reset': { public: false },
  'staff.list': { public: false },
  // A translation of the current policy version (src/actions/policyTexts.ts).
  'policy.translate': { public: true },
  // A moderator's note on a reader (People page): personal data, full log only.
  'user.note': { public: false },
} as const satisfies Record<string, { public: boolean }>;

export type AuditAction = keyof typeof ACTIONS;
export const AUDIT_ACTIONS = Object.keys(ACTIONS) as readonly AuditAction[];

export const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(ACTIONS, code);

/** Shown on /moderation-log. An unknown code (e.g. from a newer version) is never public. */
export const isPublicAction = (code: string): boolean => isAuditAction(code) && ACTIONS[code].public;
