// Notification templates: every one renders in English and Hindi, with its link, and escapes the reader's name.
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TEMPLATES } from './notificationTemplates';
import { renderMail } from './templates';

const data: Record<keyof typeof NOTIFICATION_TEMPLATES, Record<string, string>> = {
  reply_notification: { replier: 'Ravi', storyTitle: 'Budget 2027', link: 'https://news.example/s/1', unsubscribeUrl: 'https://c.example/notifications/unsubscribe?t=x' },
  comment_decision: { outcome: 'removed', storyTitle: 'Budget 2027', link: 'https://news.example/s/1', reason: 'insult' },
  appeal_decision: { outcome: 'upheld', storyTitle: 'Budget 2027', link: 'https://news.example/s/1', note: 'Still an insult.' },
  moderator_digest: { day: '2026-12-04', count: '7', oldestAt: '2026-12-01T10:00:00.000Z', link: 'https://c.example/admin' },
  queue_alert: { count: '51', threshold: '50', link: 'https://c.example/admin' },
};

describe('notification templates', () => {
  for (const name of Object.keys(data) as (keyof typeof data)[]) {
    it(`${name} renders in English and Hindi with its link`, () => {
      const en = renderMail(name, 'en', data[name]);
      const hi = renderMail(name, 'hi', data[name]);
      expect(en.subject).not.toBe(hi.subject);
      expect(hi.html).toContain('<html lang="hi">');
      expect(en.text).toContain(data[name].link);
      expect(hi.text).toContain(data[name].link);
    });
  }

  it('puts the unsubscribe link in the reply mail, says who replied, and escapes the name in HTML', () => {
    const m = renderMail('reply_notification', 'en', { ...data.reply_notification, name: '<b>Asha</b>' });
    expect(m.subject).toBe('Ravi replied to your comment');
    expect(m.text).toContain('Dear <b>Asha</b>,');
    expect(m.html).toContain('Dear &lt;b&gt;Asha&lt;/b&gt;,');
    expect(m.text).toContain(data.reply_notification.unsubscribeUrl);
  });

  it('words a restore and an upheld appeal differently from a removal and an accepted one', () => {
    expect(renderMail('comment_decision', 'en', { ...data.comment_decision, outcome: 'restored' }).subject).toBe('Your comment has been restored');
    expect(renderMail('comment_decision', 'en', data.comment_decision).text).toContain('The reason given: insult.');
    expect(renderMail('appeal_decision', 'en', data.appeal_decision).subject).toBe('Your appeal was not accepted');
    expect(renderMail('appeal_decision', 'hi', { ...data.appeal_decision, outcome: 'restored' }).subject).toBe('आपकी अपील स्वीकार की गई');
  });

  it('refuses a reply mail without its unsubscribe link', () => {
    const { unsubscribeUrl: _u, ...rest } = data.reply_notification;
    expect(() => renderMail('reply_notification', 'en', rest)).toThrow(/unsubscribeUrl/);
  });
});
