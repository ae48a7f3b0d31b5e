import type { TokenTable } from '../../doc/tokens.js';
import { WordClasses } from '../../nlp/word-class.js';

/**
 * Non-political uses of political verbs: sport results, markets,
 * entertainment. "Korea beat Japan 2-1", "Tokyo stocks fell", "the film
 * attacked the box office". A sentence with one of these markers codes nothing.
 */
export const MARKERS = new Set([
  'match', 'matches', 'league', 'tournament', 'championship', 'championships', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'finals', 'goalkeeper', 'striker', 'midfielder', 'innings', 'wicket', 'wickets', 'scored',
  'stocks', 'shares', 'nasdaq', 'nikkei', 'kospi', 'dow', 'bourse', 'stock', 'futures', 'index', 'benchmark',
  'box-office', 'album', 'movie', 'film', 'concert', 'grammy', 'oscar', 'oscars', 'playoff', 'playoffs', 'coach',
  'fifa', 'uefa', 'nba', 'nfl', 'mlb', 'olympic', 'medal', 'medals', 'seeded',
  // Athletes ("players" is left out: "regional players" are parties; names of games too: "ping-pong diplomacy").
  'athlete', 'athletes', 'skater', 'skaters', 'gymnast', 'gymnasts', 'footballer', 'footballers', 'swimmers',
  'cyclists', 'sprinter', 'sprinters', 'boxers', 'wrestlers',
]);

/** Markers that are names themselves ("FIFA", "the Nikkei"): capitalised, they still mark. */
export const NAME_MARKERS = new Set(['fifa', 'uefa', 'nba', 'nfl', 'mlb', 'nasdaq', 'nikkei', 'kospi', 'dow', 'grammy', 'oscar', 'oscars', 'olympic']);

/** Words that keep a sentence political even with a marker: "stock of weapons", "final status talks". */
export const POLITICAL = new Set(['troops', 'military', 'government', 'talks', 'minister', 'president', 'sanctions', 'weapons', 'rebels', 'police', 'army', 'status', 'protesters', 'demonstrators', 'opposition', 'mediation', 'ceasefire']);

/** A sport score: "2-1", "3–0", "1:0". */
export const SCORE = /^\d{1,3}[-–:]\d{1,3}$/;

/** What `discardReason` asks of a word, as bits (`wordFlags`). */
const DIGIT = 1;
const MARKER = 2;
const NAME_MARKER = 4;
/** A marker written "Xy…": a capital, then a small letter. */
const CAPITALISED = 8;
const POLITICAL_WORD = 16;

/** The bits of a word: all follow from its text (and `norm`, which follows from the text). */
function wordFlags(norm: string, text: string): number {
  const c = norm.charCodeAt(0);
  return (
    (c >= 48 && c <= 57 ? DIGIT : 0) |
    (MARKERS.has(norm) ? MARKER | (/^[A-Z][a-z]/.test(text) ? CAPITALISED : 0) : 0) |
    (NAME_MARKERS.has(norm) ? NAME_MARKER : 0) |
    (POLITICAL.has(norm) ? POLITICAL_WORD : 0)
  );
}

/** `wordFlags` per word id, remembered across documents. */
const FLAGS = new WordClasses(wordFlags);

/**
 * Why the sentence is not political news, or null.
 *
 * @example discardReason(tokens, s0, s1) // "sport score 2-1" for "Korea beat Japan 2-1"
 */
export function discardReason(t: TokenTable, s0: number, s1: number): string | null {
  let marker: string | null = null;
  let political = false;
  for (let i = s0; i < s1; i++) {
    // Most words are none of these: then the token's strings are not read.
    const flags = FLAGS.of(t, i);
    if (flags === 0) continue;
    const n = t.norm[i]!;
    // A score starts with a digit, the split one too: only then are the patterns tried (they were, for every word).
    if (flags & DIGIT) {
      // (The tokenizer may split a score at an en dash: "2", "–", "1" written together.)
      const split = i + 2 < s1 && (t.norm[i + 1] === '–' || t.norm[i + 1] === '-') && t.end[i] === t.start[i + 1] && t.end[i + 1] === t.start[i + 2] ? `${n}-${t.norm[i + 2]}` : '';
      if ((SCORE.test(n) || SCORE.test(split)) && !(i > s0 && /^(vote|votes|voted)$/.test(t.norm[i - 1]!))) return `sport score "${split ? `${t.text[i]}${t.text[i + 1]}${t.text[i + 2]}` : t.text[i]}"`;
    }
    // "match", "rally", "stock" as verbs or in other senses are ordinary words: only nouns mark a sport or market.
    // "the Arab League", "the Awami League": a capitalised common marker inside a name marks nothing.
    if (flags & MARKER && t.pos[i] !== 'VERB' && !(i > s0 && flags & CAPITALISED && !(flags & NAME_MARKER))) marker ??= n;
    if (flags & POLITICAL_WORD) political = true;
  }
  if (marker && !political) return `sport/market/entertainment word "${marker}"`;
  return null;
}
