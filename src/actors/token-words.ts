import type { TokenTable } from '../doc/tokens.js';
import { allUpper, startsUpper, tokenKey } from './keys.js';
import type { Lexicon } from './lexicon.js';

// Case bits of a token's text (`TokenWords.read`).
/** `startsUpper(text)`: "Seoul", "U.S.". */
export const UPPER = 1;
/** `allUpper(text)`: "US", "NK". */
export const ALL_UPPER = 2;
/** A capital inside a lower-case word, "iSrael": a name typed askew. */
export const ASKEW = 4;

const ASKEW_RE = /^[a-z]+[A-Z][A-Za-z]*$/;

/** The case bits of a token's text. */
export function caseBits(text: string): number {
  if (!text) return 0;
  return (startsUpper(text) ? UPPER : 0) | (allUpper(text) ? ALL_UPPER : 0) | (ASKEW_RE.test(text) ? ASKEW : 0);
}

/** Word ids at or past this are worked out each time, so the memo stays bounded. */
const MAX_WORDS = 4_000_000;
/** A word id not worked out yet. */
const UNSEEN = -1;

/**
 * What the recogniser reads of each token's text — its key (`tokenKey` of
 * its norm), the lexicon id of that key, its case bits — remembered by the
 * token's word id (`TokenTable.word`) across documents. A text repeats its
 * words, so each distinct word is keyed, hashed and probed once instead of
 * once per token; a token then costs a few array loads. The answers depend on
 * the text alone (equal word ids are equal texts), and on the lexicon, so a
 * lexicon that gained words since starts the memo afresh.
 */
export class TokenWords {
  /**
   * By word id w: the key at 2w, and at 2w + 1 (lexicon id + 1) << 3 | case bits, or UNSEEN.
   * Side by side, a token's look-up touches one cache line, not one in each of two tables.
   */
  private memo: (string | number)[] = [];
  private lexSize: number;

  constructor(private readonly lex: Lexicon) {
    this.lexSize = lex.size;
  }

  /**
   * Each token's key, lexicon id (-1 for a word it does not know) and case
   * bits into `keys`, `ids` and `caps`, as `tokenKey`, `lex.id` and `caseBits`
   * give them.
   */
  read(t: TokenTable, keys: string[], ids: Int32Array, caps: Uint8Array): void {
    if (this.lex.size !== this.lexSize) {
      this.memo = [];
      this.lexSize = this.lex.size;
    }
    const word = t.word;
    const memo = this.memo;
    for (let i = 0; i < t.count; i++) {
      const w = word[i]!;
      const p = w >= 0 && 2 * w < memo.length ? (memo[2 * w + 1] as number) : UNSEEN;
      if (p !== UNSEEN) {
        keys[i] = memo[2 * w] as string;
        ids[i] = (p >> 3) - 1;
        caps[i] = p & 7;
        continue;
      }
      const k = tokenKey(t.norm[i]!);
      const id = this.lex.id(k);
      const c = caseBits(t.text[i]!);
      keys[i] = k;
      ids[i] = id;
      caps[i] = c;
      if (w >= 0 && w < MAX_WORDS) {
        while (memo.length <= 2 * w) memo.push('', UNSEEN);
        memo[2 * w] = k;
        memo[2 * w + 1] = ((id + 1) << 3) | c;
      }
    }
  }
}
