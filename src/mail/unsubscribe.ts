// One-click unsubscribe tokens (RFC 8058): an HMAC over the reader and the kind of mail, so none can be guessed or forged.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { UNSUBSCRIBE_KINDS, type UnsubscribeKind } from '../domain/notifications';

/** The signing key, derived from the server secret so it is never the secret itself. */
export const unsubscribeKey = (serverSecret: string): string =>
  createHmac('sha256', serverSecret).update('charcha:unsubscribe:v1').digest('base64url');

const sign = (key: string, userId: string, kind: UnsubscribeKind) =>
  createHmac('sha256', key).update(`unsubscribe|${kind}|${userId}`).digest('base64url');

/** `<kind>.<user id, base64url>.<signature>`: opaque to the reader, stable per reader and kind. */
export function unsubscribeToken(key: string, userId: string, kind: UnsubscribeKind): string {
  return `${kind}.${Buffer.from(userId).toString('base64url')}.${sign(key, userId, kind)}`;
}

/** The reader and kind a token stands for, or null for anything we did not sign. */
export function readUnsubscribeToken(key: string, token: string): { userId: string; kind: UnsubscribeKind } | null {
  const [kind, id, sig, ...rest] = token.split('.');
  if (rest.length || !sig || !id || !(UNSUBSCRIBE_KINDS as readonly string[]).includes(kind)) return null;
  const userId = Buffer.from(id, 'base64url').toString('utf8');
  const want = Buffer.from(sign(key, userId, kind as UnsubscribeKind));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) ? { userId, kind: kind as UnsubscribeKind } : null;
}
