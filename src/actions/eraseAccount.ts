// The reader erases their account: live comments anonymised or removed, held evidence kept, registration data sealed.
import { verify } from '@node-rs/argon2';
import { formatIst } from '../compliance/istTime';
import { DEFAULT_RETENTION, erasureDecision, registrationPurge, type KeepDecision, type RetentionRules } from '../compliance/retention-rights';
import { AppError, forbidden } from '../domain/errors';
import type { Comment, Session, User } from '../domain/types';
import type { Queue } from '../jobs/queue';
import { enqueueMail } from '../mail/outbox';
import { hideEvent } from '../realtime/events';
import type { Hub } from '../realtime/hub';
import type { Store } from '../store/store';
import { withdrawWithin } from './withdrawComment';

export const ERASED_NAME = '[deleted]';
/** A session this young counts as a fresh sign-in for an account without a password (SSO). */
export const FRESH_SESSION_MS = 10 * 60_000;
export const PURGE_WARNING_JOB = 'rights.purge_warning';
export const PURGE_JOB = 'rights.purge';
const REMOVING = new Set(['comment.reject', 'comment.hide', 'comment.verdict', 'appeal.uphold']);
const MAX_COMMENTS = 100_000;

export interface EraseDeps {
  store: Store;
  hub: Hub;
  now: () => Date;
  queue: Queue;
  /** Wakes the outbox sender (null without SMTP). */
  wakeMail?: () => void;
  rules?: RetentionRules;
  /** A legal hold known otherwise than on the comment's evidence records (those are always read); none by default. */
  isHeld?: (commentId: string) => Promise<boolean>;
  /** Days a withdrawn comment's evidence is kept (Config.evidenceRetentionDays). */
  evidenceRetentionDays?: number;
}

export interface ErasureResult {
  mode: 'anonymise' | 'remove';
  anonymised: number;
  removed: number;
  kept: { commentId: string; reason: KeepDecision['reason']; rule: string; until: string | null; hold: KeepDecision['hold'] }[];
  registration: { sealedUntil: string; rule: string; purgeWarningAt: string };
}

/** Re-authentication: the password when the account has one, otherwise (SSO) a session opened in the last minutes. */
async function reauthenticate(user: User, session: Session | null, password: string | undefined, now: Date) {
  if (user.passwordHash) {
    if (!password || !(await verify(user.passwordHash, password).catch(() => false))) {
      throw new AppError(401, 'reauthentication_required', 'Enter your password to erase your account.');
    }
    return;
  }
  if (!session || now.getTime() - Date.parse(session.createdAt) > FRESH_SESSION_MS) {
    throw new AppError(401, 'reauthentication_required', 'Sign in again, then erase your account within 10 minutes.');
  }
}

/** When moderation removed it: the latest removing audit entry, else its posting time (an automatic rejection). */
async function removedAt(store: Store, c: Comment): Promise<string> {
  const removing = (await store.listAuditFor('comment', c.id)).filter((e) => REMOVING.has(e.action));
  return removing.at(-1)?.at ?? c.createdAt;
}

export async function eraseAccount(
  deps: EraseDeps,
  input: { user: User; session: Session | null; password?: string; mode: 'anonymise' | 'remove'; lang: string },
): Promise<ErasureResult> {
  const rules = deps.rules ?? DEFAULT_RETENTION;
  const now = deps.now();
  const { user } = input;
  if (user.role !== 'commenter') throw forbidden('staff_account', 'Staff accounts are closed by an administrator.');
  await reauthenticate(user, input.session, input.password, now);
  const at = now.toISOString();
  const comments = await deps.store.listByAuthor(user.id, MAX_COMMENTS);
  const kept: ErasureResult['kept'] = [];
  const toRemove: Comment[] = [];
  for (const c of comments) {
    // The evidence records decide (holds, expiry); the audit log's removal time only for a comment without one.
    const evidence = await deps.store.listEvidence(c.id);
    const d = erasureDecision({
      status: c.status, evidence, removedAt: evidence.length ? null : await removedAt(deps.store, c), held: (await deps.isHeld?.(c.id)) ?? false,
    }, now, rules);
    if (d.keep) kept.push({ commentId: c.id, reason: d.reason, rule: d.rule, until: d.until, hold: d.hold });
    else if (input.mode === 'remove' && (c.status === 'approved' || c.status === 'review')) toRemove.push(c);
  }
  const { purgeAt, warnAt } = registrationPurge(now, rules);
  const result: ErasureResult = {
    mode: input.mode,
    anonymised: input.mode === 'anonymise' ? comments.length - kept.length : 0,
    removed: toRemove.length,
    kept,
    registration: { sealedUntil: purgeAt.toISOString(), rule: 'IT Rules 2021, Rule 3(1)(h)', purgeWarningAt: warnAt.toISOString() },
  };
  await deps.store.transaction(async (tx) => {
    let removed = 0;
    for (const c of toRemove) {
      // The author's withdrawal, as from the widget: status only, the text never edited, the evidence preserved.
      const w = await withdrawWithin(tx, deps, {
        user, commentId: c.id,
        why: { auditReason: 'account erasure', statusReason: 'erased by the author', evidenceReason: 'withdrawn by author: account erasure' },
      });
      if (w.changed) removed++;
    }
    result.removed = removed;
    await tx.saveClosure({
      userId: user.id, closedAt: at, purgeAt: purgeAt.toISOString(), purgedAt: null,
      sealed: { email: user.email, displayName: user.displayName, ssoSubject: user.ssoSubject },
    });
    // De-published at once (compliance.md F12): the name shown and the ways to sign in go; the sealed copy stays.
    await tx.updateUser(user.id, { email: null, emailVerified: false, displayName: ERASED_NAME, passwordHash: null, ssoSubject: null });
    await tx.endAccountAccess(user.id);
    await tx.appendAudit({ at, actor: user.id, action: 'account.erase', targetType: 'user', targetId: user.id, reason: null, rule: 'DPDP Act s.12; IT Rules 2021 Rule 3(1)(h)', data: result });
    if (user.email) {
      await enqueueMail({ store: tx, now: deps.now }, {
        to: user.email, template: 'erasure_done', lang: input.lang, idempotencyKey: `erasure:${user.id}`,
        data: {
          mode: input.mode, sealedUntil: formatIst(purgeAt),
          kept: kept.map((k) => `• comment ${k.commentId}: ${k.rule}${k.hold ? ` (${k.hold.reason})` : ''}, ${k.until ? `until ${formatIst(k.until)}` : 'until the hold is lifted'}`).join('\n'),
        },
      });
    }
  });
  await deps.queue.enqueue(PURGE_WARNING_JOB, { userId: user.id, lang: input.lang }, { key: `purge-warning:${user.id}`, runAt: warnAt });
  await deps.queue.enqueue(PURGE_JOB, { userId: user.id }, { key: `purge:${user.id}`, runAt: purgeAt });
  deps.wakeMail?.();
  for (const c of toRemove) if (c.status === 'approved') await deps.hub.publish(c.storyId, hideEvent(c.id)).catch(() => undefined);
  return result;
}
