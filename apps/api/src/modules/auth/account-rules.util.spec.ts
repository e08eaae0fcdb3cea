import { describe, expect, it } from 'vitest';
import { checkHandle, emailSchema, newPasswordSchema, RESERVED_HANDLES } from './account-rules.util.js';
import { countCommonPasswords, isCommonPassword } from './common-passwords.util.js';

describe('handle rules', () => {
  it('accepts 3–30 letters, digits and underscores', () => {
    expect(checkHandle('ann')).toBeNull();
    expect(checkHandle('Ann_Reads_2026')).toBeNull();
    expect(checkHandle('x'.repeat(30))).toBeNull();
  });

  it('refuses other lengths and characters', () => {
    expect(checkHandle('ab')).toBe('length');
    expect(checkHandle('x'.repeat(31))).toBe('length');
    expect(checkHandle('ann-reads')).toBe('characters');
    expect(checkHandle('ann.reads')).toBe('characters');
    expect(checkHandle('ännchen')).toBe('characters');
    expect(checkHandle('ann reads')).toBe('characters');
  });

  it('refuses reserved names whatever their case, including the web app’s routes', () => {
    for (const name of ['admin', 'API', 'www', 'Settings', 'signup', 'login', 'graphql', 'tributary']) {
      expect(checkHandle(name), name).toBe(name.length < 3 ? 'length' : 'reserved');
    }
    expect(RESERVED_HANDLES.has('u')).toBe(true);
    expect(RESERVED_HANDLES.has('c')).toBe(true);
  });

  it('agrees with the database CHECK for every accepted handle', () => {
    for (const handle of ['abc', 'A_1', 'z'.repeat(30)])
      expect(/^[A-Za-z0-9_]{1,30}$/.test(handle)).toBe(checkHandle(handle) === null);
  });
});

describe('email normalization', () => {
  it('trims and lower-cases', () => {
    expect(emailSchema.parse('  Ann@Example.COM ')).toBe('ann@example.com');
  });

  it('refuses what is not an address', () => {
    for (const value of ['ann', 'ann@', '@example.com', 'ann@@example.com', 'a b@example.com']) {
      expect(emailSchema.safeParse(value).success, value).toBe(false);
    }
  });
});

describe('password rules (ASVS 6.2)', () => {
  it('needs 8 to 256 characters and no particular composition', () => {
    expect(newPasswordSchema.safeParse('seven77').success).toBe(false);
    expect(newPasswordSchema.safeParse('zqxjkvbp').success).toBe(true);
    expect(newPasswordSchema.safeParse('all lower case words').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(64) + 'y'.repeat(192)).success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });

  it('refuses the most common passwords, case-insensitively', () => {
    expect(countCommonPasswords()).toBeGreaterThan(3_000);
    for (const password of ['password', '12345678', 'qwertyuiop', 'iloveyou', 'PASSWORD1', 'baseball']) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(newPasswordSchema.safeParse(password).success, password).toBe(false);
    }
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
  });
});
