import { foldNorm } from '../nlp/tokenize.js';

const MARKS = /\p{M}/gu;

/**
 * The key a token is matched on: its folded lower-case form without
 * abbreviation dots or diacritics, so "U.S." and "US", "Côte" and "Cote" meet.
 *
 * @example
 * tokenKey('u.s.') // 'us'
 */
export function tokenKey(norm: string): string {
  // one scan decides whether anything needs doing: most tokens come back as they are
  let dots = false;
  let hyphen = false;
  let wide = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 46) dots = true;
    else if (c === 45) hyphen = true;
    else if (c > 127) wide = true;
  }
  if (norm.length < 2 || (!dots && !hyphen && !wide)) return norm;
  let k = norm;
  if (dots) {
    const stripped = k.replace(/\./g, '');
    if (stripped) k = stripped;
  }
  // "Non-Aligned" left whole by the tokenizer meets the dictionary's joined variant "nonaligned"
  if (hyphen) {
    const joined = k.replace(/-/g, '');
    if (joined) k = joined;
  }
  if (wide) k = k.normalize('NFD').replace(MARKS, '');
  return k;
}

/**
 * Split a dictionary phrase into token keys the way the tokenizer splits
 * text: hyphens are transparent (wink splits "Jong-un" into Jong|-|un, and
 * "Jong Un" is the same name), a possessive "'s" is its own token.
 *
 * @example
 * phraseKeys("Kim Jong-un") // ['kim', 'jong', 'un']
 */
export function phraseKeys(phrase: string, joinHyphens = false): string[] {
  const out: string[] = [];
  for (const raw of foldNorm(phrase).trim().split(/\s+/)) {
    if (!raw) continue;
    let w = raw;
    let poss = '';
    if (w.length > 2 && w.endsWith("'s")) {
      w = w.slice(0, -2);
      poss = "'s";
    } else if (w.length > 1 && w.endsWith("'")) {
      // "Workers' Party": wink splits the plural possessive apostrophe off
      w = w.slice(0, -1);
      poss = "'";
    }
    for (const part of joinHyphens ? [w.replace(/-/g, '')] : w.split('-')) {
      if (!part) continue;
      const k = tokenKey(part);
      if (k) out.push(k);
    }
    if (poss) out.push(poss);
  }
  return out;
}

/** True when the token begins with an upper-case letter ("Seoul", "U.S."), false for "seoul" or "'s". */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every letter of the token is upper-case ("US", "U.S.", "NK"); false for "Us". */
export function allUpper(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      letters++;
      continue;
    }
    if (c > 127) {
      const ch = s[i]!;
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch !== ch.toUpperCase()) return false;
      }
    }
  }
  return letters > 0;
}

/**
 * Participles that make a party name before a hyphen into a modifier of the next noun:
 * "government-held part", "Israeli-occupied sector", "Al-Qaeda-linked rebels",
 * "Iranian-backed militia". The name is neither a party of the clause nor the
 * country of the noun it modifies. ("Saudi-led coalition" is not here: the leader acts.)
 */
const ATTRIBUTIVE_PARTICIPLES = new Set([
  'held', 'controlled', 'occupied', 'ruled', 'run', 'linked', 'based', 'allied', 'affiliated', 'aligned', 'owned',
  'backed', 'funded', 'sponsored', 'supported', 'armed', 'trained', 'inspired', 'dominated', 'administered', 'influenced',
]);

/**
 * Does the name ending before token `end` modify the next noun through a hyphenated participle?
 *
 * @example attributiveBefore(['government', '-', 'held', 'part'], 1) // true
 */
export function attributiveBefore(norms: ArrayLike<string>, end: number): boolean {
  return end + 1 < norms.length && norms[end] === '-' && ATTRIBUTIVE_PARTICIPLES.has(norms[end + 1]!);
}
