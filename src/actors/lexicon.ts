/**
 * The words the recogniser knows, each with a small integer id and a set of
 * flag bits: every word of a dictionary phrase and of the word lists the
 * rules test token by token. A document's tokens are looked up once each
 * (`wordId`); the trie then walks on ids and the rules test bits, instead of
 * hashing the same token string again in a Map or Set at every step.
 *
 * The table is flat typed arrays with the words' hashes beside their ids:
 * right after tokenisation the caches are cold, and a probe that touches one
 * cache line is what makes the difference (a V8 Map probe touches several).
 */
/** A lexicon's tables as plain data. */
export interface LexiconParts {
  words: string[];
  flags: Int32Array<ArrayBuffer>;
  slots: Int32Array<ArrayBuffer>;
  mask: number;
  seen: Int32Array<ArrayBuffer>;
}

export class Lexicon {
  /** The word of each id. */
  readonly words: string[] = [];
  /** Flag bits of each id (the caller's meaning). */
  flags = new Int32Array(64);
  /** Open addressing: [hash, id] pairs, id -1 for an empty slot. */
  private slots = new Int32Array(64).fill(-1);
  private mask = 31;
  /**
   * One bit per value of a hash's top 16 bits, set for the words present:
   * most tokens are no word of the lexicon, and 8 KB of bits stay in cache
   * where the table does not.
   */
  private readonly seen = new Int32Array(2048);

  get size(): number {
    return this.words.length;
  }

  /** The tables as plain data (for a cache file); `Lexicon.fromParts` makes the same lexicon again. */
  parts(): LexiconParts {
    return { words: this.words, flags: this.flags, slots: this.slots, mask: this.mask, seen: this.seen };
  }

  /** A lexicon over the tables of another's `parts()` (shared, not copied). */
  static fromParts(p: LexiconParts): Lexicon {
    const lex = new Lexicon();
    for (const w of p.words) lex.words.push(w);
    lex.flags = p.flags;
    lex.slots = p.slots;
    lex.mask = p.mask;
    lex.seen.set(p.seen);
    return lex;
  }

  /** The id of a word, added when new. `lex.add('korea') // 17` */
  add(word: string, flags = 0): number {
    let id = this.id(word);
    if (id < 0) {
      id = this.words.length;
      this.words.push(word);
      if (id === this.flags.length) {
        const f = new Int32Array(id * 2);
        f.set(this.flags);
        this.flags = f;
      }
      // a load of at most a half keeps probes short and the table small
      const h = wordHash(word);
      this.seen[h >>> 21]! |= 1 << ((h >>> 16) & 31);
      if (this.words.length * 2 > this.mask + 1) this.rehash();
      else this.place(h, id);
    }
    this.flags[id]! |= flags;
    return id;
  }

  /** The id of a word, or -1. `lex.id('korea') // 17` */
  id(word: string): number {
    return this.idHashed(word, wordHash(word));
  }

  /** `id` with the word's `wordHash` already known. */
  idHashed(word: string, h: number): number {
    if (((this.seen[h >>> 21]! >>> ((h >>> 16) & 31)) & 1) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = slots[2 * s + 1]!;
      if (id < 0) return -1;
      if (slots[2 * s] === h && this.words[id] === word) return id;
    }
  }

  /** Whether the word is known with any of the bits. */
  has(word: string, bits: number): boolean {
    const id = this.id(word);
    return id >= 0 && (this.flags[id]! & bits) !== 0;
  }

  private place(h: number, id: number): void {
    const mask = this.mask;
    let s = h & mask;
    while (this.slots[2 * s + 1]! >= 0) s = (s + 1) & mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id;
  }

  private rehash(): void {
    const n = (this.mask + 1) * 2;
    this.slots = new Int32Array(2 * n).fill(-1);
    this.mask = n - 1;
    for (let id = 0; id < this.words.length; id++) this.place(wordHash(this.words[id]!), id);
  }
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a word. `wordHash('korea')` */
export function wordHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
