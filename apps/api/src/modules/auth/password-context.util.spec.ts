import { describe, expect, it } from 'vitest';
import { contextWords, isBuiltFromContext } from './password-context.util.js';

const maria = { handle: 'maria_l', email: 'maria.lopez@example.com', displayName: 'Maria Lopez' };

describe('passwords built from the account’s own details', () => {
  it('collects the handle, the email’s local part, the name and the product', () => {
    expect(contextWords(maria)).toEqual(
      expect.arrayContaining(['maria_l', 'maria.lopez', 'maria', 'lopez', 'maria lopez', 'tributary']),
    );
    expect(contextWords(maria)).not.toContain('example.com');
  });

  it('refuses the details themselves, whatever the case or punctuation', () => {
    for (const password of [
      'maria_l!',
      'Maria.Lopez',
      'MARIALOPEZ',
      'maria lopez',
      'tributary',
      'Tributary!',
    ]) {
      expect(isBuiltFromContext(password, maria), password).toBe(true);
    }
  });

  it('refuses passwords built from them with a little added', () => {
    for (const password of [
      'maria2024!',
      'Lopez1990',
      'MariaLopez1990!',
      'tributary123',
      'zepol12345',
      'm4r14l0p3z',
      'mariamaria',
      'tributary rocks',
    ]) {
      expect(isBuiltFromContext(password, maria), password).toBe(true);
    }
  });

  it('accepts passwords that stay strong when the guesser knows the details', () => {
    for (const password of [
      'correct horse battery staple',
      'maria and the seven blue umbrellas',
      'maria_reads_books',
      'Maria-Xk9#pQ2vL',
      'zqxjkvbp',
    ]) {
      expect(isBuiltFromContext(password, maria), password).toBe(false);
    }
  });

  it('judges each account by its own details', () => {
    expect(
      isBuiltFromContext('maria2024!', { handle: 'ann', email: 'ann@example.com', displayName: 'Ann' }),
    ).toBe(false);
  });
});
