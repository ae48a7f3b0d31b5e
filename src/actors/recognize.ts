import type { Doc } from '../doc/doc.js';
import type { ActorCode, DatedRole, Mention, MentionKind, MentionRole } from '../doc/mention.js';
import { actorOnDate, composeCode, roleOnDate } from './dated.js';
import { surnameKey, type ActorDictionaries, type DictEntry } from './dictionary.js';
import { attributiveBefore, phraseKeys, startsUpper } from './keys.js';
import { Lexicon, type LexiconParts } from './lexicon.js';
import type { CompiledTrie } from './trie.js';
import { ALL_UPPER, ASKEW, TokenWords, UPPER } from './token-words.js';

/** What the recogniser needs to know beyond the text. */
export interface RecognizeOptions {
  /** Outlet's home country: "the Foreign Ministry" with no country is its. */
  homeCountry: string | null;
  /** Reference date for people's roles (`doc.meta.published`), or null. */
  date: string | null;
  /** Write a trace line per mention into `doc.trace`. */
  explain?: boolean;
}

// "the summit in Vietnam": a place after these is where something happens, not who acts.
const LOC_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'throughout', 'within', 'across', 'around', 'off']);
// "in northern Iraq", "in central Baghdad": words that may stand between the preposition and the place.
const PLACE_MODS = new Set([
  'the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern',
  'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest', 'downtown',
  'neighboring', 'neighbouring', 'rural', 'occupied', 'mainland', 'coastal', 'war-torn', 'all', 'of', 'parts',
]);
// "the south of France", "parts of Iraq", "the west coast of Korea": areas of a country
const AREA_NOUNS = new Set(['north', 'south', 'east', 'west', 'part', 'parts', 'area', 'areas', 'region', 'regions', 'coast', 'border', 'borders', 'capital', 'city', 'town', 'village', 'province', 'provinces', 'territory', 'interior', 'outskirts', 'center', 'centre', 'heart', 'rest', 'half', 'side', 'soil', 'island', 'islands', 'mainland', 'north-east', 'south-east', 'northeast', 'southeast', 'northwest', 'southwest']);
// "visited Seoul", "a trip to Beijing": the capital is the host country, not its government.
const VISIT_LEMMAS = new Set(['visit', 'tour']);
const TO_MOTION = new Set(['trip', 'travel', 'fly', 'flew', 'visit', 'return', 'head', 'arrive', 'go', 'come', 'journey', 'mission', 'delegation', 'way', 'back']);
// "First Vice Foreign Minister", "top nuclear envoys", "senior officials": words before an agent noun.
const MODIFIERS = new Set([
  'first', 'second', 'third', 'vice', 'deputy', 'senior', 'chief', 'acting', 'top', 'former', 'then', 'new', 'outgoing',
  'incoming', 'interim', 'late', 'ex', 'veteran', 'current', 'retired', 'powerful', 'hardline', 'moderate', 'several',
  'some', 'many', 'other', 'local', 'regional', 'provincial', 'federal', 'national', 'main', 'ruling', 'exiled', 'jailed',
  'armed', 'ethnic', 'radical', 'communist', 'nuclear', 'military', 'civilian', 'special', 'two', 'three', 'four',
  'five', 'dozens', 'hundreds', 'thousands', 'of', 'unidentified', 'unnamed', 'high-ranking', 'high', 'ranking',
  'ex-', 'de', 'facto', 'self-proclaimed', 'elected', 'president-elect', 'pro-government', 'anti-government',
  'riot', 'border', 'state', 'defence', 'defense', 'foreign', 'security', 'peace', 'trade', 'finance', 'puppet', 'policy',
  'conservative', 'reactionary', 'fraternal', 'friendly', 'military-led', 'transitional', 'caretaker', 'coalition',
]);
const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'retired', 'then']);
// "in 80 odd countries", "people of the world": words of a sentence that speaks of many countries at once.
const MANY_WORDS = new Set(['countries', 'nations', 'world', 'international', 'worldwide', 'globe']);
// "the regime", "the government": heads that refer back to a government named before.
const REGIME_HEADS = new Set(['regime', 'government', 'leadership', 'administration', 'authorities', 'junta']);
// "the communist regime": states ruled by a communist party (2000–2024).
const COMMUNIST = new Set(['PRK', 'CHN', 'CUB', 'VNM', 'LAO']);
// "the two sides", "both countries": plural references to the last pair.
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'leaders', 'governments', 'ministers', 'envoys', 'officials', 'presidents', 'parties', 'delegations', 'men', 'allies', 'neighbors', 'neighbours', 'states', 'capitals', 'diplomats', 'negotiators', 'teams', 'heads', 'peoples', 'koreas', 'armies', 'militaries']);
// "bin Laden", "al-Assad", "de Klerk": lower-case particles inside personal names.
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'abu', 'abd', 'de', 'da', 'do', 'dos', 'das', 'du', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'ul', 'ud']);
// "Mr. Biegun", "Comrade Kim Jong Un": honorifics that announce a name but give no office.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'comrade', 'prof', 'professor', 'sheikh', 'mme']);
// Capitalised words that start sentences or name days, never people.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'in', 'on', 'at',
  'for', 'but', 'and', 'or', 'if', 'as', 'by', 'to', 'of', 'from', 'with', 'after', 'before', 'during', 'while', 'when',
  'this', 'that', 'these', 'those', 'there', 'here', 'also', 'meanwhile', 'however', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'who', 'which', 'what', 'said', 'says', 'told', 'according', 'under', 'since', 'some', 'all', 'both',
  'no', 'not', 'new', 'last', 'next', 'one', 'two', 'three', 'united', 'states', 'state', 'party', 'republic', 'korea',
  'north', 'south', 'east', 'west', 'reporters', 'back', 'top', 'photo', 'news', 'agency',
  // words of organisations' names: "General Federation of Trade Unions" is no General named Federation
  'federation', 'union', 'unions', 'association', 'committee', 'council', 'department', 'ministry', 'institute',
  'university', 'society', 'group', 'front', 'movement', 'league', 'organization', 'organisation', 'bureau',
  'commission', 'corporation', 'company', 'bank', 'foundation', 'center', 'centre', 'academy', 'office', 'court',
  'army', 'navy', 'forces', 'kingdom', 'confederation', 'presidium', 'secretariat', 'headquarters', 'station',
  'factory', 'plant', 'mine', 'farm', 'works', 'complex', 'hall', 'palace', 'house', 'museum', 'school', 'college',
  'cemetery', 'hospital', 'library', 'stadium', 'theatre', 'theater', 'store', 'hotel', 'assembly', 'conference',
]);
// Capitalised function words at a sentence start: "The Foreign Ministry" is no organisation name.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'for', 'by', 'to', 'of', 'from', 'with', 'and', 'but', 'as', 'when', 'after', 'before', 'meanwhile', 'also', 'both', 'all', 'some', 'other', 'many', 'several', 'two', 'three']);

// Agents whose bearer, when no country is named, is most likely the outlet's own state ("the Foreign Ministry said").
const STATE_AGENTS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
// Agents specific enough to name a group: "government troops" is MIL, "police officials" COP.
const SPECIFIC = new Set(['MIL', 'COP', 'REB', 'OPP', 'JUD', 'LEG', 'SPY', 'REF', 'MED', 'ELI']);

