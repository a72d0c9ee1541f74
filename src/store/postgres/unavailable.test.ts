// Which driver errors mean "the database is out of reach" (503 store_unavailable) and which are real statement errors.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors';
import { isUnavailable, unavailableOr } from './unavailable';

const err = (props: Record<string, unknown>) => Object.assign(new Error(String(props.message ?? 'x')), props);

describe('isUnavailable', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }],
    [{ code: 'ECONNRESET' }],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [{ code: '08006' }],
    [{ code: '53300', message: 'too many connections' }],
    [{ message: 'Connection terminated unexpectedly' }],
    [{ message: 'timeout exceeded when trying to connect' }],
  ])('%o is an outage', (props) => {
    expect(isUnavailable(err(props))).toBe(true);
  });

  it.each([
    [{ code: '23505', message: 'duplicate key' }],
    [{ code: '42P01', message: 'relation does not exist' }],
    [{ message: 'invalid input syntax' }],
  ])('%o is not', (props) => {
    expect(isUnavailable(err(props))).toBe(false);
  });

  it('turns an outage into a 503 with Retry-After and keeps other errors as they are', () => {
    const out = unavailableOr(err({ code: 'ECONNREFUSED' })) as AppError;
    expect(out).toBeInstanceOf(AppError);
    expect([out.status, out.code, out.headers['retry-after']]).toEqual([503, 'store_unavailable', '2']);
    const other = err({ code: '23505' });
    expect(unavailableOr(other)).toBe(other);
    const app = new AppError(400, 'x', 'y');
    expect(unavailableOr(app)).toBe(app);
  });
});
