// enqueueMail: renders a message and writes it to the durable outbox, on the caller's transaction when it passes one.
import { randomUUID } from 'node:crypto';
import { badRequest } from '../domain/errors';
import type { Store } from '../store/store';
import { mailLang, renderMail, type TemplateName } from './templates';

export interface MailRequest {
  to: string;
  template: TemplateName;
  lang: string;
  data: Record<string, unknown>;
  /** The same key again enqueues nothing (e.g. `grievance_ack:<ticket>`). */
  idempotencyKey: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface EnqueueMailDeps {
  /** Pass the transaction-bound store (store.transaction's tx) so the mail commits, or not, with the caller's write. */
  store: Store;
  now: () => Date;
}

// One address, no display name, nothing that could end a header or add a recipient.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

/** Throws 400 `invalid_email` for an address the outbox would not send to. */
export function checkAddress(to: string): string {
  const addr = to.trim();
  if (addr.length > 254 || !ADDRESS.test(addr)) throw badRequest('invalid_email', 'That is not an e-mail address we can write to.');
  return addr;
}

/** Resolves once the message is in the outbox (durable when the caller's transaction commits). */
export async function enqueueMail(deps: EnqueueMailDeps, req: MailRequest): Promise<{ id: string; created: boolean }> {
  const to = checkAddress(req.to);
  const headers = req.headers ?? {};
  for (const [k, v] of Object.entries(headers)) {
    if (!HEADER_NAME.test(k) || /[\r\n]/.test(v)) throw badRequest('invalid_mail_header', `Header ${k} cannot be sent.`);
  }
  const lang = mailLang(req.lang);
  const rendered = renderMail(req.template, lang, req.data);
  const now = deps.now().toISOString();
  const id = randomUUID();
  const created = await deps.store.insertMail({
    id, key: req.idempotencyKey, to, template: req.template, lang, data: JSON.stringify(req.data), ...rendered,
    headers: JSON.stringify(headers), status: 'queued', attempts: 0, nextAttemptAt: now, owner: null, leaseUntil: null,
    lastError: null, createdAt: now, sentAt: null,
  });
  if (created) return { id, created };
  const existing = await deps.store.getMail(req.idempotencyKey);
  return { id: existing!.id, created: false };
}
