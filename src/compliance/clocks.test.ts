// The statutory clocks: deadlines per category, escalation points at 50% and 80%, breach, and IST display across the offset.
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../test/support/fakeClock';
import { GRIEVANCE_CATEGORIES } from '../domain/grievance';
import { DEFAULT_CLOCKS, deadlinesFor, escalationLevel, escalationTimes, formatIst } from './clocks';
import { canMoveGrievance, decisionLetter } from './grievances';

const H = 3_600_000;

describe('grievance clocks', () => {
  it('gives each category its §2.5 deadline; acknowledgement never after disposal', () => {
    const at = new Date('2026-12-04T09:00:00.000Z');
    const hours = Object.fromEntries(GRIEVANCE_CATEGORIES.map((c) => {
      const d = deadlinesFor(c, at);
      return [c, [(d.acknowledgeBy.getTime() - at.getTime()) / H, (d.resolveBy.getTime() - at.getTime()) / H]];
    }));
    expect(hours).toEqual({
      unlawful_content: [24, 36], intimate_imagery: [2, 2], impersonation: [2, 2], court_or_government_order: [3, 3],
      code_of_ethics: [24, 360], privacy: [24, 168], other: [24, 168],
    });
    expect(DEFAULT_CLOCKS.lawEnforcementHours).toBe(72);
  });

  it('takes its lengths from configuration', () => {
    const d = deadlinesFor('other', new Date('2026-01-01T00:00:00Z'), { ...DEFAULT_CLOCKS, disposeHours: 15 * 24, acknowledgeHours: 12 });
    expect(d).toEqual({ acknowledgeBy: new Date('2026-01-01T12:00:00Z'), resolveBy: new Date('2026-01-16T00:00:00Z') });
  });

  it('a complaint at 20:00 UTC in the 2 h lane is due at 22:00 UTC, which is 03:30 the next day in IST', () => {
    const clock = new FakeClock(Date.parse('2026-12-04T20:00:00.000Z'));
    const d = deadlinesFor('intimate_imagery', clock.now());
    expect(d.resolveBy.toISOString()).toBe('2026-12-04T22:00:00.000Z');
    expect(formatIst(clock.now())).toBe('5 Dec 2026, 01:30 IST');
    expect(formatIst(d.resolveBy)).toBe('5 Dec 2026, 03:30 IST');
    expect(formatIst('2026-12-04T09:00:00.000Z')).toBe('4 Dec 2026, 14:30 IST');
    // Year end: 31 Dec 19:00 UTC is already 1 Jan in India.
    expect(formatIst('2026-12-31T19:00:00Z')).toBe('1 Jan 2027, 00:30 IST');
  });

  it('escalates at 50% and 80% of the period and breaches only once the deadline has passed', async () => {
    const start = Date.parse('2026-12-04T20:00:00.000Z');
    const clock = new FakeClock(start);
    const { resolveBy } = deadlinesFor('impersonation', clock.now());
    const at0 = new Date(start);
    expect(escalationTimes(at0, resolveBy).map((p) => [p.point, p.at.toISOString()])).toEqual([
      [50, '2026-12-04T21:00:00.000Z'], [80, '2026-12-04T21:36:00.000Z'], [100, '2026-12-04T22:00:00.000Z'],
    ]);
    const seen: unknown[] = [];
    for (const step of [59, 1, 35, 1, 24, 1]) {
      await clock.advance(step * 60_000);
      seen.push(escalationLevel(clock.now(), at0, resolveBy));
    }
    // 20:59 → 0, 21:00 → 50, 21:35 → 50, 21:36 → 80, 22:00 (exactly due) → 80, 22:01 → breached.
    expect(seen).toEqual([0, 50, 50, 80, 80, 'breached']);
  });
});

describe('grievance lifecycle', () => {
  it('moves received → acknowledged → decided (or straight to decided), never back', () => {
    expect(canMoveGrievance('received', 'acknowledged')).toBe(true);
    expect(canMoveGrievance('received', 'decided')).toBe(true);
    expect(canMoveGrievance('acknowledged', 'decided')).toBe(true);
    expect(canMoveGrievance('acknowledged', 'acknowledged')).toBe(false);
    expect(canMoveGrievance('decided', 'acknowledged')).toBe(false);
    expect(canMoveGrievance('decided', 'decided')).toBe(false);
  });

  it('every letter carries the GAC route and the 30-day window, in the complainant\'s language', () => {
    expect(decisionLetter(' Removed. ', 'en')).toMatch(/^Removed\.\n\n.*Grievance Appellate Committee.*30 days/);
    expect(decisionLetter('हटाया गया', 'hi')).toMatch(/30 दिनों.*शिकायत अपीलीय समिति/);
  });
});
