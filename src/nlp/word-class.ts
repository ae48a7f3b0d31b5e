import type { TokenTable } from '../doc/tokens.js';

/** Word ids from here on (a huge ingest's new words) are classified each time instead of remembered. */
const MAX_WORDS = 4_000_000;

/**
 * A small class (0–254) of a token's word, worked out from its text alone (`text`, and `norm`, which follows from it)
 * and remembered per word id (`TokenTable.word`) across documents. A loop over every token that asks which of a few
 * words each one is then reads one byte per token from a table of a byte per word, instead of reading each token's
 * string (its own heap object, seldom in the cache) and comparing it with each word.
 *
 * @example
 * const kind = new WordClasses((norm) => (norm === ',' ? 1 : 0));
 * kind.of(doc.tokens, i) // 1 for a comma
 */
export class WordClasses {
  /** Per word id: its class + 1, or 0 when not yet worked out. */
  private codes = new Uint8Array(1 << 12);

  constructor(private readonly classify: (norm: string, text: string) => number) {}

  /** The class of token `i`'s word. */
  of(t: TokenTable, i: number): number {
    const word = t.word[i]!;
    if (word < 0 || word >= MAX_WORDS) return this.classify(t.norm[i]!, t.text[i]!);
    if (word >= this.codes.length) {
      const grown = new Uint8Array(Math.min(MAX_WORDS, Math.max(word + 1, 2 * this.codes.length)));
      grown.set(this.codes);
      this.codes = grown;
    }
    const code = this.codes[word]!;
    if (code !== 0) return code - 1;
    const c = this.classify(t.norm[i]!, t.text[i]!);
    this.codes[word] = c + 1;
    return c;
  }
}