// "military sources said", "police officials": nouns after an agent that keep it the speaker's agent
const SPEECH_NOUNS = new Set(['sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'leaders', 'leader', 'chief', 'chiefs', 'commanders', 'commander']);

// "the ministry said": the speaker of a report is not one of "the two sides".
const SPEECH = new Set(['said', 'says', 'told', 'reported', 'announced', 'stated', 'added', 'noted', 'quoted']);

const PLACE_KINDS = new Set<DictEntry['kind']>(['country', 'capital', 'place', 'demonym', 'seat', 'region', 'organization', 'group']);
// "the AFC Women's Asian Cup", "the Korean War": a place word inside the name of an event or a brand
const EVENT_WORDS = new Set(['cup', 'championship', 'championships', 'games', 'olympics', 'open', 'festival', 'prize', 'award', 'awards', 'airlines', 'airways', 'film', 'tournament', 'marathon', 'grand', 'league', 'series', 'expo', 'exhibition', 'fair', 'week', 'day', 'year', 'studies', 'language', 'cuisine', 'restaurant', 'times', 'news', 'daily', 'review', 'journal', 'institute', 'university', 'college', 'school', 'museum', 'hospital', 'airport', 'stadium', 'hotel', 'street', 'square', 'river', 'sea', 'mountain', 'mountains', 'bridge', 'ocean', 'peninsula']);
// "the Kyoto Protocol", "the Oslo Accords", "the Geneva Conventions": a document named after where it was made is
// neither a party nor a place where anything happens.
const DOCUMENT_WORDS = new Set(['protocol', 'protocols', 'accord', 'accords', 'agreement', 'agreements', 'convention', 'conventions', 'declaration', 'treaty', 'charter', 'consensus', 'communique']);
// "Italian food", "Korean songs": a demonym as an adjective of things
const THING_NOUNS = new Set(['food', 'foods', 'dishes', 'dish', 'cuisine', 'language', 'music', 'film', 'films', 'song', 'songs', 'art', 'arts', 'literature', 'style', 'wine', 'beer', 'tea', 'restaurant', 'restaurants', 'dress', 'costume', 'costumes', 'alphabet', 'letters', 'dance', 'dances', 'painting', 'paintings', 'opera', 'novel', 'novels', 'poem', 'poems', 'architecture', 'history']);
// "the Foreign Ministry", "the government": nouns for the state itself, owned by the outlet's country when none is named
const STATE_NOUNS = new Set(['government', 'ministry', 'cabinet', 'administration', 'presidency', 'presidential office', 'foreign ministry', 'defense ministry', 'defence ministry', 'unification ministry', 'interior ministry', 'finance ministry', 'trade ministry', 'justice ministry', 'ministry of foreign affairs']);
/** Mentions looked back over for the organisation a definite agent noun stands for (a long text stays linear). */
const ORGANIZATION_LOOKBACK = 300;

/** A dictionary match over a token range. */
interface Chunk {
  start: number;
  end: number;
  entry: DictEntry;
}

/**
 * One pass of recognition over the tokens of a document: dictionary matches
 * (one trie walk per token), then, left to right within each sentence, the
 * noun-phrase rules that combine them (country + title + name, possessives,
 * "of"-phrases), metonymy (a capital acting is its government, a place after
 * "in" is a location), outlets as attribution, and reference (short names,
 * "the minister", "the two sides", "the communist regime").
 *
 * @example
 * recognizeActors(doc, defaultDictionaries(), { homeCountry: 'KOR', date: '2020-09-02' });
 * doc.mentions.map((m) => [m.text, m.actor?.code]) // [['Seoul', 'KORGOV'], …]
 */
export function recognizeActors(doc: Doc, dicts: ActorDictionaries, opts: RecognizeOptions): Mention[] {
  const t = doc.tokens;
  const n = t.count;
  const { lex, words, step } = lexiconOf(dicts);
  const dash = lex.id('-');
  const flags = lex.flags;
  const keys = new Array<string>(n);
  const ids = scratchIds.take(n);
  const caps = scratchCaps.take(n);
  words.read(t, keys, ids, caps);

  // Phase A: dictionary matches, longest first, over the whole document.
  const chunks: Chunk[] = [];
  const chunkAt = scratchChunkAt.take(n).fill(-1);
  bestDate = opts.date;
  // Initials of the document's names of several words ("self-defense forces" → "sdf"), for acronyms after them:
  // names of one body (with a country or code), not generic offices ("Central Committee" of whichever party).
  let acronyms: Map<string, DictEntry> | null = null;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // "the Self-Defense Forces … the SDF": an acronym of a name the text used stands for that name,
      // before any dictionary meaning of the letters (the SDF of Syria).
      // (A longer dictionary phrase that starts with it still wins: "UN Security Council".)
      const named = acronyms !== null && (caps[i]! & ALL_UPPER) !== 0 ? acronyms.get(keys[i]!) : undefined;
      const id = ids[i]!;
      const known = id >= 0 && id !== dash && (flags[id]! & PHRASE_START) !== 0 ? bestAt(dicts, caps, keys, ids, dash, i, s.tokenEnd) : null;
      const e = named && (!known || bestEnd === i + 1) ? named : known;
      if (!e) continue;
      const end = e === named ? i + 1 : bestEnd;
      // "the West Bank": a phrase with its own article yields to a longer one after the article
      if (keys[i] === 'the' && i + 1 < s.tokenEnd && bestAt(dicts, caps, keys, ids, dash, i + 1, s.tokenEnd) && bestEnd > end) continue;
      chunkAt[i] = chunks.length;
      chunks.push({ start: i, end, entry: e });
      if (end - i > 1 && e.kind !== 'person' && e.country !== null) {
        const a = initials(keys, caps, i, end);
        if (a.length >= 2) (acronyms ??= new Map()).set(a, e);
      }
      i = end - 1;
    }
  }

  const home = opts.homeCountry ?? inferHome(chunks);
  const st = new State(doc, keys, ids, caps, flags, step, chunks, chunkAt, scratchAt.take(n).fill(-1), home, opts.date, dicts);
  for (const s of doc.sentences) st.sentence(s.index, s.tokenStart, s.tokenEnd);
  if (opts.explain) {
    for (const m of st.mentions) {
      doc.explain({ stage: 'actors', sentence: m.sentence, rule: m.rule, message: `${m.text} → ${m.actor?.code ?? '-'} (${m.role})${m.entry ? ` from ${m.entry}` : ''}` });
    }
  }
  return st.mentions;
}

/**
 * A column of numbers reused from one document to the next: `recognizeActors` runs to the end
 * before it is called again and keeps none of its columns, and a new typed array per document
 * and column (a buffer allocated and zeroed outside the heap) cost more than filling it.
 */
class Scratch<A extends Int32Array | Uint8Array> {
  constructor(private buf: A) {}

  /** A view of the first n elements (past them, reads give undefined, as in an array of n). */
  take(n: number): A {
    if (this.buf.length < n) this.buf = new (this.buf.constructor as new (n: number) => A)(Math.max(n, 2 * this.buf.length));
    return this.buf.subarray(0, n) as A;
  }
}
const scratchIds = new Scratch(new Int32Array(1024));
const scratchCaps = new Scratch(new Uint8Array(1024));
const scratchChunkAt = new Scratch(new Int32Array(1024));
const scratchAt = new Scratch(new Int32Array(1024));

// Flag bits of the lexicon's words: the word lists step() tests at every token.
/** step() has something to try at this word even in lower case: "the", "both", an honorific. */
const STEP_WORD = 1;
const HONORIFIC = 2;
const NOT_NAME = 4;
/** A family name of the people dictionary (`dicts.surnames`). */
const SURNAME = 8;
/** The first word of a dictionary phrase: Phase A walks the trie only from these. */
const PHRASE_START = 16;
const MODIFIER = 32;
const FORMER_WORD = 64;
const FUNCTION_WORD = 128;
const PARTICLE = 256;
const PLACE_MOD = 512;
const LOC_PREP = 1024;
/** "countries", "world": the sentence speaks of many countries (`manyCountries`). */
const MANY = 2048;

/** The first entry of each trie node and the case check it asks for (see `passes`). */
interface FirstEntries {
  entry: (DictEntry | null)[];
  check: Uint8Array;
}
const ANY_CASE = 1;
const CAPITALISED = 2;
const CAPITALS = 3;
function caseCheck(e: DictEntry): number {
  return e.caps ? CAPITALS : e.cap ? CAPITALISED : ANY_CASE;
}

/** A lexicon with what goes with it: the trie's first entries, and its ids of the tokens' words. */
interface Known {
  lex: Lexicon;
  surnames: number;
  firsts: FirstEntries;
  words: TokenWords;
  step: StepIds;
}
/** Lexicon ids of the words `step` looks for: an id compared where a string was. */
interface StepIds {
  the: number;
  two: number;
  both: number;
  north: number;
  south: number;
}
const lexicons = new WeakMap<ActorDictionaries, Known>();
/**
 * The trie nodes' first entries of the dictionaries last given to `lexiconOf`: `bestAt` checks the
 * case a node's first entry asks for, and takes it, without reaching for the entry object.
 */
let firsts: FirstEntries = { entry: [], check: new Uint8Array(0) };
/** The lexicon of the dictionaries' words and of the rules' word lists, built once per dictionaries. */
function lexiconOf(dicts: ActorDictionaries): Known {
  const known = lexicons.get(dicts) ?? fromParts(dicts);
  if (known && known.surnames === dicts.surnames.size && dicts.trie.compiledFor(known.lex)) {
    firsts = known.firsts;
    return known;
  }
  const lex = new Lexicon();
  lex.add('-');
  lex.add('the', STEP_WORD);
  lex.add('both', STEP_WORD);
  for (const w of HONORIFICS) lex.add(w, STEP_WORD | HONORIFIC);
  for (const w of NOT_NAMES) lex.add(w, NOT_NAME);
  for (const w of dicts.surnames.keys()) lex.add(w, SURNAME);
  for (const [set, bit] of [[MODIFIERS, MODIFIER], [FORMER, FORMER_WORD], [FUNCTION_WORDS, FUNCTION_WORD], [PARTICLES, PARTICLE], [PLACE_MODS, PLACE_MOD], [LOC_PREPS, LOC_PREP], [MANY_WORDS, MANY]] as const) {
    for (const w of set) lex.add(w, bit);
  }
  dicts.trie.compile(lex);
  for (const w of dicts.trie.firstWords()) lex.add(w, PHRASE_START);
  firsts = { entry: new Array<DictEntry | null>(dicts.trie.nodeCount).fill(null), check: new Uint8Array(dicts.trie.nodeCount) };
  for (let node = 0; node < dicts.trie.nodeCount; node++) {
    const e = dicts.trie.values(node)[0];
    if (!e) continue;
    firsts.entry[node] = e;
    firsts.check[node] = caseCheck(e);
  }
  // (add: ids of words the lexicon has, never -1, which would match every unknown word)
  const step = { the: lex.add('the'), two: lex.add('two'), both: lex.add('both'), north: lex.add('north'), south: lex.add('south') };
  const made = { lex, surnames: dicts.surnames.size, firsts, words: new TokenWords(lex), step };
  lexicons.set(dicts, made);
  return made;
}

