// The SMTP side of the outbox: nodemailer behind a two-method seam, so the sender never sees transport details.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Stable per outbox row, so a receiver can drop the copy a resend after a crash may produce. */
  messageId: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** CHARCHA_SMTP_URL, e.g. smtp://user:pass@host:587 or smtps://host:465 (nodemailer's URL form). */
export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport(url);
  return {
    async send(m) {
      await t.sendMail({ from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers, messageId: m.messageId });
    },
    close: () => t.close(),
  };
}
