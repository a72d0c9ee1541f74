// Appends one entry to a reader's consent ledger (giving or withdrawing), with an audit entry beside it.
import { randomUUID } from 'node:crypto';
import { consentWithdrawn, type ConsentChannel, type ConsentPurpose, type ConsentRecord } from '../domain/rights';
import type { User } from '../domain/types';
import type { Store } from '../store/store';

export interface ConsentInput {
  user: Pick<User, 'id' | 'siteId'>;
  purpose: ConsentPurpose;
  action: 'give' | 'withdraw';
  noticeVersion: number | null;
  channel: ConsentChannel;
  lang: string;
}

/** Call on the caller's transaction. Entries of one reader are kept in time order even when the clock has not moved. */
export async function recordConsent(deps: { store: Store; now: () => Date }, input: ConsentInput): Promise<ConsentRecord> {
  const ledger = await deps.store.listConsents(input.user.id);
  const last = ledger.at(-1);
  let t = deps.now().getTime();
  // The ledger is ordered by time: a give and a withdraw in the same millisecond must not swap places.
  if (last && Date.parse(last.at) >= t) t = Date.parse(last.at) + 1;
  const entry: ConsentRecord = {
    id: randomUUID(), userId: input.user.id, siteId: input.user.siteId, purpose: input.purpose,
    noticeVersion: input.noticeVersion, action: input.action, channel: input.channel, lang: input.lang.slice(0, 16) || 'en',
    at: new Date(t).toISOString(),
  };
  await deps.store.addConsent(entry);
  await deps.store.appendAudit({
    at: entry.at, actor: input.user.id, action: input.action === 'give' ? 'consent.give' : 'consent.withdraw',
    targetType: 'user', targetId: input.user.id, reason: null, rule: null,
    data: { purpose: entry.purpose, noticeVersion: entry.noticeVersion, channel: entry.channel, lang: entry.lang },
  });
  return entry;
}

/**
 * At sign-up the reader is shown the site's notice (the policy text, which is also its privacy notice today): the
 * ledger records that version under `privacy_notice`. Accepting it for posting is a separate `comment_policy` entry.
 */
export async function signUpConsent(deps: { store: Store; now: () => Date }, user: Pick<User, 'id' | 'siteId'>, channel: ConsentChannel, lang = 'en') {
  const policy = await deps.store.getPolicy(user.siteId);
  return recordConsent(deps, { user, purpose: 'privacy_notice', action: 'give', noticeVersion: policy?.version ?? null, channel, lang });
}

/** Whether the reader currently holds consent to the comment policy (none withdrawn since the last giving). */
export async function commentConsentWithdrawn(store: Store, userId: string): Promise<boolean> {
  return consentWithdrawn(await store.listConsents(userId), 'comment_policy');
}
