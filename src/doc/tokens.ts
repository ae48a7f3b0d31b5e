/**
 * Tokens are stored column-wise (one array per attribute), as wink-nlp does:
 * the coder walks them by index and never allocates an object per token.
 */
export interface TokenTable {
  count: number;
  /** Character offsets into `Doc.text`. */
  start: Int32Array;
  end: Int32Array;
  /** Surface form as written. */
  text: string[];
  /** Lower-cased surface form with typographic quotes/dashes folded. */
  norm: string[];
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, DET, PUNCT, …). */
  pos: string[];
  /** Lower-case lemma. */
  lemma: string[];
  /** Index of the sentence each token belongs to. */
  sentence: Int32Array;
  /**
   * The token's word id in this process (wink-nlp's lexeme index): two tokens have the same
   * id exactly when they have the same `text`, so anything computed from `text` or `norm`
   * can be remembered by id across documents. -1 where no id is known (tables built by hand).
   * Ids are not stable from one process to the next: never store them.
   */
  word: Int32Array;
}

export function emptyTokens(): TokenTable {
  return {
    count: 0,
    start: new Int32Array(0),
    end: new Int32Array(0),
    text: [],
    norm: [],
    pos: [],
    lemma: [],
    sentence: new Int32Array(0),
    word: new Int32Array(0),
  };
}
