// The breach board's colours and countdown: yellow at 50%, amber at 80%, red only after the deadline.
import { describe, expect, it } from 'vitest';
import { runningDeadline, timeLeft, urgency } from './urgency';

const H = 3_600_000;
const t0 = Date.parse('2026-12-04T00:00:00Z');
const g = { status: 'received', receivedAt: new Date(t0).toISOString(), acknowledgeBy: new Date(t0 + 10 * H).toISOString(), resolveBy: new Date(t0 + 100 * H).toISOString() };

describe('urgency', () => {
  it('walks ok → yellow → amber → breached on the acknowledgement clock', () => {
    expect(urgency(t0 + 4.9 * H, g)).toBe('ok');
    expect(urgency(t0 + 5 * H, g)).toBe('yellow');
    expect(urgency(t0 + 8 * H, g)).toBe('amber');
    expect(urgency(t0 + 10 * H, g)).toBe('amber');
    expect(urgency(t0 + 10 * H + 1, g)).toBe('breached');
  });

  it('runs the disposal clock once acknowledged and stops once decided', () => {
    const ack = { ...g, status: 'acknowledged' };
    expect(runningDeadline(ack)).toBe(g.resolveBy);
    expect(urgency(t0 + 11 * H, ack)).toBe('ok');
    expect(urgency(t0 + 50 * H, ack)).toBe('yellow');
    expect(urgency(t0 + 101 * H, { ...g, status: 'decided' })).toBe('done');
  });

  it('counts down and then up', () => {
    expect(timeLeft(t0, new Date(t0 + 2 * H + 5 * 60_000).toISOString())).toBe('2 h 05 m left');
    expect(timeLeft(t0, new Date(t0 + 27 * H).toISOString())).toBe('1 d 3 h left');
    expect(timeLeft(t0 + 30 * 60_000, new Date(t0).toISOString())).toBe('overdue by 30 m');
  });
});
