// The webhook signature: HMAC-SHA256 over `timestamp + "." + body`, sent as `Charcha-Signature: t=<unix>,v1=<hex>`.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Charcha-Signature';
export const DELIVERY_HEADER = 'Charcha-Delivery';
export const EVENT_HEADER = 'Charcha-Event';
/** Receivers should refuse a signature older (or further in the future) than this: a captured request replays for 5 minutes at most. */
export const TOLERANCE_SECONDS = 300;

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The header value for a body sent at `timestamp` (whole seconds since 1970). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body)}`;
}

/**
 * What a receiver does (the docs' Node snippet is this logic): parse t and v1, refuse a stale t, compare in constant
 * time. `body` must be the raw bytes as received, before any JSON parsing.
 */
export function verifySignature(secret: string, header: string | undefined, body: string, nowSeconds: number, tolerance = TOLERANCE_SECONDS): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > tolerance) return false;
  const expected = Buffer.from(signature(secret, t, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