/** What `lexiconOf` builds, as plain data: `npm run build` keeps it in the dictionaries' cache file. */
export interface LexiconCache {
  lex: LexiconParts;
  trie: CompiledTrie;
  firsts: FirstEntries;
  step: StepIds;
  surnames: number;
}

/**
 * The lexicon of dictionaries, their trie's word-id tables and first entries, as
 * plain data for the cache file: building them takes ~40 ms of `dyad code`'s
 * start-up, reading them back a few.
 */
export function lexiconCache(dicts: ActorDictionaries): LexiconCache {
  const k = lexiconOf(dicts);
  return { lex: k.lex.parts(), trie: dicts.trie.compiledParts()!, firsts: k.firsts, step: k.step, surnames: k.surnames };
}

/** The lexicon the dictionaries' cache file brought (`dicts.lexicon`), when it was made for these very dictionaries. */
function fromParts(dicts: ActorDictionaries): Known | undefined {
  const c = dicts.lexicon as LexiconCache | undefined;
  if (!c || c.surnames !== dicts.surnames.size || c.trie.size !== dicts.trie.size || c.firsts.entry.length !== dicts.trie.nodeCount) return undefined;
  const lex = Lexicon.fromParts(c.lex);
  dicts.trie.useCompiled(lex, c.trie);
  const made = { lex, surnames: c.surnames, firsts: c.firsts, words: new TokenWords(lex), step: c.step };
  lexicons.set(dicts, made);
  return made;
}

let bestEnd = 0;
/** The document's date, for bodies that have not always existed (`DictEntry.active`). */
let bestDate: string | null = null;
/** The longest dictionary entry starting at token i that passes its case check and exists on the document's date; its end goes to `bestEnd`. */
function bestAt(dicts: ActorDictionaries, caps: Uint8Array, keys: readonly string[], ids: Int32Array, dash: number, i: number, sEnd: number): DictEntry | null {
  const trie = dicts.trie;
  const found = trie.walkIds(ids, i, sEnd, dash);
  for (let f = found - 1; f >= 0; f--) {
    const end = trie.ends[f]!;
    if (keys[end - 1] === '-') continue;
    const node = trie.nodes[f]!;
    const first = firsts.entry[node]!;
    if (passes(firsts.check[node]!, caps, keys, i, end) && existsOn(first, bestDate)) {
      bestEnd = end;
      return first;
    }
    const list = trie.values(node);
    for (let x = 1; x < list.length; x++) {
      if (!passes(caseCheck(list[x]!), caps, keys, i, end) || !existsOn(list[x]!, bestDate)) continue;
      bestEnd = end;
      return list[x]!;
    }
  }
  return null;
}

/** Whether the entry's body exists on the date (always, without `active` bounds or without a date). */
export function existsOn(e: DictEntry, date: string | null): boolean {
  const a = e.active;
  if (!a || !date) return true;
  const d = date.slice(0, 10);
  // inclusive ends, a month or year bound taken whole ("2015-10" runs from the first to the last of October)
  return (!a.from || d >= a.from) && (!a.until || d.slice(0, a.until.length) <= a.until);
}

/**
 * Initials of the words of tokens [i, end), skipping joiners ("of", "the", "and", "-", "'s"): "workers ' party of
 * korea" → "wpk". None ('') for a name with a number, a sign or an abbreviation in it ("U.S. Senate" is not "US").
 */
export function initials(keys: readonly string[], caps: Uint8Array, i: number, end: number): string {
  let out = '';
  for (let j = i; j < end; j++) {
    const k = keys[j]!;
    if (k === 'of' || k === 'the' || k === 'and' || k === 'for' || k === '-' || k === "'s" || k === "'" || k === '&') continue;
    const c = k.charCodeAt(0);
    if (c < 97 || c > 122 || (k.length > 1 && (caps[j]! & ALL_UPPER) !== 0)) return '';
    out += k[0];
  }
  return out;
}

/** Case checks on the tokens' case bits: "US" must be in capitals, "Chad" capitalised, "police" anything. */
function passes(check: number, caps: Uint8Array, keys: readonly string[], i: number, end: number): boolean {
  if (check === CAPITALS) {
    for (let j = i; j < end; j++) if (keys[j] !== '-' && keys[j] !== "'s" && (caps[j]! & ALL_UPPER) === 0) return false;
    return true;
  }
  if (check === CAPITALISED) {
    let j = i;
    if (keys[j] === 'the' && j + 1 < end) j++;
    // A capital inside the word is a name typed askew ("iSrael"), never a common word.
    if ((caps[j]! & (UPPER | ASKEW)) === 0) return false;
  }
  return true;
}

/** The outlet most credited in the text, when neither options nor metadata say ("(Yonhap)", "Korea Herald"). */
function inferHome(chunks: Chunk[]): string | null {
  let count: Map<string, number> | null = null;
  for (const c of chunks) if (c.entry.kind === 'outlet' && c.entry.country) (count ??= new Map()).set(c.entry.country, (count.get(c.entry.country) ?? 0) + 1);
  if (!count) return null;
  let best: string | null = null;
  let bestN = 0;
  for (const [k, v] of count) if (v > bestN) (best = k), (bestN = v);
  return best;
}

/** Per-document state of the left-to-right pass. */
class State {
  readonly mentions: Mention[] = [];
  /** Name word → last person mention with it ("biegun" → Stephen Biegun). */
  private readonly names = new Map<string, number>();
  /** Agent head word → last mention with it ("ministry" → the Foreign Ministry). */
  private readonly heads = new Map<string, number>();
  private korea: boolean;

  constructor(
    private readonly doc: Doc,
    private readonly keys: string[],
    /** Lexicon id of each token's key (-1 for a word it does not know), and the lexicon's flags by id. */
    private readonly ids: Int32Array,
    /** Case bits of each token's text (`UPPER`, …). */
    private readonly caps: Uint8Array,
    private readonly flags: Int32Array,
    private readonly stepIds: StepIds,
    private readonly chunks: Chunk[],
    private readonly chunkAt: Int32Array,
    /** Mention id at each token, -1 (filled by the caller). */
    private readonly at: Int32Array,
    private readonly home: string | null,
    private readonly date: string | null,
    private readonly dicts: ActorDictionaries,
  ) {
    this.korea = home === 'KOR' || home === 'PRK';
  }

  /** Whether token i's key is a word of the lists flagged `bit` (false outside the document, as Set.has(undefined)). */
  private is(i: number, bit: number): boolean {
    const id = this.ids[i];
    return id !== undefined && id >= 0 && (this.flags[id]! & bit) !== 0;
  }

  /** `startsUpper` of token i's text (false outside the document). */
  private upper(i: number): boolean {
    return (this.caps[i]! & UPPER) !== 0;
  }

  private chunk(i: number): Chunk | null {
    const c = this.chunkAt[i]!;
    return c < 0 ? null : this.chunks[c]!;
  }

  sentence(index: number, start: number, end: number): void {
    const first = this.mentions.length;
    const { ids, caps, flags, chunkAt } = this;
    for (let i = start; i < end; ) {
      // most tokens: no chunk starts there, and a word in lower case that no rule of step() starts
      // with (they all need "the", "both", an honorific or a capital)
      if (chunkAt[i]! < 0) {
        const id = ids[i]!;
        if ((id < 0 || (flags[id]! & STEP_WORD) === 0) && (caps[i]! & UPPER) === 0) {
          i++;
          continue;
        }
      }
      i = this.step(index, i, start, end);
    }
    // "election of deputies … in the DPRK", "an Indian government cultural delegation": an agent with no
    // country takes the one country of the places in its sentence and of the parties named before it —
    // not a party named after it ("officials said talks with Beijing would continue")
    for (let m = first; m < this.mentions.length; m++) {
      const x = this.mentions[m]!;
      if (x.rule !== 'agent' || !x.actor || x.actor.country || !x.actor.agents.length) continue;
      let only: string | null = null;
      let several = false;
      for (let q = first; q < this.mentions.length; q++) {
        const y = this.mentions[q]!;
        if (y.kind === 'region' || attributiveBefore(this.keys, y.tokenEnd)) continue;
        const c = y.role === 'location' ? (y.placeCountry ?? null) : y.role === 'actor' && q < m ? (y.actor?.country ?? null) : null;
        if (!c || c.length !== 3 || c === 'IGO' || c === 'NGO' || c === 'IMG') continue;
        if (only && only !== c) several = true;
        only ??= c;
      }
      if (only && !several) {
        x.actor = composeCode(only, x.actor.agents);
        x.rule = 'agent.sentence-country';
      }
    }
  }

