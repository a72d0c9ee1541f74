// Templates: English and Hindi wording, escaping of every value in HTML, and refusal of bad data.
import { describe, expect, it } from 'vitest';
import { renderMail } from './templates';

describe('mail templates', () => {
  it('renders the grievance acknowledgement in English with the ticket, the deadline and the tracking link', () => {
    const m = renderMail('grievance_ack', 'en', { ticket: 'G-2026-0042', trackingUrl: 'https://news.example/grievance/t/abc', name: 'Asha', resolveBy: '11 Jan 2026, 17:30 IST' });
    expect(m.subject).toBe('Complaint G-2026-0042 received');
    expect(m.text).toContain('Dear Asha,');
    expect(m.text).toContain('Your ticket number is G-2026-0042.');
    expect(m.text).toContain('by 11 Jan 2026, 17:30 IST');
    expect(m.text).toContain('Track your complaint: https://news.example/grievance/t/abc');
    expect(m.html).toContain('<a href="https://news.example/grievance/t/abc">Track your complaint</a>');
  });

  it('renders it in Hindi', () => {
    const m = renderMail('grievance_ack', 'hi', { ticket: 'G-7', trackingUrl: 'https://news.example/t/x' });
    expect(m.subject).toBe('शिकायत G-7 प्राप्त हुई');
    expect(m.text).toContain('प्रिय पाठक,');
    expect(m.text).toContain('आपका टिकट नंबर G-7 है।');
    expect(m.html).toContain('<html lang="hi">');
    expect(m.html).toContain('अपनी शिकायत देखें');
  });

  it('falls back to English for any other language', () => {
    expect(renderMail('notice', 'hinglish', { title: 'T', body: 'B' }).html).toContain('<html lang="en">');
  });

  it('escapes every interpolated value in the HTML, and keeps the text as written', () => {
    const evil = '<script>alert(1)</script> & "quotes"';
    const m = renderMail('notice', 'en', { title: `Hi ${evil}`, body: evil, link: 'https://x.example/?a=1&b="2"', linkLabel: '<b>go</b>' });
    expect(m.html).not.toContain('<script>');
    expect(m.html).not.toContain('<b>go</b>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(m.html).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"');
    expect(m.text).toContain(evil);
  });

  it('keeps the subject on one line', () => {
    expect(renderMail('notice', 'en', { title: 'a\r\nBcc: victim@example.test', body: 'b' }).subject).toBe('a Bcc: victim@example.test');
  });

  it('refuses an unknown template, missing data and a non-http link', () => {
    expect(() => renderMail('nope', 'en', {})).toThrow(/unknown mail template/);
    expect(() => renderMail('grievance_ack', 'en', { ticket: 'G-1' })).toThrow(/needs trackingUrl/);
    expect(() => renderMail('notice', 'en', { title: 'T', body: 'B', link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => renderMail('toString', 'en', {})).toThrow(/unknown mail template/);
  });
});
