// The account mails (verification, password reset, email changed) in English and Hindi, with their one link escaped.
import { describe, expect, it } from 'vitest';
import { renderMail } from './templates';

const link = 'https://c.example/account/verify-email?token=abc&x=<1>';

describe('account mail templates', () => {
  it('verification: sign-up and email change, in both languages, the link escaped in HTML', () => {
    const signUp = renderMail('verify_email', 'en', { link, hours: 48, name: 'Asha <b>' });
    expect(signUp.subject).toBe('Confirm your email address');
    expect(signUp.text).toContain('your comments wait for a moderator');
    expect(signUp.text).toContain(`Confirm this address: ${link}`);
    expect(signUp.html).toContain('href="https://c.example/account/verify-email?token=abc&amp;x=&lt;1&gt;"');
    expect(signUp.html).toContain('Dear Asha &lt;b&gt;,');
    const change = renderMail('verify_email', 'hi', { link, hours: 48, change: '1' });
    expect(change.subject).toBe('अपना नया ईमेल पता पुष्टि करें');
    expect(change.text).toContain('48 घंटे');
    expect(change.text).toContain('प्रिय पाठक');
    expect(() => renderMail('verify_email', 'en', { hours: 48 })).toThrow(/link/);
    expect(() => renderMail('verify_email', 'en', { link: 'javascript:alert(1)', hours: 48 })).toThrow(/http/);
  });

  it('password reset and email changed, in both languages', () => {
    const en = renderMail('password_reset', 'en', { link: 'https://c.example/account/reset-password?token=t', minutes: 30 });
    expect(en.subject).toBe('Reset your password');
    expect(en.text).toContain('expires in 30 minutes');
    expect(en.text).toContain('signs your account out everywhere');
    const hi = renderMail('password_reset', 'hi', { link: 'https://c.example/r', minutes: 30 });
    expect(hi.subject).toBe('अपना पासवर्ड रीसेट करें');
    expect(hi.text).toContain('नया पासवर्ड चुनें: https://c.example/r');
    expect(renderMail('email_changed', 'en', { newEmail: 'new@example.test' }).text).toContain('is now new@example.test');
    expect(renderMail('email_changed', 'hi', { newEmail: 'new@example.test' }).subject).toBe('आपके खाते का ईमेल पता बदल दिया गया है');
  });
});
