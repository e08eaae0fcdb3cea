/**
 * What people may type into text that others see. Two rules, one per kind of text:
 *
 * - **Names** (display names, folder names, custom subscription titles) are shown as someone's name,
 *   on one line, beside other people's names: any character that is invisible or that changes how
 *   the text around it is laid out is REFUSED, so that nobody can pose as someone else or reverse the
 *   text after their name ("‮gnp.exe"). Refused: control characters (C0, DEL, C1 — tabs and line
 *   breaks included), bidi embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069) and marks
 *   (U+200E, U+200F, U+061C), zero-width and other invisible characters (U+200B, U+2060, U+FEFF,
 *   soft hyphen, Hangul fillers, invisible operators, …), line/paragraph separators.
 * - **Free text** (bios, share notes, invite notes, report reasons, comments) is cleaned instead:
 *   the same characters are STRIPPED, except that line breaks (normalised to `\n`) and tabs stay, and
 *   bidi marks (LRM/RLM/ALM) stay because mixed right-to-left and left-to-right prose needs them and
 *   they cannot reorder text beyond their neighbours. U+2028/U+2029 become `\n`.
 *
 * In both, the zero-width joiner (U+200D) and non-joiner (U+200C) are kept where they are legitimate:
 * ZWJ inside an emoji sequence (👩‍💻, 🏳️‍🌈: an emoji, or its skin-tone modifier or VS16, before it and an
 * emoji after it), and ZWJ/ZWNJ between two characters of a script that shapes with them (Arabic,
 * Persian, Syriac, N'Ko, Mongolian, the Indic scripts, Myanmar, Khmer). Anywhere else — between Latin
 * letters, say, where they only hide inside a look-alike name — they count as invisible. Emoji tag
 * characters (U+E0020–U+E007F) are likewise kept only inside a tag sequence (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
 *
 * NUL is refused everywhere, before any of this, by the input hygiene pipe (PostgreSQL cannot store it).
 */

// eslint-disable-next-line no-control-regex -- recognising control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const BIDI_MARKS = /[\u200E\u200F\u061C]/u;
const LINE_SEPARATORS = /[\u2028\u2029]/u;
/** Characters that draw nothing (or nothing on their own) and are never needed in names or prose. */
// Tested one code point at a time (judge()), so combining characters in the class cannot mislead it.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0001}\u{1D173}-\u{1D17A}]/u;
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const VS16 = '\uFE0F';
const TAG = /[\u{E0020}-\u{E007F}]/u;
const TAG_BASE = '\u{1F3F4}';
const JOINING_SCRIPT =
  /[\p{sc=Arab}\p{sc=Syrc}\p{sc=Nkoo}\p{sc=Mong}\p{sc=Deva}\p{sc=Beng}\p{sc=Guru}\p{sc=Gujr}\p{sc=Orya}\p{sc=Taml}\p{sc=Telu}\p{sc=Knda}\p{sc=Mlym}\p{sc=Sinh}\p{sc=Mymr}\p{sc=Khmr}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;

function isJoinerInPlace(joiner: string, before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) return true;
  return (
    joiner === ZWJ &&
    (PICTOGRAPHIC.test(before) || EMOJI_MODIFIER.test(before) || before === VS16) &&
    PICTOGRAPHIC.test(after)
  );
}

/** A tag character belongs to a flag's tag sequence when it follows 🏴 or another tag character. */
function isTagInPlace(before: string | undefined): boolean {
  return before !== undefined && (before === TAG_BASE || TAG.test(before));
}

type Verdict = 'keep' | 'drop' | 'newline';

/** What free text does with each character (names refuse everything that is not kept). */
function judge(chars: readonly string[], index: number, forName: boolean): Verdict {
  const char = chars[index]!;
  if (char === '\n' || char === '\t') return forName ? 'drop' : 'keep';
  if (CONTROL.test(char) || BIDI_CONTROLS.test(char) || INVISIBLE.test(char)) return 'drop';
  if (BIDI_MARKS.test(char)) return forName ? 'drop' : 'keep';
  if (LINE_SEPARATORS.test(char)) return forName ? 'drop' : 'newline';
  if (char === ZWJ || char === ZWNJ)
    return isJoinerInPlace(char, chars[index - 1], chars[index + 1]) ? 'keep' : 'drop';
  if (TAG.test(char)) return isTagInPlace(chars[index - 1]) ? 'keep' : 'drop';
  return 'keep';
}

/** Code point notation of a character, e.g. `U+202E`. */
export function codePointOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character that may not appear in a name (as `U+XXXX`), or null when the name is clean. */
export function findUnsafeNameCharacter(text: string): string | null {
  const chars = Array.from(text);
  for (let index = 0; index < chars.length; index += 1) {
    if (judge(chars, index, true) !== 'keep') return codePointOf(chars[index]!);
  }
  return null;
}

export function isSafeName(text: string): boolean {
  return findUnsafeNameCharacter(text) === null;
}

/** A name with every character a name may not hold removed (for names that arrive in files, e.g. OPML). */
export function stripUnsafeNameCharacters(text: string): string {
  const chars = Array.from(text);
  return chars.filter((_, index) => judge(chars, index, true) === 'keep').join('');
}

/**
 * Free text as it is stored: line breaks normalised to `\n`, control, bidi-override and invisible
 * characters removed (see the rules above). It does not trim: callers decide.
 */
export function cleanFreeText(text: string): string {
  const chars = Array.from(text.replace(/\r\n?/g, '\n'));
  let cleaned = '';
  for (let index = 0; index < chars.length; index += 1) {
    const verdict = judge(chars, index, false);
    if (verdict === 'keep') cleaned += chars[index];
    else if (verdict === 'newline') cleaned += '\n';
  }
  return cleaned;
}