  /** Recognise what starts at token i; returns the next token to look at. */
  private step(sent: number, i: number, sStart: number, sEnd: number): number {
    const k = this.keys;
    const c = this.chunk(i);
    if (c) return this.phrase(sent, c, sStart, sEnd);
    const id = this.ids[i]!;
    const f = id >= 0 ? this.flags[id]! : 0;
    // ("the" and "both" are step words: a capitalised word is neither)
    if ((f & STEP_WORD) !== 0) {
      const w = this.stepIds;
      const next = this.ids[i + 1];
      // "the two sides", "both countries", "the two vowed"
      if (id === w.the && next === w.two) {
        // "the two sides", "the two vowed" — not "the two missiles"
        const after = k[i + 2] ?? '';
        const pos = this.doc.tokens.pos[i + 2] ?? 'PUNCT';
        if (i + 2 >= sEnd || PAIR_NOUNS.has(after) || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(pos)) return this.pair(sent, i, sEnd);
      }
      if (id === w.both && PAIR_NOUNS.has(k[i + 1] ?? '')) return this.pair(sent, i, sEnd);
      // "the North" / "the South" in a story about Korea
      if (id === w.the && i + 1 < sEnd && (next === w.north || next === w.south) && this.upper(i + 1) && !this.chunk(i + 1) && this.korea && !(i + 2 < sEnd && this.upper(i + 2))) {
        // ("the North Hwanghae Provincial Brigade" is a province, not the North)
        const code = next === w.north ? 'PRK' : 'KOR';
        const role = this.placeRole(i, sStart);
        this.add(sent, i + 1, i + 2, 'country', role, role === 'location' ? null : composeCode(code, []), 'korea.the-north', null, { placeCountry: code });
        return i + 2;
      }
    }
    // "the minister", "the ministry", "the regime" are found through their agent chunk (phrase()).
    // "Mr. Biegun", "Comrade Kim Jong Un"
    if ((f & HONORIFIC) !== 0 && i + 1 < sEnd) {
      const pc = this.chunk(i + 1);
      if (pc && pc.entry.kind === 'person') return this.phrase(sent, pc, sStart, sEnd);
      const e = this.nameEnd(i + 1, sEnd);
      if (e > i + 1) return this.shortOrUnknown(sent, i + 1, e) ?? e;
    }
    // "Biegun" after "Stephen Biegun" (but not the tail of another name: "Kim Phyong Hae" is not Choe Ryong Hae)
    if (this.isNameWord(i) && this.names.has(k[i]!) && !(i > sStart && this.isNameWord(i - 1) && this.at[i - 1]! < 0)) {
      const e = this.nameEnd(i, sEnd);
      const r = this.shortOrUnknown(sent, i, e);
      if (r !== null) return r;
    }
    // "Putin said", "Xi said": a well-known family name alone, when the people dictionary has one bearer of it
    if ((f & SURNAME) !== 0 && this.doc.tokens.pos[i] === 'PROPN' && this.isNameWord(i) && k[i]!.length >= 2 && !(i > sStart && this.isNameWord(i - 1)) && !(i + 1 < sEnd && this.isNameWord(i + 1))) {
      const p = this.surnamePerson(i, null, null);
      if (p) return this.personMention(sent, i, i + 1, { start: i, end: i + 1, entry: p }, null, null, false, 'person.surname');
    }
    return i + 1;
  }

  /**
   * The one person of the people dictionary with this family name: of the
   * given country, in office on the date when there are several. After a
   * title any bearer will do; alone, the name must be unambiguous and not a
   * Korean/Chinese family name ("Kim" alone is nobody in particular).
   */
  private surnamePerson(i: number, country: string | null, titleWord: string | null): DictEntry | null {
    let list = this.dicts.surnames.get(this.keys[i]!);
    if (!list) return null;
    if (country) list = list.filter((e) => e.roles?.some((r) => r.code.startsWith(country)));
    // "President Moon" is the Moon who was a president; "Police Chief Kim" is no Kim of the dictionary
    if (titleWord) list = list.filter((e) => e.roles?.some((r) => (r.title ?? '').toLowerCase().includes(singular(titleWord))));
    if (!list.length) return null;
    if (titleWord === null) {
      if (list.length !== 1) return null;
      const e = list[0]!;
      const keys = phraseKeys(e.name);
      const familyFirst = surnameKey(e) !== keys[keys.length - 1];
      // Western family names of three letters or more ("Abe", "Putin"); a Korean or Chinese one ("Xi", "Moon") only while in office
      if (!familyFirst && this.keys[i]!.length < 3) return null;
      if (familyFirst && !this.date) return null;
      if (this.date && !this.inOffice(e)) return null;
      return e;
    }
    if (list.length === 1) return list[0]!;
    const active = this.date ? list.filter((e) => this.inOffice(e)) : [];
    if (active.length) return active[0]!;
    // none in office then: fine if they all share a country ("President Bush")
    const countries = new Set(list.map((e) => e.roles?.[0]?.code.slice(0, 3)));
    return countries.size === 1 ? list[0]! : null;
  }

  /**
   * Token q is a common noun the agent word before it modifies ("military
   * provocations", "army bases") — not a verb mis-tagged as a noun ("people
   * support the policy": a determiner follows).
   */
  private nounModified(q: number): boolean {
    const t = this.doc.tokens;
    if (t.pos[q] !== 'NOUN' || this.chunk(q) || this.upper(q)) return false;
    const after = t.pos[q + 1];
    return !(after === 'DET' || after === 'PRON' || (after === 'ADP' && this.keys[q + 1] !== 'of' && this.keys[q + 1] !== 'in'));
  }

  private readonly officeMemo = new Map<readonly DatedRole[], boolean>();
  /** Whether the person holds a role on the reference date (memoised per document). */
  private inOffice(e: DictEntry): boolean {
    const roles = e.roles ?? [];
    let v = this.officeMemo.get(roles);
    if (v === undefined) {
      v = roleOnDate(roles, this.date) !== null;
      this.officeMemo.set(roles, v);
    }
    return v;
  }

  /** A short name that points back to a person ("Choi" → Choi Jong-kun); null when it does not. */
  private shortOrUnknown(sent: number, i: number, e: number): number | null {
    // Only a one-word name (or its possessive) refers back; "Choi Jong-kun" again is matched by the dictionary or title.
    // every word must belong to the same earlier name: "Kim Song Nyo" is not "Kim Jong Il"
    let ante = -1;
    for (let j = i; j < e; j++) {
      if (this.keys[j] === '-' || this.is(j, PARTICLE)) continue;
      const a = this.names.get(this.keys[j]!);
      if (a === undefined || (ante >= 0 && a !== ante)) return null;
      ante = a;
    }
    if (ante < 0) return null;
    const a = this.mentions[ante]!;
    this.add(sent, i, e, 'person', 'actor', a.actor, 'coref.short-name', a.entry, { antecedent: ante, roles: a.roles });
    return e;
  }

  /** The end of a personal name starting at i ("Choi Jong-kun", "Abu Musab al-Zarqawi"), or i when none. */
  private nameEnd(i: number, sEnd: number): number {
    const k = this.keys;
    const text = this.doc.tokens.text;
    let j = i;
    let words = 0;
    while (j < sEnd && words < 6) {
      if (this.isNameWord(j)) {
        j++;
        words++;
        continue;
      }
      // "Jong-un", "Do-hoon": wink splits at the hyphen and lower-cases nothing
      if (k[j] === '-' && j > i && j + 1 < sEnd && /^\p{L}/u.test(text[j + 1]!) && this.doc.tokens.start[j] === this.doc.tokens.end[j - 1]) {
        j += 2;
        continue;
      }
      if (this.is(j, PARTICLE) && j + 1 < sEnd && (this.isNameWord(j + 1) || k[j + 1] === '-')) {
        j++;
        continue;
      }
      break;
    }
    return words ? j : i;
  }

  private isNameWord(j: number): boolean {
    if (!this.upper(j)) return false;
    const id = this.ids[j]!;
    if (id >= 0 && (this.flags[id]! & NOT_NAME) !== 0) return false;
    const c = this.chunk(j);
    if (c && c.entry.kind !== 'person') return false;
    return true;
  }

  /** Where a place mention stands: after "in"/"at" (past "the", "northern") it is a location. */
  private placeRole(i: number, sStart: number): MentionRole {
    let j = i - 1;
    while (j >= sStart && this.is(j, PLACE_MOD) && this.keys[j] !== 'of') j--;
    if (j >= sStart && this.is(j, LOC_PREP)) return 'location';
    // "in France, Austria and Uganda", "in Xian, China": a list after "in" is a list of places
    if (j >= sStart && (this.keys[j] === ',' || this.keys[j] === 'and') && j - 1 >= sStart) {
      const pm = this.at[j - 1]!;
      if (pm >= 0 && this.mentions[pm]!.role === 'location' && this.mentions[pm]!.kind !== 'region') return 'location';
      if (pm < 0 && this.keys[j] === ',' && j - 2 >= sStart && this.is(j - 2, LOC_PREP) && this.upper(j - 1)) return 'location';
    }
    // "the Golan Heights of Syria", "the south of France", "parts of Iraq": the country of a place is a place
    if (j >= sStart && this.keys[j] === 'of' && j - 1 >= sStart) {
      const pm = this.at[j - 1]!;
      if (pm >= 0 && this.mentions[pm]!.role === 'location') return 'location';
      if (AREA_NOUNS.has(this.keys[j - 1]!)) return 'location';
    }
    return 'actor';
  }

