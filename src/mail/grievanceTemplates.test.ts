// The grievance desk's mails in English and Hindi: escalation notices (50/80% and breach) and the decision letter, escaped in HTML.
import { describe, expect, it } from 'vitest';
import { renderMail } from './templates';

const esc = { ticket: 'GR-2026-000007', category: 'impersonation', clock: 'decision', deadline: '5 Dec 2026, 03:30 IST', link: 'https://c.example/admin' };

describe('grievance mail templates', () => {
  it('escalation: a percentage notice and a breach notice, in both languages', () => {
    expect(renderMail('grievance_escalation', 'en', { ...esc, point: '80' }).subject).toBe('Complaint GR-2026-000007: 80% of the decision time used');
    const breach = renderMail('grievance_escalation', 'en', { ...esc, point: '100' });
    expect(breach.subject).toBe('BREACHED: complaint GR-2026-000007 is past its decision deadline');
    expect(breach.text).toContain('passed at 5 Dec 2026, 03:30 IST');
    const hi = renderMail('grievance_escalation', 'hi', { ...esc, point: '50' });
    expect(hi.subject).toContain('50%');
    expect(hi.text).toContain('शिकायत डेस्क');
  });

  it('decision: the letter paragraphs, escaped in HTML, with the grievance page link', () => {
    const m = renderMail('grievance_decision', 'hi', {
      ticket: 'GR-2026-000007', outcome: 'partly_upheld', letter: 'Part <b>one</b>.\n\nAppeal to the GAC within 30 days.', trackingUrl: 'https://c.example/grievance', name: 'मीरा',
    });
    expect(m.subject).toBe('शिकायत GR-2026-000007 पर निर्णय');
    expect(m.html).toContain('Part &lt;b&gt;one&lt;/b&gt;.');
    expect(m.text).toContain('Appeal to the GAC within 30 days.');
    expect(m.text).toContain('प्रिय मीरा');
    expect(() => renderMail('grievance_decision', 'en', { ticket: 'x', outcome: 'upheld', trackingUrl: 'https://c.example' })).toThrow(/letter/);
  });
});
