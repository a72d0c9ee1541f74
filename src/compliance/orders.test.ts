// The order clocks (3 h, 72 h), their escalation points, and the G.S.R. 775(E) issuer checklist.
import { describe, expect, it } from 'vitest';
import { checklistWarnings, dueAt, escalationTimes, msLeft, verifyIssuer, withinClock } from './orders';

describe('order clocks', () => {
  it('a takedown order is due 3 h after receipt, an information request 72 h, and the clocks are configuration', () => {
    expect(dueAt('2026-03-01T22:30:00.000Z', 'takedown')).toBe('2026-03-02T01:30:00.000Z');
    expect(dueAt('2026-03-01T22:30:00.000Z', 'information')).toBe('2026-03-04T22:30:00.000Z');
    expect(dueAt('2026-03-01T22:30:00.000Z', 'takedown', { takedownHours: 36, informationHours: 72 })).toBe('2026-03-03T10:30:00.000Z');
  });

  it('escalates at 50% and 80% of the clock and at the deadline', () => {
    const due = dueAt('2026-03-01T10:00:00.000Z', 'takedown');
    expect(escalationTimes('2026-03-01T10:00:00.000Z', due)).toEqual([
      { point: 0.5, at: '2026-03-01T11:30:00.000Z' },
      { point: 0.8, at: '2026-03-01T12:24:00.000Z' },
      { point: 1, at: '2026-03-01T13:00:00.000Z' },
    ]);
    expect(msLeft(due, new Date('2026-03-01T12:00:00.000Z'))).toBe(3_600_000);
    expect(withinClock(due, '2026-03-01T13:00:00.000Z')).toBe(true);
    expect(withinClock(due, '2026-03-01T13:00:00.001Z')).toBe(false);
  });
});

describe('issuer checklist (G.S.R. 775(E))', () => {
  const base = { legalBasis: 'IT Act s.79(3)(b)', provision: 'Rule 3(1)(d)', unlawfulAct: 'defamation of a named person' };
  it('accepts Joint Secretary and above, a court, a Director only where no JS rank exists, police DIG+ only when specially authorised', () => {
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'joint_secretary' }))).toEqual([]);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'court', unlawfulAct: undefined }))).toEqual([]);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'director' }))).toEqual(['rank']);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'director', noJointSecretaryRank: true }))).toEqual([]);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'deputy_inspector_general_of_police' }))).toEqual(['rank']);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'deputy_inspector_general_of_police', speciallyAuthorised: true }))).toEqual([]);
    expect(checklistWarnings(verifyIssuer({ ...base, rank: 'other', speciallyAuthorised: true }))).toEqual(['rank']);
  });
  it('flags a missing legal basis, provision or unlawful act (a warning: the clock still runs)', () => {
    expect(checklistWarnings(verifyIssuer({ rank: 'secretary', legalBasis: ' ', provision: '', unlawfulAct: '' }))).toEqual(['legal_basis', 'provision', 'unlawful_act']);
  });
});
