// Character classes by code unit or code point, for scans that run over every
// line or word of an article: a loop over char codes instead of a regex that
// builds an array of matches (`s.split(/\s+/).length`, `s.match(/\p{L}+/gu)`).
// Each function says which regex class it stands for; tests check them
// against that regex.

/** JavaScript's `\s` (what `\S` in a regex excludes), by character code. */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `\p{L}` for a code point (ASCII without a regex). */
export function isLetterCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return LETTER.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{N}]` for a code point (ASCII without a regex). */
export function isLetterOrDigitCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * `s.split(/\s+/).length` without the array: the runs of white space, plus one.
 *
 * @example
 * splitCount(' two  words') // 3 (an empty first piece, "two", "words")
 */
export function splitCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (isJsSpace(s.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else inSpace = false;
  }
  return n;
}

/**
 * How many matches `/[\p{L}\p{N}]+/gu` finds in `s`, counting no further than `limit`.
 *
 * @example
 * countWordRuns('Two envoys, 3 days.', 10) // 4
 */
export function countWordRuns(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff) {
      cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
    }
    if (isLetterOrDigitCp(cp)) {
      if (!inWord && ++n >= limit) return n;
      inWord = true;
    } else inWord = false;
  }
  return n;
}
