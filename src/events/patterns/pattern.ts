/**
 * A verb pattern, whichever dictionary it came from (dyad's own `dict/verbs/`
 * or a PETRARCH verb file): a sequence of elements anchored on its first word,
 * with slots where the source and target stand.
 */
export type PosClass = 'n' | 'v' | null;

export type PatternElement =
  | {
      kind: 'word';
      alts: string[];
      pos: PosClass;
      optional: boolean;
      group: number;
      /** Multi-word alternatives (PETRARCH synset members "AUSTRIAN GOLD FLORIN"): the words after each alt's first. */
      tails?: Map<string, string[][]>;
      /** Must follow the previous element directly (PETRARCH's `_`: "NEW_RELATIONS"). */
      tight?: boolean;
    }
  | { kind: 'slot'; slot: 'source' | 'target'; optional: boolean; group: number };

export interface VerbPattern {
  /** CAMEO code the pattern assigns, e.g. "042". */
  code: string;
  /** PETRARCH paired code (`[042:043]`): the target's event toward the source, or null. */
  pairCode?: string | null;
  elements: PatternElement[];
  /** Words before the anchor, in text order (PETRARCH `SAID * TO`), matched leftwards. */
  before?: PatternElement[];
  /** The last word before the anchor must touch it (PETRARCH `FAILED_TO_*`). */
  beforeTight?: boolean;
  /** Coded in both directions ("talks", "meet"). */
  symmetric: boolean;
  /**
   * The verb's sense needs no direct object: with nothing of its optional groups matched, a direct object
   * right after it means another sense ("demonstrated against X" protests, "demonstrated its might" shows).
   */
  intransitive?: boolean;
  /**
   * PLOVER type (and mode) where the PLOVER manual files the act apart from the rest of its CAMEO code:
   * an indictment is CAMEO 173 ("arrest, detain, or charge") but PLOVER ACCUSE 'allege', not COERCE 'arrest'.
   */
  plover?: { type: string; mode: string | null } | null;
  /** The pattern as written in its file, for `explain`. */
  text: string;
  /** Where it was written: "dict/verbs/04-consult.txt:12". */
  where: string;
  /** Example words from the file's comment, when given. */
  example: string | null;
  /** Number of literal words: longer patterns win over shorter ones at the same anchor. */
  weight: number;
}

/** Count literal word elements (the specificity of a pattern). */
export function patternWeight(elements: PatternElement[]): number {
  let w = 0;
  for (const e of elements) {
    if (e.kind !== 'word') continue;
    w += e.optional ? 0.5 : 1;
    // The longest multi-word alternative can add its extra words.
    if (e.tails) {
      let most = 0;
      for (const list of e.tails.values()) for (const tail of list) most = Math.max(most, tail.length);
      w += most;
    }
  }
  return w;
}
