// The reader withdraws a consent: one call, as easy as giving it (DPDP s.6(4), compliance.md F10).
import type { ConsentChannel, ConsentPurpose } from '../domain/rights';
import { consentWithdrawn } from '../domain/rights';
import type { User } from '../domain/types';
import type { Store } from '../store/store';
import { recordConsent } from './recordConsent';

export async function withdrawConsent(
  deps: { store: Store; now: () => Date },
  input: { user: User; purpose: ConsentPurpose; channel: ConsentChannel; lang: string },
): Promise<{ purpose: ConsentPurpose; withdrawnAt: string; changed: boolean }> {
  return deps.store.transaction(async (tx) => {
    const ledger = await tx.listConsents(input.user.id);
    // Withdrawing twice records nothing new: the first withdrawal is the moment that counts.
    if (consentWithdrawn(ledger, input.purpose)) {
      const last = ledger.filter((c) => c.purpose === input.purpose).at(-1)!;
      return { purpose: input.purpose, withdrawnAt: last.at, changed: false };
    }
    const e = await recordConsent({ store: tx, now: deps.now }, { ...input, action: 'withdraw', noticeVersion: null });
    return { purpose: input.purpose, withdrawnAt: e.at, changed: true };
  });
}