  /** "the features of Jerusalem", "the mayor of Seoul": a city after "of" is a place. */
  private afterOf(i: number, sStart: number): boolean {
    let j = i - 1;
    while (j >= sStart && (this.keys[j] === 'the' || this.keys[j] === 'el' || this.keys[j] === 'la')) j--;
    return j >= sStart && (this.keys[j] === 'of' || this.keys[j] === 'de' || this.keys[j] === 'del');
  }

  /** "arrived in Amman", "arrive in Seoul". */
  private isArrival(i: number, sStart: number): boolean {
    const p = this.prepBefore(i, sStart);
    return p > sStart && this.keys[p] === 'in' && this.doc.tokens.lemma[p - 1] === 'arrive';
  }

  private isVisitTarget(i: number, sStart: number): boolean {
    const t = this.doc.tokens;
    const p = i - 1;
    if (p < sStart) return false;
    if (VISIT_LEMMAS.has(t.lemma[p]!)) return true;
    return this.keys[p] === 'to' && p - 1 >= sStart && (TO_MOTION.has(t.lemma[p - 1]!) || TO_MOTION.has(this.keys[p - 1]!));
  }

  /**
   * A noun phrase built around dictionary chunks:
   * [possessor ('s)?] [modifiers] [agent]* [name]? [of possessor]?
   */
  private phrase(sent: number, first: Chunk, sStart: number, sEnd: number): number {
    const k = this.keys;
    const t = this.doc.tokens;
    let j = first.start;
    let possessor: Chunk | null = null;
    let agents: Chunk[] = [];
    let person: Chunk | null = null;
    let nameStop = -1;
    let former = false;
    let start = first.start;
    // "the Foreign Ministry", "the minister": a definite article just before
    const definite = start > sStart && (k[start - 1] === 'the' || (k[start - 1] === '"' && start - 1 > sStart && k[start - 2] === 'the'));

    if (first.entry.kind === 'outlet') {
      this.add(sent, first.start, first.end, 'outlet', 'attribution', null, 'outlet', ref(first.entry));
      return first.end;
    }
    if (PLACE_KINDS.has(first.entry.kind)) {
      possessor = first;
      j = first.end;
      if (k[j] === "'s") j++;
      // "the Saudi-led coalition": the leader of a coalition owns it ("US-backed forces" are not American)
      else if (k[j] === '-' && k[j + 1] === 'led') j += 2;
      else if (k[j] === 'led') j += 1;
    } else if (first.entry.kind === 'person') {
      person = first;
      j = first.end;
    }
    // modifiers then agent chunks: "top nuclear envoys", "First Vice Foreign Minister"
    if (!person) {
      let m = j;
      let mods = 0;
      let sawFormer = false;
      while (m < sEnd && mods < 4 && !this.chunk(m) && (this.is(m, MODIFIER) || (t.pos[m] === 'ADJ' && !this.upper(m)) || (possessor !== null && this.upper(m) && !this.is(m, NOT_NAME) && t.pos[m] !== 'PUNCT'))) {
        if (this.is(m, FORMER_WORD)) sawFormer = true;
        m++;
        mods++;
      }
      while (m < sEnd) {
        const a = this.chunk(m);
        if (!a || a.entry.kind !== 'agent') break;
        agents.push(a);
        m = a.end;
      }
      if (agents.length) {
        j = m;
        former = sawFormer || (start > sStart && this.is(start - 1, FORMER_WORD));
      }
    }
    // "the modifiers" before the first chunk count too: "the communist regime", "former President Moon"
    let pre = start - 1;
    const preMods: string[] = [];
    while (pre >= sStart && k[pre] !== 'of' && (this.is(pre, MODIFIER) || t.pos[pre] === 'ADJ') && !this.chunk(pre) && !this.upper(pre) && preMods.length < 3) {
      preMods.push(k[pre]!);
      pre--;
    }
    if (preMods.some((x) => FORMER.has(x))) former = true;
    // the span takes in the modifiers of an agent phrase: "the communist regime", "senior officials"
    if (first.entry.kind === 'agent' && preMods.length) start = pre + 1;
    const definiteBefore = pre >= sStart && k[pre] === 'the';

    const lastAgent = agents.length ? agents[agents.length - 1]!.entry : first.entry.kind === 'agent' ? first.entry : null;
    if (!possessor && first.entry.kind === 'agent') {
      agents = [];
      let m = first.start;
      while (m < sEnd) {
        const a = this.chunk(m);
        if (!a || a.entry.kind !== 'agent') break;
        agents.push(a);
        m = a.end;
      }
      j = m;
      // "General Union of Syrian Peasants", "Major powers": a prefix title before another agent word is an adjective
      if (agents.length > 1 && agents[0]!.entry.use === 'prefix') agents.shift();
    }
    // "U.S. forces casualties", "Asian women's boxing": the agent word modifies a noun; the place alone remains
    if (possessor && agents.length && !person && agents[agents.length - 1]!.entry.use === 'noun' && j < sEnd) {
      const q = k[j] === "'s" ? j + 1 : j;
      if (q < sEnd && this.nounModified(q) && (q > j || !SPEECH_NOUNS.has(k[q]!))) return this.placeMention(sent, possessor, sStart, sEnd);
    }
    if (!possessor && agents.length && !person) {
      const a0 = agents[0]!;
      const capital = this.upper(a0.start);
      // "Rason City People's Committee", "Democratic Women's Union": a word of an organisation's name
      if (capital && a0.start > sStart && this.upper(a0.start - 1) && !this.chunk(a0.start - 1) && !this.is(a0.start - 1, FUNCTION_WORD) && t.pos[a0.start - 1] !== 'PUNCT') return j;
      if (capital && (k[j] === "'s" || k[j] === "'") && j + 1 < sEnd && this.upper(j + 1)) return j;
      // "the Executive Committee of …": a capitalised agent word followed by a name word
      if (capital && a0.start > sStart && j < sEnd && this.upper(j) && !this.chunk(j) && !this.is(j, NOT_NAME) && t.pos[j] === 'PROPN' && !titledUse(agents)) return j;
      // "military provocations", "army bases", "a press conference": the agent word is a modifier
      if (j < sEnd && this.nounModified(j) && agents[agents.length - 1]!.entry.use === 'noun' && !SPEECH_NOUNS.has(k[j]!)) return j;
      if (k[j] === "'s" && j + 1 < sEnd && this.nounModified(j + 1) && agents[agents.length - 1]!.entry.use === 'noun') return j;
    }
    const titled = agents.length > 0 && agents[agents.length - 1]!.entry.use !== 'noun';
    // name after a title: "President Donald Trump", "Minister Choi Jong-kun"
    if (!person && titled) {
      // "Great Leader Comrade Kim Il Sung", "Minister Mr. Lee": honorifics between title and name
      if (k[j] === '.' && j + 1 < sEnd && this.upper(j + 1)) j++; // "Rev. Jesse Jackson": the tokenizer may split the abbreviation's dot off
      while (j < sEnd && this.is(j, HONORIFIC) && j + 1 < sEnd && (this.upper(j + 1) || k[j + 1] === '.')) {
        j++;
        if (k[j] === '.') j++;
      }
      const pc = this.chunk(j);
      if (pc && pc.entry.kind === 'person') {
        person = pc;
        j = pc.end;
      } else {
        const e = this.nameEnd(j, sEnd);
        const titleWord = agents.length ? lastWord(agents[agents.length - 1]!.entry) : '';
        const byName = e === j + 1 ? this.surnamePerson(j, possessor?.entry.country ?? agents.find((a) => a.entry.country)?.entry.country ?? null, titleWord) : null;
        if (byName) {
          // "President Obama": a title and a family name from the people dictionary
          person = { start: j, end: e, entry: byName };
          j = e;
        } else if (e > j) {
          nameStop = e;
          j = e;
        }
      }
    }
    if (!person && !possessor && agents.length && agents[agents.length - 1]!.entry.use === 'prefix' && nameStop < 0) {
      // "general strike", "major step": a prefix title without a name is no agent
      return agents[agents.length - 1]!.end;
    }
    // "President of South Korea", "the government of Iraq", "secretary general of the Executive Committee of the PLO"
    if (!possessor && agents.length && k[j] === 'of') {
      const owner = this.ownerAfterOf(j, sEnd);
      if (owner) {
        possessor = owner;
        j = owner.end;
        // "a delegation of the Pakistani Foreign Ministry": the owner's own agent words belong to the phrase
        while (j < sEnd) {
          const a = this.chunk(j);
          if (!a || a.entry.kind !== 'agent') break;
          j = a.end;
        }
      }
    }
    // "rebels in Darfur" keeps the place apart, but "opposition parties in Nepal" are Nepal's
    let inCountry: Chunk | null = null;
    if (!possessor && agents.length && !person && nameStop < 0 && k[j] === 'in') {
      let q = j + 1;
      if (k[q] === 'the') q++;
      const pc = this.chunk(q);
      if (pc && (pc.entry.kind === 'country' || pc.entry.kind === 'capital') && pc.entry.country) inCountry = pc;
    }

    const end = j;
    // --- decide
    // "Kim Il Sung Prize Council", "Kim Il Sung University": a name inside another name
    if (person && this.eventName(person.end, sEnd)) return person.end;
    // "Kim Song Nyo" is not Kim Song: the name goes on past the dictionary's
    if (person && person.end < sEnd && this.isNameWord(person.end) && !this.chunk(person.end)) return this.nameEnd(person.start, sEnd);
    if (person && !agents.length && !possessor) {
      return this.personMention(sent, start, end, person, null, null, former, 'person.dictionary');
    }
    if (!agents.length && !person) {
      return this.placeMention(sent, first, sStart, sEnd);
    }
    const agentCodes = pickAgents(agents.map((a) => a.entry));
    const titleCountry = agents.find((a) => a.entry.country)?.entry.country ?? null;
    const ownCountry = (possessor ? this.koreaOf(possessor.entry) : null) ?? titleCountry;
    if (person) {
      const rule = possessor ? 'title+name.dictionary' : agents.length ? 'title+name.dictionary' : 'person.dictionary';
      return this.personMention(sent, start, end, person, ownCountry, agentCodes, former, rule, possessor?.entry ?? agents[0]?.entry ?? null);
    }
    if (nameStop > 0) {
      // an unknown person with a known title: "Seoul's First Vice Foreign Minister Choi Jong-kun"
      // with no country said, a state title is the outlet's own ("Director Mun Song Mo" in KCNA)
      const owned = start > sStart && (k[start - 1] === 'its' || k[start - 1] === 'their');
      const home = !ownCountry && !owned && this.home && agentCodes.some((c) => STATE_AGENTS.has(c)) ? this.home : null;
      const actor = this.agentActor(ownCountry ?? home, possessor?.entry ?? null, agentCodes, former);
      const id = this.add(sent, start, end, 'person', 'actor', actor, possessor ? 'title+name.possessor' : home ? 'title+name.home-country' : 'title+name', ref((possessor ?? agents[0]!).entry));
      this.registerName(id, agents.length ? agents[agents.length - 1]!.end : start, end);
      this.registerHead(id, lastAgent);
      return end;
    }
    // an agent phrase without a name
    if (possessor) {
      const actor = this.agentActor(ownCountry, possessor.entry, agentCodes, former);
      this.shareAgents(possessor, actor);
      const id = this.add(sent, start, end, 'agent', 'actor', actor, possessor.entry.kind === 'demonym' ? 'demonym+agent' : 'possessor+agent', ref(possessor.entry));
      this.registerHead(id, lastAgent);
      return end;
    }
    if (inCountry) {
      const actor = this.agentActor(inCountry.entry.country, null, agentCodes, former);
      const id = this.add(sent, start, end, 'agent', 'actor', actor, 'agent+in-country', ref(inCountry.entry));
      this.registerHead(id, lastAgent);
      return end;
    }
    return this.bareAgent(sent, start, end, agents, agentCodes, former, definite || definiteBefore, preMods, titleCountry);
  }

