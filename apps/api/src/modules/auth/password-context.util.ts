import { type Match, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** Names of the product an attacker tries first against any account of it. */
export const PRODUCT_WORDS: readonly string[] = ['tributary'];

/**
 * zxcvbn's score (0–4) a password that leans on the person's own details must still reach: 4 means
 * about 10^10 guesses or more *after* the guesser is given those details (zxcvbn's "user inputs"), so
 * `MariaLopez1990!` and `tributary rocks` are refused and `maria_reads_books` is not.
 */
const MIN_SCORE_WITH_CONTEXT = 4;
/** Context words shorter than this are too common inside other words to count as "built from". */
const MIN_WORD_LENGTH = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** What the account says about its owner: what a targeted guesser tries first. */
export interface PasswordContext {
  handle?: string | null;
  email?: string | null;
  displayName?: string | null;
}

/**
 * The words a password must not be built from: the handle, the email's local part (whole and split at
 * `.`, `_`, `-`, `+`), the display name (whole and by word) and the product's name.
 */
export function contextWords(context: PasswordContext): string[] {
  const local = context.email?.split('@')[0] ?? '';
  const name = context.displayName ?? '';
  const words = [
    context.handle ?? '',
    local,
    ...local.split(/[._+-]+/),
    name,
    ...name.split(/[\s._-]+/),
    ...PRODUCT_WORDS,
  ];
  return [
    ...new Set(
      words.map((word) => word.trim().toLowerCase()).filter((word) => word.length >= MIN_WORD_LENGTH),
    ),
  ];
}

/**
 * Whether `password` is one of the context words or built from one (`maria2024!`, `Tributary123`,
 * `airam_1990` reversed, `m4r14!!!`) without enough of its own around it. A password that contains a
 * context word but stays strong when the guesser knows that word (`maria and the seven blue
 * umbrellas`) is accepted. zxcvbn-ts's user-input dictionary finds the words, reversed and l33t
 * spellings included; its score measures what is left.
 */
export function isBuiltFromContext(password: string, context: PasswordContext): boolean {
  const words = contextWords(context);
  if (words.length === 0) return false;
  const folded = fold(password);
  if (words.some((word) => fold(word) === folded)) return true;
  const result = zxcvbn.check(password, words);
  const usesContext =
    result.sequence.some(isUserInputMatch) ||
    words.some((word) => folded.includes(fold(word)) && fold(word).length >= 4);
  return usesContext && result.score < MIN_SCORE_WITH_CONTEXT;
}

function isUserInputMatch(match: Match): boolean {
  return match.pattern === 'dictionary' && match.dictionaryName === 'userInputs';
}

/** Lower case letters and digits only: `Maria_Lopez` and `maria.lopez` are the same word here. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export const CONTEXT_PASSWORD_MESSAGE =
  'must not be your handle, email, name or “Tributary”, nor be built from them; add words of your own';
