// The breach board's colours (red breached, amber 80%, yellow 50%) and its countdown.
import { describe, expect, it } from 'vitest';
import { timeLeft, urgencyOf } from './urgency';

const H = 3_600_000;

describe('breach board urgency', () => {
  it('maps the API levels to colours', () => {
    expect([0, 50, 80, 'breached', null].map((l) => urgencyOf(l as 0))).toEqual(['ok', 'yellow', 'amber', 'breached', 'done']);
  });

  it('counts down and then up', () => {
    expect(timeLeft(2 * H + 5 * 60_000)).toBe('2 h 05 m left');
    expect(timeLeft(27 * H)).toBe('1 d 3 h left');
    expect(timeLeft(59_000)).toBe('0 m left');
    expect(timeLeft(-30 * 60_000)).toBe('overdue by 30 m');
  });
});
