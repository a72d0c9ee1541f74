// The password rule for every path that sets one: long enough, not blank, not the email, not a common password.
import { COMMON_PASSWORDS } from './commonPasswords';
import { AppError } from './errors';

export const MIN_PASSWORD_LENGTH = 10;

/** Why a password is refused (the detail of a 400 weak_password), or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string | null): string | null {
  const trimmed = password.trim();
  if (!trimmed) return 'The password cannot be only spaces.';
  // Code points, not UTF-16 units: a Devanagari or emoji password is as long as it looks; padding spaces do not count.
  if (Array.from(trimmed).length < MIN_PASSWORD_LENGTH) return `The password needs at least ${MIN_PASSWORD_LENGTH} characters (spaces at either end do not count).`;
  const lower = trimmed.toLowerCase();
  if (new Set(Array.from(lower)).size === 1) return 'The password cannot be one character repeated.';
  const address = email?.trim().toLowerCase();
  if (address) {
    const local = address.split('@')[0] ?? '';
    const bare = lower.replace(/\s+/g, '');
    if (bare === address || bare.includes(address) || (local.length > 0 && bare === local)) return 'The password cannot be your email address or its name part.';
  }
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/\s+/g, ''))) return 'This password is one of the most common passwords; choose another.';
  return null;
}

/** Throws 400 weak_password, with the reason as the detail, unless the password passes passwordWeakness. */
export function assertStrongPassword(password: string, email?: string | null): void {
  const why = passwordWeakness(password, email);
  if (why) throw new AppError(400, 'weak_password', why);
}
