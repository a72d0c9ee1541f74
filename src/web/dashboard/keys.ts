// Keyboard map of the queues: one key per action, shown in the ? help; pure so it is tested without a browser.

export type QueueCommand =
  | 'down' | 'up' | 'approve' | 'reject' | 'hide' | 'restore' | 'feature' | 'keep' | 'undo' | 'select' | 'selectAll'
  | 'open' | 'back' | 'help' | 'refresh';

export const QUEUE_KEYS: Array<{ key: string; command: QueueCommand; help: string }> = [
  { key: 'j', command: 'down', help: 'next comment' },
  { key: 'k', command: 'up', help: 'previous comment' },
  { key: 'a', command: 'approve', help: 'approve (the selection, else the current comment)' },
  { key: 'r', command: 'reject', help: 'reject: pick a policy category with 1–9' },
  { key: 'h', command: 'hide', help: 'hide (remove after publication)' },
  { key: 'e', command: 'restore', help: 'restore a rejected or removed comment' },
  { key: 'f', command: 'feature', help: 'feature / unfeature' },
  { key: 'd', command: 'keep', help: 'dismiss the reports: keep the comment as it is' },
  { key: 'u', command: 'undo', help: 'undo your last action (recorded as a new action)' },
  { key: 'x', command: 'select', help: 'select / unselect for a bulk action' },
  { key: 'X', command: 'selectAll', help: 'select all / none' },
  { key: 'Enter', command: 'open', help: 'open the comment\u2019s detail' },
  { key: 'Escape', command: 'back', help: 'close / back to the queue' },
  { key: 'g', command: 'refresh', help: 'reload the queue' },
  { key: '?', command: 'help', help: 'show this help' },
];

const byKey = new Map(QUEUE_KEYS.map((k) => [k.key, k.command]));

/** The command for a key press, or null. Typing in a form field or holding Ctrl/Alt/Meta is never a command. */
export function commandFor(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; targetTag?: string }): QueueCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const tag = (e.targetTag ?? '').toUpperCase();
  if ((tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') && e.key !== 'Escape') return null;
  return byKey.get(e.key) ?? null;
}

/** Moves a cursor within [0, length) without wrapping. */
export const moveCursor = (cursor: number, delta: number, length: number) => (length === 0 ? 0 : Math.max(0, Math.min(length - 1, cursor + delta)));
