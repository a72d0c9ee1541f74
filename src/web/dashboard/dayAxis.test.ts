// The stats day axis always labels the newest day, and never more than about seven days.
import { describe, expect, it } from 'vitest';
import { dayLabel, dayTicks } from './dayAxis';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
const daysEnding = (n: number, last = '2026-12-04') => Array.from({ length: n }, (_, i) => day(last) - (n - 1 - i) * 86_400);

describe('stats day axis', () => {
  it('includes the last day whatever the range', () => {
    for (const n of [1, 2, 7, 13, 14, 30, 90]) {
      const ticks = dayTicks(daysEnding(n));
      expect(ticks.at(-1), `${n} days`).toBe(day('2026-12-04'));
      expect(ticks.length, `${n} days`).toBeLessThanOrEqual(8);
    }
    expect(dayTicks(daysEnding(14)).map(dayLabel)).toEqual(['22 Nov', '24 Nov', '26 Nov', '28 Nov', '30 Nov', '2 Dec', '4 Dec']);
    expect(dayTicks([])).toEqual([]);
  });
  it('labels in UTC, as the API counts days', () => {
    expect(dayLabel(day('2026-01-31'))).toBe('31 Jan');
  });
});
