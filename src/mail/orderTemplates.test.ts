// The legal-order mail templates render in English and Hindi, escape what they interpolate, and refuse missing data.
import { describe, expect, it } from 'vitest';
import { renderMail } from './templates';

describe('order mail templates', () => {
  it('escalation: the point and deadline in both languages, "deadline passed" at the deadline', () => {
    const en = renderMail('order_escalation', 'en', { reference: 'MEITY/1', point: '80%', dueAt: '2026-03-01 18:30 IST', kind: 'takedown' });
    expect(en.subject).toBe('Order MEITY/1: 80% of the clock used');
    expect(en.text).toContain('takedown order MEITY/1 is not yet complied with');
    const hi = renderMail('order_escalation', 'hi', { reference: 'MEITY/1', point: 'deadline', dueAt: '2026-03-01 18:30 IST', kind: 'information' });
    expect(hi.subject).toBe('आदेश MEITY/1: समय-सीमा बीत गई');
    expect(hi.text).toContain('सूचना अनुरोध');
    expect(() => renderMail('order_escalation', 'en', { reference: 'X', point: '50%', kind: 'takedown' })).toThrow(/dueAt/);
  });
  it('confirmation and disclosure notice: text is escaped in HTML', () => {
    const c = renderMail('order_confirmation', 'en', { reference: 'R<1>', text: 'Disabled <b>2</b> items.\n\nRegards' });
    expect(c.html).toContain('Disabled &lt;b&gt;2&lt;/b&gt; items.');
    expect(c.text).toContain('Regards');
    const n = renderMail('disclosure_notice', 'hi', { authority: 'Cyber Cell', provision: 'Rule 3(1)(j)', at: '2026-03-01 10:00 IST' });
    expect(n.subject).toBe('एक वैध आदेश पर आपका डेटा दिया गया');
    expect(n.text).toContain('Cyber Cell');
  });
});
