/** Bits in the table: a few hundred words leave it nearly empty, so few other words share a bit. */
const BITS = 1 << 16;

/** A bit for the word from its length and its first two and last two characters (a missing one reads as 0). */
function bit(w: string): number {
  const n = w.length;
  let h = n;
  h = Math.imul(h, 31) + (w.charCodeAt(0) | 0);
  h = Math.imul(h, 31) + (w.charCodeAt(1) | 0);
  h = Math.imul(h, 31) + (w.charCodeAt(n - 2) | 0);
  h = Math.imul(h, 31) + (w.charCodeAt(n - 1) | 0);
  return (h ^ (h >>> 16)) & (BITS - 1);
}

/**
 * A quick and exact "not one of these words" test, by length and the first and last two characters, in a small
 * bit table: a token ruled out here costs four character reads instead of a map look-up, which must hash the
 * token's string (new for each document, so its hash is not yet known).
 *
 * @example
 * const f = new WordFilter(['hold', 'meet']);
 * f.mayHave('visit') // false: certainly not in the set
 * f.mayHave('meet') // true (the map decides)
 */
export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const b = bit(w);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** False when `w` is certainly not one of the words; true when it may be. */
  mayHave(w: string): boolean {
    const b = bit(w);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