  /** An agent with no country in its phrase: appositive, "the minister", "the communist regime", home country, or agent alone. */
  private bareAgent(sent: number, start: number, end: number, agents: Chunk[], codes: string[], former: boolean, definite: boolean, preMods: string[], titleCountry: string | null): number {
    const k = this.keys;
    const t = this.doc.tokens;
    const head = agents[agents.length - 1]!.entry;
    const headKey = k[end - 1]!;
    const headSingular = singular(headKey);
    const stateAgent = codes.some((c) => STATE_AGENTS.has(c));
    const src = ref(head);
    const prev = start - 1;
    const sStart = this.doc.sentences[sent]!.tokenStart;
    if (prev >= sStart && !titleCountry) {
      // "the Lee Myung Bak regime", "the Assad government": the leader named just before owns it
      const pm = this.at[prev]!;
      if (pm >= 0 && this.mentions[pm]!.kind === 'person' && this.mentions[pm]!.actor?.country && head.use === 'noun') {
        const c = this.mentions[pm]!.actor!.country;
        this.add(sent, start, end, 'agent', 'actor', this.agentActor(c, null, codes, former), 'person+agent', src, { antecedent: pm });
        return end;
      }
      // "the Ri government", "its general secretary", "platoon leader": owned by someone unknown or not a state
      // (a group noun keeps its people: "Kurdish militants", "Muslim rebels" are rebels all the same)
      const groupNoun = head.use === 'noun' && !stateAgent;
      if (!groupNoun && this.upper(prev) && !this.chunk(prev) && pm < 0 && !this.is(prev, FUNCTION_WORD) && !this.is(prev, NOT_NAME) && t.pos[prev] !== 'PUNCT') return end;
      if (k[prev] === 'its' || k[prev] === 'their' || (prev - 1 >= sStart && (k[prev - 1] === 'its' || k[prev - 1] === 'their') && !this.chunk(prev))) return end;
      if (t.pos[prev] === 'NOUN' && !this.upper(prev) && !this.chunk(prev) && !this.is(prev, MODIFIER) && head.use !== 'noun') return end;
    }
    // "Lee Do-hoon, special representative for ..." → the person before the comma
    if (start >= 2 && k[start - 1] === ',' && this.at[start - 2]! >= 0) {
      const prev = this.mentions[this.at[start - 2]!]!;
      if (prev.kind === 'person' && prev.actor) {
        this.add(sent, start, end, 'agent', 'actor', prev.actor, 'coref.appositive', src, { antecedent: prev.id });
        return end;
      }
    }
    if (titleCountry) {
      const id = this.add(sent, start, end, 'agent', 'actor', this.agentActor(titleCountry, null, codes, former), 'agent.title-country', src);
      this.registerHead(id, head);
      return end;
    }
    // "the communist regime" → the last government of a communist state named
    if (REGIME_HEADS.has(headSingular) && definite) {
      const communist = preMods.includes('communist');
      const ante = this.findBack((m) => !!m.actor?.country && (communist ? COMMUNIST.has(m.actor.country) : m.actor.country !== this.home && m.actor.country.length === 3 && m.actor.country !== 'IGO'));
      if (ante >= 0 && (communist || !this.home || preMods.length)) {
        const a = this.mentions[ante]!;
        this.add(sent, start, end, 'agent', 'actor', composeCode(a.actor!.country, ['GOV']), 'coref.regime', src, { antecedent: ante });
        return end;
      }
    }
    // "the minister", "the ministry", "the envoy" → the last mention with that head word (not "the people")
    const singularHead = headSingular === headKey;
    if (definite && (head.use !== 'noun' || (singularHead && stateAgent))) {
      const h = this.heads.get(headSingular);
      if (h !== undefined) {
        const a = this.mentions[h]!;
        this.add(sent, start, end, 'agent', 'actor', a.actor, 'coref.definite', src, { antecedent: h, roles: a.roles });
        return end;
      }
    }
    // "the President" with no one named before: the outlet's own head of state
    if (definite && head.use !== 'noun' && this.home && codes.includes('GOV') && k[end] !== 'of') {
      const id = this.add(sent, start, end, 'agent', 'actor', this.agentActor(this.home, null, codes, former), 'agent.home-country', src);
      this.registerHead(id, head);
      return end;
    }
    // "the Foreign Ministry said" in a Korean paper → Korea's
    const stateNoun = head.use === 'noun' && STATE_NOUNS.has(head.name.toLowerCase());
    if (this.home && stateNoun && k[end] !== 'of' && (definite || this.upper(start))) {
      const id = this.add(sent, start, end, 'agent', 'actor', this.agentActor(this.home, null, codes, former), 'agent.home-country', src);
      this.registerHead(id, head);
      return end;
    }
    // "the International Court of Justice … the court": an organisation the text named, whose name holds the head word
    // and which is that kind of body, before the state last named.
    if (head.use === 'noun' && definite && stateAgent && k[end] !== 'of') {
      const ante = this.findBack((m) => m.kind === 'organization' && m.tokenEnd - m.tokenStart > 1 && !!m.actor?.agents.some((a) => codes.includes(a)) && this.nameHolds(m, headSingular), ORGANIZATION_LOOKBACK);
      if (ante >= 0) {
        this.add(sent, start, end, 'agent', 'actor', this.mentions[ante]!.actor, 'coref.organization', src, { antecedent: ante });
        return end;
      }
    }
    // "the police", "the judicial authority": the state last named in the paragraph
    if (head.use === 'noun' && definite && stateAgent && k[end] !== 'of') {
      const c = this.recentCountry(sent);
      if (c) {
        const id = this.add(sent, start, end, 'agent', 'actor', this.agentActor(c, null, codes, former), 'agent.paragraph-country', src);
        this.registerHead(id, head);
        return end;
      }
    }
    // "secretary general of the All India Friendship Association": an office of an unknown body is no state agent
    {
      // "officials and members of the Union of Agricultural Workers": look past "and members"
      let ofAt = end;
      if (k[end] === 'and' && k[end + 2] === 'of' && t.pos[end + 1] === 'NOUN') ofAt = end + 2;
      let q = ofAt + 1;
      if (k[q] === 'the') q++;
      while (q < this.doc.tokens.count && this.doc.tokens.pos[q] === 'NUM') q++;
      if (k[ofAt] === 'of' && startsUpper(this.doc.tokens.text[q] ?? '') && !this.chunk(q)) return end;
    }
    // "Citizens visited …", "the people": civilians, workers, rebels of the country the story is about
    // (not "the working people the world over", "world people")
    const worldwide = k[prev] === 'world' || (k[end] === 'the' && k[end + 1] === 'world') || (k[end] === 'of' && k[end + 1] === 'the' && k[end + 2] === 'world') || k[end] === 'worldwide' || (k[end] === 'around' && k[end + 2] === 'world') || (k[end] === 'all' && k[end + 1] === 'over');
    if (head.use === 'noun' && !stateAgent && k[end] !== 'of' && !worldwide && !this.manyCountries(sent)) {
      const c = this.recentCountry(sent) ?? this.home;
      if (c) {
        const id = this.add(sent, start, end, 'agent', 'actor', composeCode(c, former ? ['ELI'] : codes), 'agent.context-country', src);
        this.registerHead(id, head);
        return end;
      }
    }
    const id = this.add(sent, start, end, 'agent', 'actor', composeCode(null, former ? ['ELI'] : codes), 'agent', src);
    this.registerHead(id, head);
    return end;
  }

