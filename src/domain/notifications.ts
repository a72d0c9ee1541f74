// Notification vocabulary: a reader's choices, the site's switches, and their defaults (pure data, no I/O).
import type { Id, Instant } from './types';

export const NOTIFY_LANGS = ['en', 'hi'] as const;
export type NotifyLang = (typeof NOTIFY_LANGS)[number];

/** A reader's own choices. Replies are opt-in; decisions about their own comments are on until they turn them off. */
export interface NotificationPrefs {
  userId: Id;
  /** E-mail me when someone replies to my comment. */
  replies: boolean;
  /** E-mail me when staff reject, remove or restore my comment, or decide my appeal. */
  decisions: boolean;
  lang: NotifyLang;
  updatedAt: Instant;
}

/** The site's switches (site.settings.notifications); each kind of mail can be turned off for everyone. */
export interface NotificationSettings {
  replies: boolean;
  decisions: boolean;
  appeals: boolean;
  /** The daily moderator digest: the review queue's size and its oldest item. */
  digest: boolean;
  /** One alert to moderators when the review queue reaches queueThreshold; re-armed once it falls below. */
  queueAlert: boolean;
  queueThreshold: number;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = Object.freeze({
  replies: true, decisions: true, appeals: true, digest: true, queueAlert: true, queueThreshold: 50,
});

/** The site's switches with defaults for what it never set. */
export const notificationSettings = (s: { notifications?: Partial<NotificationSettings> | null }): NotificationSettings =>
  ({ ...DEFAULT_NOTIFICATION_SETTINGS, ...(s.notifications ?? {}) });

export const defaultPrefs = (userId: Id, at: Instant): NotificationPrefs =>
  ({ userId, replies: false, decisions: true, lang: 'en', updatedAt: at });

/** The kinds a one-click unsubscribe link can turn off. */
export const UNSUBSCRIBE_KINDS = ['replies', 'decisions'] as const;
export type UnsubscribeKind = (typeof UNSUBSCRIBE_KINDS)[number];
