// The queue keyboard map: every queue action has a key, form fields swallow keys, the cursor stays in range.
import { describe, expect, it } from 'vitest';
import { commandFor, moveCursor, QUEUE_KEYS } from './keys';

describe('queue keys', () => {
  it('maps the documented keys', () => {
    expect(commandFor({ key: 'j' })).toBe('down');
    expect(commandFor({ key: 'k' })).toBe('up');
    expect(commandFor({ key: 'a' })).toBe('approve');
    expect(commandFor({ key: 'r' })).toBe('reject');
    expect(commandFor({ key: 'h' })).toBe('hide');
    expect(commandFor({ key: 'u' })).toBe('undo');
    expect(commandFor({ key: 'x' })).toBe('select');
    expect(commandFor({ key: '?' })).toBe('help');
    expect(commandFor({ key: 'q' })).toBeNull();
  });
  it('every queue action verb has exactly one key', () => {
    const commands = QUEUE_KEYS.map((k) => k.command);
    for (const c of ['approve', 'reject', 'hide', 'restore', 'feature', 'keep', 'undo', 'select']) expect(commands.filter((x) => x === c)).toHaveLength(1);
    expect(new Set(QUEUE_KEYS.map((k) => k.key)).size).toBe(QUEUE_KEYS.length);
  });
  it('ignores keys typed into fields and with modifiers, except Escape', () => {
    expect(commandFor({ key: 'a', targetTag: 'input' })).toBeNull();
    expect(commandFor({ key: 'a', targetTag: 'TEXTAREA' })).toBeNull();
    expect(commandFor({ key: 'Escape', targetTag: 'INPUT' })).toBe('back');
    expect(commandFor({ key: 'a', ctrlKey: true })).toBeNull();
    expect(commandFor({ key: 'r', metaKey: true })).toBeNull();
  });
  it('moves the cursor without leaving the list', () => {
    expect(moveCursor(0, -1, 5)).toBe(0);
    expect(moveCursor(4, 1, 5)).toBe(4);
    expect(moveCursor(2, 1, 5)).toBe(3);
    expect(moveCursor(3, 1, 0)).toBe(0);
  });
});
