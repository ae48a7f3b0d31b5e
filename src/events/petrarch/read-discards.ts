import { foldNorm } from '../../nlp/tokenize.js';

/**
 * Read a PETRARCH discards file: one phrase per line (`+` marks a
 * story-level discard; dyad discards the sentence either way), `#` comments.
 *
 * @example readDiscards('+World Golf Championships # x') // [['world', 'golf', 'championships']]
 */
export function readDiscards(text: string): string[][] {
  const out: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/^\+/, '').trim();
    if (!line) continue;
    out.push(foldNorm(line).split(/[\s_]+/).filter(Boolean));
  }
  return out;
}
