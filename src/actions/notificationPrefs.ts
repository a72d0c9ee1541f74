// Readers' notification choices (the prefs API and one-click unsubscribe) and the site's notification switches (audited).
import { AppError } from '../domain/errors';
import { notificationSettings, type NotificationPrefs, type NotificationSettings, type UnsubscribeKind } from '../domain/notifications';
import type { Id } from '../domain/types';
import type { Store } from '../store/store';
import { prefsOf } from './notify';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

export interface PrefsDeps { store: Store; now: () => Date }

/** The site's switches; outside a transaction (see NotifyDeps.settings). An unknown site sends nothing. */
export async function siteNotificationSettings(store: Store, siteId: Id): Promise<NotificationSettings | null> {
  const site = await store.getSite(siteId);
  return site ? notificationSettings(site.settings) : null;
}

export async function updatePrefs(deps: PrefsDeps, userId: Id, patch: Partial<Pick<NotificationPrefs, 'replies' | 'decisions' | 'lang'>>): Promise<NotificationPrefs> {
  return deps.store.transaction(async (tx) => {
    const now = deps.now();
    const next = { ...(await prefsOf(tx, userId, now)), ...patch, userId, updatedAt: now.toISOString() };
    await tx.saveNotificationPrefs(next);
    return next;
  });
}

/** The one-click unsubscribe: turns one kind of mail off. Repeating it changes nothing (false). */
export async function unsubscribe(deps: PrefsDeps, userId: Id, kind: UnsubscribeKind): Promise<boolean> {
  const user = await deps.store.getUser(userId);
  if (!user) throw new AppError(404, 'unsubscribe_invalid', 'This unsubscribe link is not valid.');
  const before = await prefsOf(deps.store, userId, deps.now());
  if (!before[kind]) return false;
  await updatePrefs(deps, userId, { [kind]: false });
  return true;
}

const SWITCHES = ['replies', 'decisions', 'appeals', 'digest', 'queueAlert'] as const;

/** Admins turn kinds of mail on or off for the site, or move the queue alert's threshold; audited as settings.update. */
export async function updateNotificationSettings(
  deps: StaffDeps, input: { actor: StaffActor; siteId: Id; patch: Partial<NotificationSettings> },
): Promise<NotificationSettings> {
  authorize(input.actor, 'settings.update', input.siteId);
  const t = input.patch.queueThreshold;
  if (t !== undefined && (!Number.isInteger(t) || t < 1 || t > 100_000)) throw new AppError(400, 'validation_failed', 'queueThreshold must be a whole number from 1 to 100000.');
  return deps.store.transaction(async (tx) => {
    const site = await tx.getSite(input.siteId);
    if (!site) throw new AppError(404, 'not_found', 'Site not found.');
    const before = notificationSettings(site.settings);
    const after: NotificationSettings = { ...before };
    for (const k of SWITCHES) if (typeof input.patch[k] === 'boolean') after[k] = input.patch[k];
    if (t !== undefined) after.queueThreshold = t;
    await tx.saveSite({ ...site, settings: { ...site.settings, notifications: after } });
    await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action: 'settings.update', targetType: 'site', targetId: site.id,
      reason: 'notifications', rule: null, data: { before: { notifications: before }, after: { notifications: after } },
    });
    return after;
  });
}
