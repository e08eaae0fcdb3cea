import { rectifyConfusion } from 'unicode-confusables';

/**
 * The look-alike key of a handle: two handles with the same key would pass for one another on a page.
 * It is UTS #39's skeleton (NFD, every code point mapped to its prototype in Unicode's confusables.txt,
 * NFD again) of the handle folded for case and punctuation, so that `Admin_`, `ADMIN`, Cyrillic `аdmin`
 * and `admin` share one key, and so do `rnaria` and `maria` (confusables.txt maps `m` to `rn`), `j0hn`
 * and `john`, `pau1` and `paul`.
 *
 * Case is folded before the mapping (handles are case-insensitively unique already); the mapping runs
 * until nothing changes, and its output is folded again, since some prototypes are capitals (`0` → `O`).
 * Folding case first has a price: a capital `I` no longer meets `l`, and capitals of other scripts
 * (Greek `Μ`) lose their Latin look. Handles are ASCII letters, digits and `_` (checkHandle), so the
 * latter cannot occur; mapping `i` and `l` together would make `maria` and `marla` one name.
 *
 * The key is for comparing only (it is stored in User.handleSkeleton under a unique index); never show it.
 */
export function handleSkeleton(handle: string): string {
  let key = foldCaseAndPunctuation(handle.normalize('NFKC'));
  for (let round = 0; round < 4; round += 1) {
    const next = foldCaseAndPunctuation(uts39Skeleton(key));
    if (next === key) break;
    key = next;
  }
  return key;
}

/** UTS #39 section 4: skeleton(X) = NFD(prototypes(NFD(X))). */
export function uts39Skeleton(text: string): string {
  return rectifyConfusion(text.normalize('NFD')).normalize('NFD');
}

/**
 * Lower case, without punctuation, symbols, separators and invisible format characters: `_`, `.`, `-`,
 * spaces, zero-width joiners and bidi controls do not make a name look different.
 */
function foldCaseAndPunctuation(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]/gu, '');
}
