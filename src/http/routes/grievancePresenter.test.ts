// The tracking page escapes every value, shows IST deadlines and the letter; the board orders by time left, breached first.
import { describe, expect, it } from 'vitest';
import type { Grievance } from '../../domain/grievance';
import { boardOrder, presentBoardItem, presentTrack, renderTrackPage } from './grievancePresenter';

const g = (over: Partial<Grievance> = {}): Grievance => ({
  id: 'g1', siteId: 's', ticket: 'GR-2026-000001', year: 2026, number: 1, category: 'impersonation', commentId: null, commentUrl: null,
  description: 'd', name: 'n', email: 'e@example.test', lang: 'en', tokenHash: 'h', status: 'received',
  receivedAt: '2026-12-04T20:00:00.000Z', acknowledgeBy: '2026-12-04T22:00:00.000Z', resolveBy: '2026-12-04T22:00:00.000Z',
  acknowledgedAt: null, acknowledgedBy: null, decidedAt: null, decidedBy: null, outcome: null, letter: null, action: null, ...over,
});

describe('grievance presenter', () => {
  it('renders the decision letter escaped, with IST times', () => {
    const html = renderTrackPage(presentTrack(g({
      status: 'decided', outcome: 'partly_upheld', action: 'none', decidedAt: '2026-12-04T21:00:00.000Z',
      letter: '<script>alert(1)</script> & "quotes"',
    })));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
    expect(html).toContain('5 Dec 2026, 03:30 IST');
    expect(html).toContain('partly upheld');
    expect(renderTrackPage(null)).toContain('Complaint not found');
  });

  it('puts the most overdue first, then least time left, decided ones last', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    const items = [
      g({ id: 'decided', status: 'decided' }),
      g({ id: 'week', category: 'other', acknowledgeBy: '2026-12-06T09:00:00.000Z', resolveBy: '2026-12-12T09:00:00.000Z', receivedAt: '2026-12-05T09:00:00.000Z' }),
      g({ id: 'breached' }),
      g({ id: 'acked', status: 'acknowledged', category: 'other', acknowledgeBy: '2026-12-05T12:00:00.000Z', resolveBy: '2026-12-05T18:00:00.000Z', receivedAt: '2026-12-04T12:00:00.000Z' }),
    ].map((x) => presentBoardItem(x, now)).sort(boardOrder);
    expect(items.map((i) => i.id)).toEqual(['breached', 'acked', 'week', 'decided']);
    expect(items[0]).toMatchObject({ level: 'breached', clock: 'resolve', msLeft: -12 * 3_600_000 });
    // Acknowledged: the disposal clock runs (30 h period, 22 h in = 73%: level 50).
    expect(items[1]).toMatchObject({ clock: 'resolve', level: 50, msLeft: 8 * 3_600_000 });
    expect(items[2]).toMatchObject({ clock: 'acknowledge', level: 0 });
    expect(items[3]).toMatchObject({ clock: null, msLeft: null, level: null });
  });
});
