import type { Doc } from '../doc/doc.js';
import { WordClasses } from '../nlp/word-class.js';

/**
 * Words that open a relative clause about a noun: "Choi, who was appointed last month",
 * "the accord, which was signed in 2018". Temporal clauses ("last year, when the summit
 * ended") are not listed: their date is the date of what they attach to, and the other way round.
 */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where']);
const CLOSERS = new Set([',', ';', '--', '(', ')', ':', '—', '–']);

/** What the clause split asks of a word, as bits (see `roleOf`). */
const CLOSER = 1;
const SEMICOLON = 2;
const COMMA = 4;
const OPENS_RELATIVE = 8;
const THAT = 16;

/** The bits of a word, from its normal form. */
function roleOf(norm: string): number {
  if (CLOSERS.has(norm)) return CLOSER | (norm === ';' ? SEMICOLON : 0) | (norm === ',' ? COMMA : 0);
  return RELATIVE.has(norm) ? OPENS_RELATIVE : norm === 'that' ? THAT : 0;
}

/** `roleOf` remembered by word id: the split reads a byte per token instead of two set look-ups. */
const roles = new WordClasses(roleOf);

export type ClauseKind = 'main' | 'relative' | 'content';

/** Clauses of one sentence: the clause of each token, and each clause's kind and parent. */
export interface SentenceClauses {
  /** Clause number per token (index 0 = first token of the sentence); 0 is the main clause. */
  ids: Int32Array;
  kind: ClauseKind[];
  parent: number[];
}

/**
 * Split a sentence into its main clause, relative clauses and content clauses.
 * - relative: "who/which/where/…" after a comma or a noun, or "that" after a noun; it closes
 *   at the next comma, dash or semicolon ("talks with Choi, who was appointed last month, …")
 * - content: "that" after a verb, up to the end of the sentence ("issued a report on April 14
 *   stating that drone strikes killed 957 people in 2010")
 * A date inside a relative or content clause speaks of that clause only.
 *
 * @example
 * // "Biegun held talks with Choi, who was appointed last month."
 * //  0      0    0     0    0    0  1   1   1         1    1    0
 *
 * `ids`, when given, receives the clause numbers (a view of the sentence's tokens in a
 * per-document array saves a typed array per sentence).
 */
export function sentenceClauses(doc: Doc, sentence: number, ids?: Int32Array): SentenceClauses {
  const s = doc.sentences[sentence]!;
  const t = doc.tokens;
  const n = s.tokenEnd - s.tokenStart;
  ids ??= new Int32Array(n);
  const kind: ClauseKind[] = ['main'];
  const parent: number[] = [0];
  let current = 0;
  let prevRole = 0;
  for (let k = 0; k < n; k++) {
    const i = s.tokenStart + k;
    const role = roles.of(t, i);
    if (role & CLOSER) {
      // a comma ends a relative clause, not a content clause ("said that X, Y and Z")
      while (kind[current] === 'relative') current = parent[current]!;
      if (role & SEMICOLON) current = 0;
      ids[k] = current;
      prevRole = role;
      continue;
    }
    let opens: ClauseKind | null = null;
    if (role & (OPENS_RELATIVE | THAT)) {
      const prevPos = k > 0 ? t.pos[i - 1]! : '';
      // "…, who was appointed", "the talks which …" (not "where" after a verb: "asked where")
      if (role & OPENS_RELATIVE) {
        if (prevRole & COMMA || prevPos === 'NOUN' || prevPos === 'PROPN') opens = 'relative';
      }
      // "the accord that was signed in 2018"
      else if ((prevPos === 'NOUN' || prevPos === 'PROPN') && t.pos[i + 1] !== 'NOUN') opens = 'relative';
      // "stating that strikes killed …", "charged that they held seminars …"
      else if (prevPos === 'VERB' || prevPos === 'ADV' || prevPos === 'ADP') opens = 'content';
    }
    if (opens) {
      kind.push(opens);
      parent.push(current);
      current = kind.length - 1;
    }
    ids[k] = current;
    prevRole = role;
  }
  return { ids, kind, parent };
}

/** Clause number of each token of a sentence (see `sentenceClauses`). */
export function clauseIds(doc: Doc, sentence: number): Int32Array {
  return sentenceClauses(doc, sentence).ids;
}
