// PostgreSQL out of reach (refused, reset, shutting down, out of connections) becomes one 503 `store_unavailable` with Retry-After.
import { AppError } from '../../domain/errors';

/** Seconds a client is told to wait; the pool reconnects by itself as soon as the server answers again. */
export const RETRY_AFTER_SECONDS = 2;

// Socket-level failures of the driver, and the server's own "cannot serve you now" classes.
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// 08: connection exception; 57P01-03: admin/crash shutdown, cannot connect now; 53300: too many connections.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection timeout/i, /client has encountered a connection error/i, /not queryable/i];

/** True for errors that say the database could not be reached, not that a statement was wrong. */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object' || err instanceof AppError) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NODE_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08')) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return MESSAGES.some((m) => m.test(message));
}

/** The error a request gets while the database is unreachable; anything else passes through unchanged. */
export function unavailableOr(err: unknown): unknown {
  if (!isUnavailable(err)) return err;
  return new AppError(503, 'store_unavailable', 'The database is out of reach for a moment; retry shortly.', {
    cause: err, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  });
}
