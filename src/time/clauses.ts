import type { Doc } from '../doc/doc.js';

/**
 * Words that open a relative clause about a noun: "Choi, who was appointed last month",
 * "the accord, which was signed in 2018". Temporal clauses ("last year, when the summit
 * ended") are not listed: their date is the date of what they attach to, and the other way round.
 */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where']);
const CLOSERS = new Set([',', ';', '--', '(', ')', ':', '—', '–']);

/**
 * Clause number of each token of a sentence (index 0 = first token of the sentence):
 * 0 for the main clause, k ≥ 1 for the k-th relative clause. A clause opens at
 * "who/which/where/…" after a comma or a noun and closes at the next comma, dash
 * or semicolon, so a date inside speaks of that clause only.
 *
 * @example
 * // "Biegun held talks with Choi, who was appointed last month."
 * //  0      0    0     0    0    0  1   1   1         1    1    0
 */
export function clauseIds(doc: Doc, sentence: number): Int32Array {
  const s = doc.sentences[sentence]!;
  const t = doc.tokens;
  const n = s.tokenEnd - s.tokenStart;
  const ids = new Int32Array(n);
  let current = 0;
  let next = 1;
  for (let k = 0; k < n; k++) {
    const i = s.tokenStart + k;
    const w = t.norm[i]!;
    if (CLOSERS.has(w)) {
      current = 0;
      continue;
    }
    const prev = k > 0 ? t.norm[i - 1]! : '';
    const prevPos = k > 0 ? t.pos[i - 1]! : '';
    // "…, who was appointed", "the talks which …" (not "where" after a verb: "asked where")
    if (RELATIVE.has(w) && (prev === ',' || prevPos === 'NOUN' || prevPos === 'PROPN')) current = next++;
    ids[k] = current;
  }
  return ids;
}
