// Notification SQL: readers' e-mail choices, the fired/armed state of threshold alerts, and the queue's oldest item.
import type { NotificationPrefs } from '../../domain/notifications';
import type { Comment, Id, Instant } from '../../domain/types';
import type { Executor } from './executor';
import * as rows from './rows';

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';

export async function getNotificationPrefs(exec: Executor, userId: Id): Promise<NotificationPrefs | undefined> {
  const r = await exec.get('SELECT * FROM notification_prefs WHERE user_id = ?', [userId]);
  return r && { userId: r.user_id, replies: bool(r.replies), decisions: bool(r.decisions), lang: r.lang === 'hi' ? 'hi' : 'en', updatedAt: r.updated_at };
}

export async function saveNotificationPrefs(exec: Executor, p: NotificationPrefs): Promise<void> {
  await exec.run(
    `INSERT INTO notification_prefs (user_id, replies, decisions, lang, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET replies = excluded.replies, decisions = excluded.decisions, lang = excluded.lang,
       updated_at = excluded.updated_at`,
    [p.userId, p.replies ? 1 : 0, p.decisions ? 1 : 0, p.lang, p.updatedAt],
  );
}

/** Marks the alert fired; false when it already was (one row per fired alert, so concurrent nodes fire it once). */
export async function fireAlert(exec: Executor, siteId: Id, name: string, at: Instant): Promise<boolean> {
  const n = await exec.run('INSERT INTO notification_alerts (site_id, name, fired_at) VALUES (?, ?, ?) ON CONFLICT (site_id, name) DO NOTHING', [siteId, name, at]);
  return n > 0;
}

/** Re-arms the alert; true when it had fired. */
export async function armAlert(exec: Executor, siteId: Id, name: string): Promise<boolean> {
  return (await exec.run('DELETE FROM notification_alerts WHERE site_id = ? AND name = ?', [siteId, name])) > 0;
}

export async function oldestInQueue(exec: Executor, siteId: Id): Promise<Comment | undefined> {
  const r = await exec.get("SELECT * FROM comments WHERE site_id = ? AND status = 'review' ORDER BY created_at, id LIMIT 1", [siteId]);
  return r && rows.comment(r);
}
