// The password rule case by case: blank, short, repeated, the email, common passwords, and ones that pass.
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './commonPasswords';
import { assertStrongPassword, MIN_PASSWORD_LENGTH, passwordWeakness } from './passwordPolicy';

describe('passwordWeakness', () => {
  it('refuses a password of spaces, tabs or newlines only', () => {
    for (const p of [' '.repeat(8), ' '.repeat(20), '\t\t\t\t\t\t\t\t\t\t\t', '\n \n \n \n \n \n']) expect(passwordWeakness(p)).toMatch(/only spaces/);
  });

  it('counts code points of the trimmed password, at least 10', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(passwordWeakness('abc9-xyz!')).toMatch(/at least 10/); // 9
    expect(passwordWeakness('   abc9-xyz!   ')).toMatch(/at least 10/); // padding does not count
    expect(passwordWeakness('😀🐘🦚🌶️🏏')).toMatch(/at least 10/); // 10 UTF-16 units, 6 code points
    expect(passwordWeakness('abc9-xyz!q')).toBeNull();
    expect(passwordWeakness('मेरा-पासवर्ड-है')).toBeNull();
  });

  it('refuses the first short favourites with a length reason', () => {
    for (const p of ['password', '12345678', 'qwerty', 'letmein']) expect(passwordWeakness(p)).toMatch(/at least 10/);
  });

  it('refuses one character repeated', () => {
    for (const p of ['kkkkkkkkkkkk', '0000000000']) expect(passwordWeakness(p)).toMatch(/repeated/);
  });

  it('refuses the email address itself, in any case, and its name part', () => {
    expect(passwordWeakness('meera.sharma@example.test', 'meera.sharma@example.test')).toMatch(/email/);
    expect(passwordWeakness('Meera.Sharma@Example.TEST', 'meera.sharma@example.test')).toMatch(/email/);
    expect(passwordWeakness('meera.sharma', 'Meera.Sharma@example.test')).toMatch(/email/);
    expect(passwordWeakness('my meera.sharma@example.test!', 'meera.sharma@example.test')).toMatch(/email/);
    expect(passwordWeakness('meera.sharma', 'someone.else@example.test')).toBeNull();
  });

  it('refuses common passwords whatever their case, including generated variants', () => {
    for (const p of ['password123', 'Password@123', 'PASSWORD1234', '1234567890', 'qwertyuiop', '1q2w3e4r5t', '1qaz2wsx3edc',
      'iloveyou123', 'sunshine123', 'india@12345', 'jaishriram123', '1212121212', 'abcabcabca', 'passwordpassword',
      'welcome@2025', 'pass word 123']) {
      expect(passwordWeakness(p), p).toMatch(/most common/);
    }
  });

  it('ships a list of well over a thousand common passwords, all lower case', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(1000);
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
  });

  it('lets through passphrases and the fixtures the suites use', () => {
    for (const p of ['correct horse', 'long enough', 'pass phrase', 'admin password for tests', 'a long enough password', 'Tr0ub4dor&3x']) {
      expect(passwordWeakness(p, 'reader@example.test'), p).toBeNull();
    }
  });

  it('assertStrongPassword throws 400 weak_password with the reason as detail', () => {
    expect(() => assertStrongPassword('12345678')).toThrow(expect.objectContaining({ status: 400, code: 'weak_password', detail: expect.stringMatching(/at least 10/) }));
    expect(() => assertStrongPassword('a fine pass phrase')).not.toThrow();
  });
});
