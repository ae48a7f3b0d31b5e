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
  };
}
