import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The ~49 000 most common passwords of zxcvbn-ts's frequency list (breach corpora, ranked), of which
 * only those long enough to pass the length rule matter. ASVS 6.2.4 asks for at least the top 3 000.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common']
    .filter((password) => password.length >= 8)
    .map((password) => password.toLowerCase()),
);

/** Whether `password` (compared case-insensitively) is in the common-password list. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export function countCommonPasswords(): number {
  return COMMON_PASSWORDS.size;
}