  private agentActor(country: string | null, possessor: DictEntry | null, codes: string[], former: boolean): ActorCode {
    // "UN chief", "NATO troops": an organisation keeps its own code
    if (possessor && (possessor.kind === 'organization' || possessor.kind === 'group' || possessor.kind === 'seat')) {
      if (possessor.country === 'IGO' || possessor.country === 'NGO' || possessor.country === 'IMG') return composeCode(possessor.country, possessor.agents);
      return composeCode(possessor.country, possessor.agents.length ? possessor.agents : codes);
    }
    return composeCode(country, former ? ['ELI'] : codes);
  }

  /** "Hungarian and Romanian officials": the agent belongs to both demonyms. */
  private shareAgents(possessor: Chunk, actor: ActorCode): void {
    if (possessor.entry.kind !== 'demonym' && possessor.entry.kind !== 'country') return;
    let i = possessor.start - 1;
    while (i >= 1 && (this.keys[i] === 'and' || this.keys[i] === ',')) {
      const id = this.at[i - 1]!;
      if (id < 0) break;
      const m = this.mentions[id]!;
      if ((m.kind !== 'demonym' && m.kind !== 'country') || !m.actor || m.actor.agents.length) break;
      m.actor = composeCode(m.actor.country, actor.agents);
      m.rule = 'demonym+shared-agent';
      i = m.tokenStart - 1;
    }
  }

  private personMention(sent: number, start: number, end: number, person: Chunk, ownCountry: string | null, agentCodes: string[] | null, former: boolean, rule: string, via: DictEntry | null = null): number {
    const roles = person.entry.roles ?? [];
    let actor: ActorCode | null;
    let r = rule;
    if (ownCountry && agentCodes) {
      // the title seen in the text beats the dictionary: "US President Donald Trump"
      actor = this.agentActor(ownCountry, via, agentCodes, former);
      r = 'title+name';
    } else if (former) {
      const dated = roleActor(roles, this.date);
      actor = composeCode(dated?.country ?? null, ['ELI']);
      r = 'title+name.former';
    } else {
      actor = roleActor(roles, this.date);
      // "President Bush" on a date the dictionary has him out of office: the title in the text wins
      if (actor && agentCodes?.length && actor.agents.includes('ELI')) {
        actor = composeCode(actor.country, agentCodes);
        r = 'title+name.out-of-dictionary-dates';
      }
      if (!actor && agentCodes) actor = composeCode(null, agentCodes);
    }
    const id = this.add(sent, start, end, 'person', 'actor', actor, r, ref(person.entry), { roles });
    this.registerName(id, person.start, person.end);
    return end;
  }

  /** A country, capital, demonym, seat, region or organisation standing alone. */
  private placeMention(sent: number, c: Chunk, sStart: number, sEnd: number): number {
    const e = c.entry;
    const end = c.end;
    const country = e.country;
    if (e.kind === 'organization' || e.kind === 'group' || e.kind === 'seat') {
      this.add(sent, c.start, end, 'organization', 'actor', composeCode(country, e.agents), e.kind === 'seat' ? 'seat' : `gazetteer.${e.kind}`, ref(e));
      return end;
    }
    if (e.kind !== 'country' && c.end < sEnd && DOCUMENT_WORDS.has(this.keys[c.end]!) && this.upper(c.end)) return end;
    if (country === 'KOR' || country === 'PRK') this.korea = true;
    let role = e.kind === 'capital' && this.afterOf(c.start, sStart) ? 'location' : this.placeRole(c.start, sStart);
    // "fired rockets at Israel": a country after "at" is aimed at, not a place ("at the border" is)
    if (role === 'location' && e.kind === 'country' && this.keys[this.prepBefore(c.start, sStart)] === 'at') role = 'actor';
    if (e.kind === 'region') {
      this.add(sent, c.start, end, 'region', country && role === 'actor' ? 'actor' : 'location', country && role === 'actor' ? composeCode(country, []) : null, 'gazetteer.region', ref(e));
      return end;
    }
    if (role === 'location' && this.isArrival(c.start, sStart) && (e.kind === 'capital' || e.kind === 'country')) {
      // "Saddam Hussein arrived in Amman": the host of a visit
      this.add(sent, c.start, end, e.kind === 'capital' ? 'city' : 'country', 'actor', composeCode(country, []), `${e.kind}.visit-destination`, ref(e), { placeCountry: country });
      return end;
    }
    if (role === 'location') {
      this.add(sent, c.start, end, e.kind === 'capital' ? 'city' : e.kind === 'demonym' ? 'demonym' : 'country', 'location', null, `place.after-${this.keys[this.prepBefore(c.start, sStart)] ?? 'of'}`, ref(e), { placeCountry: country });
      return end;
    }
    if (e.kind === 'capital' && c.end < sEnd && this.upper(c.end) && !this.chunk(c.end) && !this.is(c.end, NOT_NAME)) {
      // "the Pyongyang Ceramics Shop": the city names a place in it
      this.add(sent, c.start, end, 'city', 'location', null, 'place.in-name', ref(e), { placeCountry: country });
      return end;
    }
    if (e.kind === 'capital') {
      if (this.isVisitTarget(c.start, sStart)) {
        this.add(sent, c.start, end, 'city', 'actor', composeCode(country, []), 'capital.visit-destination', ref(e), { placeCountry: country });
      } else {
        // "Seoul and Washington agreed": a capital acting is its government
        this.add(sent, c.start, end, 'city', 'actor', composeCode(country, ['GOV']), 'capital.metonymy', ref(e), { placeCountry: country });
      }
      return end;
    }
    if (e.kind === 'place') {
      // "a rally in Lagos", "Lagos on Monday": a city or province is where things happen
      this.add(sent, c.start, end, 'city', 'location', null, 'place.city', ref(e), { placeCountry: country });
      return end;
    }
    // "the AFC Women's Asian Cup", "Italian food": a place word naming a kind of thing, not a party
    if (this.eventName(c.end, sEnd)) return end;
    if (e.kind === 'demonym' && THING_NOUNS.has(this.keys[c.end] ?? '')) return end;
    // "the Pan-national Alliance for Korea's Reunification": a country inside an organisation's name
    {
      const t = this.doc.tokens;
      const p = c.start - 1;
      const after = this.keys[c.end] === "'s" ? c.end + 1 : c.end;
      // "Thousands of Iraqi Kurds": a capital that only opens the sentence starts no name.
      const nameBefore = p - 1 >= sStart && this.upper(p - 1) && !(p - 1 === sStart && (t.pos[p - 1] !== 'PROPN' || this.is(p - 1, MODIFIER)));
      if (p - 1 >= sStart && (this.keys[p] === 'for' || this.keys[p] === 'of' || this.keys[p] === 'and') && nameBefore && !this.chunk(p - 1) && !this.is(p - 1, FUNCTION_WORD) && after < sEnd && this.upper(after) && !this.chunk(after) && !this.is(after, NOT_NAME)) return end;
    }
    const own = this.koreaOf(e);
    this.add(sent, c.start, end, e.kind === 'demonym' ? 'demonym' : 'country', 'actor', composeCode(own, []), own !== country ? 'korea.home' : `gazetteer.${e.kind}`, ref(e), { placeCountry: own });
    return end;
  }

  /**
   * The body that owns an office or agent named before "of": the first
   * country, place or organisation with a country along a run of capitalised
   * words — "of the Guangxi Zhuang Autonomous Regional Committee" (China), "of
   * the Executive Committee of the Palestine Liberation Organization" (PSE).
   * Demonyms and regions inside a name ("the European Society for …", "the
   * All India Indo-Korean Friendship Association") own nothing.
   */
  private ownerAfterOf(ofAt: number, sEnd: number): Chunk | null {
    const t = this.doc.tokens;
    const k = this.keys;
    for (let q = ofAt + 1; q < sEnd && q < ofAt + 12; ) {
      const c = this.chunk(q);
      if (c) {
        const e = c.entry;
        const nameGoesOn = (e.kind === 'region' || e.kind === 'demonym') && c.end < sEnd && this.upper(c.end) && !this.chunk(c.end);
        if (e.country && !nameGoesOn && (PLACE_KINDS.has(e.kind) || e.kind === 'agent')) return c;
        q = c.end;
        continue;
      }
      const w = k[q]!;
      if (w === 'the' || w === 'of' || w === 'for' || w === 'and' || w === '-' || w === "'s" || t.pos[q] === 'NUM' || (this.upper(q) && t.pos[q] !== 'PUNCT')) {
        q++;
        continue;
      }
      return null;
    }
    return null;
  }

