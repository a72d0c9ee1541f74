// The tracking page template: status, deadlines in IST, the decision letter, and everything escaped.
import { describe, expect, it } from 'vitest';
import { renderTrackingPage } from './trackPage';

const base = { ticket: 'GR-2026-000007', category: 'impersonation', status: 'acknowledged', receivedAt: '2026-12-04T02:00:00Z', acknowledgeBy: '2026-12-04T04:00:00Z', resolveBy: '2026-12-04T04:00:00Z' };

describe('renderTrackingPage', () => {
  it('shows the ticket, the status and the deadlines in IST, and waits for a letter', () => {
    const html = renderTrackingPage(base);
    expect(html).toContain('GR-2026-000007');
    expect(html).toContain('Acknowledged');
    expect(html).toContain('4 Dec 2026, 09:30 IST');
    expect(html).toContain('Someone is impersonating me');
    expect(html).toContain('will appear here');
  });

  it('shows the decision letter, escaped', () => {
    const html = renderTrackingPage({ ...base, status: 'decided', decidedAt: '2026-12-04T03:00:00Z', outcome: 'upheld', letter: 'Removed <b>it</b> & "done"' });
    expect(html).toContain('Upheld');
    expect(html).toContain('Removed &#60;b&#62;it&#60;/b&#62; &#38; &#34;done&#34;');
    expect(html).not.toContain('<b>it</b>');
    expect(html).toContain('decided <time datetime="2026-12-04T03:00:00Z">4 Dec 2026, 08:30 IST</time>');
  });
});
