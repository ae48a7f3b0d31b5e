/**
 * Does a line look like a headline: a short run of words with letters, not
 * ending like a sentence (headlines drop the full stop), not a list of links?
 *
 * @example
 * looksLikeHeadline('Top envoys stress need to resume dialogue') // true
 * looksLikeHeadline('The envoys spoke on Wednesday.')             // false
 * looksLikeHeadline('Home')                                        // false
 */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (s.length < 12 || s.length > 250) return false;
  const words = s.split(/\s+/);
  if (words.length < 3 || words.length > 30) return false;
  if (!/\p{L}/u.test(s)) return false;
  // A sentence ends in a full stop; a headline ends in a word, "?", "!" or a quote.
  if (/[.:;,]$/.test(s) && !/\b(?:[A-Z]\.|U\.S\.|etc\.)$/.test(s)) return false;
  if (/^[\p{Ll}]/u.test(s)) return false;
  // Several separators in a row is a menu: "Home | News | World"
  if ((s.match(/\s[|•·»]\s/g)?.length ?? 0) >= 2) return false;
  return true;
}
