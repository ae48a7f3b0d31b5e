import type { TokenTable } from '../../doc/tokens.js';

/**
 * Non-political uses of political verbs: sport results, markets,
 * entertainment. "Korea beat Japan 2-1", "Tokyo stocks fell", "the film
 * attacked the box office". A sentence with one of these markers codes nothing.
 */
const MARKERS = new Set([
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
const NAME_MARKERS = new Set(['fifa', 'uefa', 'nba', 'nfl', 'mlb', 'nasdaq', 'nikkei', 'kospi', 'dow', 'grammy', 'oscar', 'oscars', 'olympic']);

/** Words that keep a sentence political even with a marker: "stock of weapons", "final status talks". */
const POLITICAL = new Set(['troops', 'military', 'government', 'talks', 'minister', 'president', 'sanctions', 'weapons', 'rebels', 'police', 'army', 'status', 'protesters', 'demonstrators', 'opposition', 'mediation', 'ceasefire']);

/** A sport score: "2-1", "3–0", "1:0". */
const SCORE = /^\d{1,3}[-–:]\d{1,3}$/;

/**
 * Why the sentence is not political news, or null.
 *
 * @example discardReason(tokens, s0, s1) // "sport score 2-1" for "Korea beat Japan 2-1"
 */
export function discardReason(t: TokenTable, s0: number, s1: number): string | null {
  let marker: string | null = null;
  let political = false;
  for (let i = s0; i < s1; i++) {
    const n = t.norm[i]!;
    // A score starts with a digit, the split one too: only then are the patterns tried (they were, for every word).
    const c = n.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // (The tokenizer may split a score at an en dash: "2", "–", "1" written together.)
      const split = i + 2 < s1 && (t.norm[i + 1] === '–' || t.norm[i + 1] === '-') && t.end[i] === t.start[i + 1] && t.end[i + 1] === t.start[i + 2] ? `${n}-${t.norm[i + 2]}` : '';
      if ((SCORE.test(n) || SCORE.test(split)) && !(i > s0 && /^(vote|votes|voted)$/.test(t.norm[i - 1]!))) return `sport score "${split ? `${t.text[i]}${t.text[i + 1]}${t.text[i + 2]}` : t.text[i]}"`;
    }
    // "match", "rally", "stock" as verbs or in other senses are ordinary words: only nouns mark a sport or market.
    // "the Arab League", "the Awami League": a capitalised common marker inside a name marks nothing.
    if (MARKERS.has(n) && t.pos[i] !== 'VERB' && !(i > s0 && /^[A-Z][a-z]/.test(t.text[i]!) && !NAME_MARKERS.has(n))) marker ??= n;
    if (POLITICAL.has(n)) political = true;
  }
  if (marker && !political) return `sport/market/entertainment word "${marker}"`;
  return null;
}
