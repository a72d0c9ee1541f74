// Reader notifications, queued in the durable outbox on the caller's transaction: replies, decisions, appeal outcomes.
import { defaultPrefs, type NotificationPrefs, type NotificationSettings, type UnsubscribeKind } from '../domain/notifications';
import type { Comment, User } from '../domain/types';
import { enqueueMail } from '../mail/outbox';
import { unsubscribeToken } from '../mail/unsubscribe';
import type { Store } from '../store/store';

/** Where links in mail point and how unsubscribe links are signed; without it (CLI, imports) nothing is sent. */
export interface NotifyLinks {
  /** CHARCHA_PUBLIC_URL (or this server's own address): the unsubscribe page and the dashboard live here. */
  baseUrl: string;
  /** unsubscribeKey(server secret). */
  unsubscribeKey: string;
}

export interface NotifyDeps {
  /** The transaction-bound store, so the mail commits with the change it reports. */
  store: Store;
  now: () => Date;
  links: NotifyLinks;
  /**
   * The site's switches, read before the transaction: reading the site inside it would lock the site row (PostgreSQL)
   * and make every post of the site wait for the one before.
   */
  settings: NotificationSettings;
}

export function unsubscribeUrl(links: NotifyLinks, userId: string, kind: UnsubscribeKind): string {
  return `${links.baseUrl.replace(/\/+$/, '')}/notifications/unsubscribe?t=${encodeURIComponent(unsubscribeToken(links.unsubscribeKey, userId, kind))}`;
}

/** RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the link without opening it. */
export const unsubscribeHeaders = (url: string): Record<string, string> =>
  ({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

export async function prefsOf(store: Store, userId: string, at: Date): Promise<NotificationPrefs> {
  return (await store.getNotificationPrefs(userId)) ?? defaultPrefs(userId, at.toISOString());
}

/** Only an active account's verified address is ever written to. */
export const mailable = (u: User | undefined): u is User & { email: string } =>
  !!u && !!u.email && u.emailVerified === true && u.status !== 'banned';

async function context(deps: NotifyDeps, c: Comment) {
  const [story, author] = await Promise.all([deps.store.getStory(c.storyId), deps.store.getUser(c.authorId)]);
  return story ? { settings: deps.settings, story, author } : null;
}

/** A visible reply: tells the parent's author, when they opted in (and it is not their own reply). */
export async function notifyReply(deps: NotifyDeps, reply: Comment): Promise<boolean> {
  if (!reply.parentId || reply.status !== 'approved') return false;
  const parent = await deps.store.getComment(reply.parentId);
  if (!parent || parent.authorId === reply.authorId) return false;
  // Inside the post's transaction getUser locks the row (PostgreSQL): take the two readers' rows in id order, so two
  // readers replying to each other at once cannot take them in opposite orders.
  for (const id of [parent.authorId, reply.authorId].sort()) await deps.store.getUser(id);
  const ctx = await context(deps, parent);
  const to = await deps.store.getUser(parent.authorId);
  if (!ctx || !ctx.settings.replies || !mailable(to)) return false;
  const prefs = await prefsOf(deps.store, to.id, deps.now());
  if (!prefs.replies) return false;
  const replier = (await deps.store.getUser(reply.authorId))?.displayName ?? 'A reader';
  const unsub = unsubscribeUrl(deps.links, to.id, 'replies');
  const r = await enqueueMail(deps, {
    to: to.email, template: 'reply_notification', lang: prefs.lang, idempotencyKey: `notify.reply:${reply.id}`,
    data: { name: to.displayName, replier, storyTitle: ctx.story.title || ctx.story.url, link: ctx.story.url, unsubscribeUrl: unsub },
    headers: unsubscribeHeaders(unsub),
  });
  return r.created;
}

/** Staff removed (rejected or hid) or restored the author's comment; `seq` is the decision's audit entry. */
export async function notifyDecision(
  deps: NotifyDeps, c: Comment, outcome: 'removed' | 'restored', seq: number, reason: string | null,
): Promise<boolean> {
  const ctx = await context(deps, c);
  if (!ctx || !ctx.settings.decisions || !mailable(ctx.author)) return false;
  const prefs = await prefsOf(deps.store, ctx.author.id, deps.now());
  if (!prefs.decisions) return false;
  const unsub = unsubscribeUrl(deps.links, ctx.author.id, 'decisions');
  const r = await enqueueMail(deps, {
    to: ctx.author.email, template: 'comment_decision', lang: prefs.lang, idempotencyKey: `notify.decision:${c.id}:${seq}`,
    data: { name: ctx.author.displayName, outcome, reason: reason ?? '', storyTitle: ctx.story.title || ctx.story.url, link: ctx.story.url, unsubscribeUrl: unsub },
    headers: unsubscribeHeaders(unsub),
  });
  return r.created;
}

/** The author's appeal was decided. They asked for this answer, so only the site switch (not their choice) stops it. */
export async function notifyAppeal(
  deps: NotifyDeps, c: Comment, appeal: { id: string; outcome: 'restored' | 'upheld'; note: string | null },
): Promise<boolean> {
  const ctx = await context(deps, c);
  if (!ctx || !ctx.settings.appeals || !mailable(ctx.author)) return false;
  const prefs = await prefsOf(deps.store, ctx.author.id, deps.now());
  const r = await enqueueMail(deps, {
    to: ctx.author.email, template: 'appeal_decision', lang: prefs.lang, idempotencyKey: `notify.appeal:${appeal.id}`,
    data: { name: ctx.author.displayName, outcome: appeal.outcome, note: appeal.note ?? '', storyTitle: ctx.story.title || ctx.story.url, link: ctx.story.url },
  });
  return r.created;
}