  /** A capitalised event or brand word right after (or two words after) a place word: "Asian Cup", "Korean War Memorial". */
  private eventName(j: number, sEnd: number): boolean {
    for (let q = j; q < sEnd && q < j + 3; q++) {
      if (!this.upper(q) && this.keys[q] !== "'s") return false;
      if (EVENT_WORDS.has(this.keys[q]!) && this.upper(q)) return true;
    }
    return false;
  }

  /** Unqualified "Korea", "Korean(s)" is the outlet's Korea: the North in KCNA, the South elsewhere. */
  private koreaOf(e: DictEntry): string | null {
    if (e.country === 'KOR' && this.home === 'PRK' && /^Korea(n|ns)?$/.test(e.name)) return 'PRK';
    return e.country;
  }

  /** "in 80 odd countries", "people of the world": the sentence speaks of many countries at once. */
  private manyCountries(sent: number): boolean {
    const s = this.doc.sentences[sent]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (this.is(i, MANY)) return true;
    return false;
  }

  /** The country of the latest actor or place named in this or the two sentences before, or null. */
  private recentCountry(sent: number): string | null {
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const x = this.mentions[m]!;
      if (sent - x.sentence > 2) break;
      // "Israeli-occupied sector": the name qualifies a place, it does not set the story's country.
      if (attributiveBefore(this.keys, x.tokenEnd)) continue;
      const c = x.actor?.country ?? x.placeCountry ?? null;
      if (c && c.length === 3 && c !== 'IGO' && c !== 'NGO' && c !== 'IMG') return c;
    }
    return null;
  }

  private prepBefore(i: number, sStart: number): number {
    let j = i - 1;
    while (j >= sStart && this.is(j, PLACE_MOD)) j--;
    return j;
  }

  /**
   * "the two sides": the last pair of parties. People named in the last few
   * sentences come first (Lee Do-hoon and his counterpart Biegun, not the
   * ministry that reported their call); else the last two actors with
   * different codes that are not the speaker of a report.
   */
  private pair(sent: number, i: number, sEnd: number): number {
    let end = i + 2;
    if (end < sEnd && PAIR_NOUNS.has(this.keys[end]!)) end++;
    // "the two parties and governments"
    if (end + 1 < sEnd && this.keys[end] === 'and' && PAIR_NOUNS.has(this.keys[end + 1]!)) end += 2;
    const pick = (ok: (x: Mention) => boolean): number[] => {
      const picked: number[] = [];
      const codes = new Set<string>();
      for (let m = this.mentions.length - 1; m >= 0 && picked.length < 2; m--) {
        const x = this.mentions[m]!;
        if (x.role !== 'actor' || !x.actor || x.kind === 'reference' || codes.has(x.actor.code) || !ok(x)) continue;
        codes.add(x.actor.code);
        picked.push(m);
      }
      return picked.length === 2 ? picked.reverse() : [];
    };
    const pickCountries = (ok: (x: Mention) => boolean): number[] => {
      const picked: number[] = [];
      const seen = new Set<string>();
      for (let m = this.mentions.length - 1; m >= 0 && picked.length < 2; m--) {
        const x = this.mentions[m]!;
        const c = x.actor?.country;
        if (x.role !== 'actor' || !c || x.kind === 'reference' || seen.has(c) || !ok(x)) continue;
        seen.add(c);
        picked.push(m);
      }
      return picked.length === 2 ? picked.reverse() : [];
    };
    // two parties of two countries first ("the two sides" after Lee Do-hoon and Biegun), then any two
    let picked = pickCountries((x) => x.kind === 'person' && sent - x.sentence <= 3);
    if (!picked.length) picked = pickCountries((x) => sent - x.sentence <= 2 && !SPEECH.has(this.keys[x.tokenEnd] ?? ''));
    if (!picked.length) picked = pick((x) => x.kind === 'person' && !!x.actor?.country && sent - x.sentence <= 3);
    if (!picked.length) picked = pickCountries((x) => !SPEECH.has(this.keys[x.tokenEnd] ?? ''));
    if (!picked.length) return end;
    this.add(sent, i, end, 'reference', 'actor', null, 'coref.pair', null, { antecedents: picked });
    return end;
  }

  /** Does the name of mention `m` hold the word `key` ("court" in "International Court of Justice")? */
  private nameHolds(m: Mention, key: string): boolean {
    for (let j = m.tokenStart; j < m.tokenEnd; j++) if (this.keys[j] === key) return true;
    return false;
  }

  /** The last actor mention that `pred` accepts, among the last `within` mentions (all by default); -1 when none. */
  private findBack(pred: (m: Mention) => boolean, within = Infinity): number {
    for (let m = this.mentions.length - 1; m >= 0 && m >= this.mentions.length - within; m--) {
      const x = this.mentions[m]!;
      if (x.role === 'actor' && pred(x)) return m;
    }
    return -1;
  }

  private registerName(id: number, start: number, end: number): void {
    // first and last word of the name: "Lee" and "Do-hoon"'s pieces are not names, "Biegun" is
    const k = this.keys;
    let first = -1;
    let last = -1;
    for (let j = start; j < end; j++) {
      if (k[j] === '-' || this.is(j, PARTICLE | NOT_NAME)) continue;
      if (j > start && k[j - 1] === '-') continue;
      if (first < 0) first = j;
      last = j;
    }
    if (first === last) return;
    this.names.set(k[first]!, id);
    this.names.set(k[last]!, id);
  }

  private registerHead(id: number, head: DictEntry | null): void {
    if (!head || head.kind !== 'agent' || !this.mentions[id]?.actor?.country) return;
    this.heads.set(headWord(head), id);
  }

  add(sent: number, start: number, end: number, kind: MentionKind, role: MentionRole, actor: ActorCode | null, rule: string, entry: string | null, extra?: Partial<Mention>): number {
    const t = this.doc.tokens;
    const id = this.mentions.length;
    const m: Mention = {
      id,
      sentence: sent,
      start: t.start[start]!,
      end: t.end[end - 1]!,
      tokenStart: start,
      tokenEnd: end,
      text: this.doc.text.slice(t.start[start]!, t.end[end - 1]!),
      kind,
      role,
      actor,
      antecedent: null,
      rule,
      entry,
      ...extra,
    };
    this.mentions.push(m);
    for (let j = start; j < end; j++) this.at[j] = id;
    if (actor?.country === 'KOR' || actor?.country === 'PRK') this.korea = true;
    return id;
  }
}

/** The last agent word can stand before a personal name ("President", "Minister"). */
function titledUse(agents: Chunk[]): boolean {
  return agents[agents.length - 1]!.entry.use !== 'noun';
}

// Strings made from a dictionary entry, once per entry rather than per mention (entries do not change once compiled).
const refs = new WeakMap<DictEntry, string>();
const headWords = new WeakMap<DictEntry, string>();
const lastWords = new WeakMap<DictEntry, string>();

/** How a mention names its dictionary entry: "dict/people.tsv:57: Stephen Biegun". */
function ref(e: DictEntry): string {
  let r = refs.get(e);
  if (r === undefined) {
    r = `${e.source}: ${e.name}`;
    refs.set(e, r);
  }
  return r;
}

/** The head word an agent entry is referred back by: "Foreign Ministers" → "minister". */
function headWord(e: DictEntry): string {
  let w = headWords.get(e);
  if (w === undefined) {
    const words = e.name.toLowerCase().split(' ');
    w = singular(words[words.length - 1]!);
    headWords.set(e, w);
  }
  return w;
}

/** The last word of an entry's name as written: "Vice Foreign Minister" → "Minister". */
function lastWord(e: DictEntry): string {
  let w = lastWords.get(e);
  if (w === undefined) {
    w = e.name.split(' ').pop()!;
    lastWords.set(e, w);
  }
  return w;
}

/** "ministers" → "minister", "ministries" → "ministry", "authorities" → "authority". */
function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The agents of a chain of agent words: the most specific one wins ("government troops" → MIL). */
function pickAgents(entries: DictEntry[]): string[] {
  let best: string[] = [];
  for (const e of entries) {
    if (!e.agents.length) continue;
    if (!best.length) best = e.agents;
    else if (e.agents.some((a) => SPECIFIC.has(a)) && !best.some((a) => SPECIFIC.has(a))) best = e.agents;
  }
  return best;
}

function roleActor(roles: readonly DatedRole[], date: string | null): ActorCode | null {
  if (!roles.length) return null;
  return actorOnDate({ roles, rule: 'person', actor: null } as unknown as Mention, date);
}
