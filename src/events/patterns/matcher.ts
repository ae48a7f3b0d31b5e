import type { TokenTable } from '../../doc/tokens.js';
import type { PatternElement, VerbPattern } from './pattern.js';
import { WordFilter } from './word-filter.js';

/** What the matcher needs to know about actor mentions, per token of the document. */
export interface SlotIndex {
  /** For each token: the index of the actor mention starting there, or -1. */
  mentionStart: Int32Array;
  /** For each mention index: the token after its end. */
  mentionEnd: Int32Array;
  /** For each token: the mention covering it, or -1 (used by words before the anchor). */
  mentionAt: Int32Array;
  /** For each mention index: its first token. */
  mentionBegin: Int32Array;
  /** For each mention: 1 when its code names a country (absent: all do). */
  hasCountry?: Uint8Array;
  /** For each mention: 1 when its code carries an agent (absent: none do). */
  hasAgent?: Uint8Array;
}

/** One pattern matched at an anchor token. */
export interface PatternMatch {
  pattern: VerbPattern;
  anchor: number;
  /** Token after the last token the pattern matched (slots included). */
  end: number;
  /** Last literal word matched (end of the verbal evidence). */
  lastWord: number;
  /** Mention indices filling the target / source slots (compounds give several). */
  targets: number[];
  sources: number[];
  /** Literal words matched plus a quarter per filled slot: the more specific match wins. */
  score: number;
  /** Extra words matched by multi-word alternatives. */
  extra: number;
}

/** Tokens the matcher may step over between two pattern words: "held [their first phone] talks". */
const FILLER = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART']);
const MAX_GAP = 5;
/** A currency sign before an amount: "$5 billion". */
const CURRENCY = /^[$€£¥]$/;
/** Words ending an amount: "10 million dollars in aid", "$5 billion in loans". */
const AMOUNT_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'francs', 'rubles', 'roubles', 'rupees', 'million', 'billion', 'trillion', 'tons', 'tonnes']);
/** Tokens allowed between a slot's position and the actor that fills it: "attacked [positions of the] Palestinian forces". */
const SLOT_FILLER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART', 'ADV']);
const MAX_SLOT_GAP = 5;

type WordElement = Extract<PatternElement, { kind: 'word' }>;

/** A pattern as the matcher tries it: what `tryList` would otherwise work out again at every try. */
interface Entry {
  pattern: VerbPattern;
  first: WordElement;
  /** Literal words before the anchor (PETRARCH "SAID * TO"), counted into the score. */
  beforeWords: number;
  /**
   * The pattern's second element when it is a word that must be there ("hold [talks]", "be [on] alert"), else null:
   * most tries fail for want of it, and the tokens a scan for it looks at are the same for every pattern of the list.
   */
  second: WordElement | null;
}

/** What a form anchors, by itself and through its stems. */
interface Form {
  list: Entry[] | undefined;
  stems: Entry[][] | null;
}

/** The form of most words: it anchors nothing, and no stem of it does. */
const NO_FORM: Form = { list: undefined, stems: null };

/** Word ids from here on (a huge ingest's new words) are worked out each time instead of remembered. */
const MAX_WORDS = 4_000_000;
/**
 * The lemma memo keeps two pointers per word (8 bytes each, up to the highest id met): word ids from here on are
 * looked up each time. A news vocabulary stays far below it.
 */
const MAX_LEMMA_WORDS = 1_000_000;

/** `list[i] = value`, growing a dense array in order (no holes V8 would turn into a dictionary). */
function setDense<T>(list: (T | undefined)[], i: number, value: T | undefined): void {
  while (list.length < i) list.push(undefined);
  list[i] = value;
}

/**
 * Verb patterns compiled once into a lemma-indexed table: at run time each
 * token costs one or two map look-ups, and only the patterns anchored on its
 * lemma are tried.
 *
 * @example
 * const m = new PatternMatcher(patterns);
 * m.matchAt(doc.tokens, slots, 3, sentenceEnd) // best match anchored at token 3, or null
 */
export class PatternMatcher {
  readonly patterns: readonly VerbPattern[];
  private readonly index = new Map<string, Entry[]>();
  /** Rules out most tokens before `index` is asked: some 85 % of the tokens tried anchor nothing. */
  private readonly anchorFilter: WordFilter;
  /**
   * For an inflected form the tagger may have missed ("mediated/ADJ"): the lists anchored on its stems, in `stems`
   * order, or null. Remembered per word: working them out again cut strings and looked each up (a quarter of the
   * matcher's time).
   */
  private readonly stemLists = new Map<string, Entry[][] | null>();
  /**
   * The "-ed" forms whose stems are anchors ("visited", "visitd" for "visit"; "carried" for "carry"): a regular "-ed"
   * word not among them has no stem list, without asking `stemLists`.
   */
  private readonly inflectedFilter: WordFilter;
  /**
   * Per word id (`TokenTable.word`): what `matchAt` needs of the form alone, once worked out. 0: not yet; 1: the form
   * anchors no list and has no stem lists (most words); 2: `forms` has it. A byte per word, so that the table stays
   * small enough for the cache. A token's lemma also depends on its tag (and a contraction's on the token), so it is
   * looked up apart, remembered per word by `lemmaOf`.
   */
  private formCode = new Uint8Array(1 << 12);
  private readonly forms = new Map<number, Form>();
  /** Per word id: the lemma last met with the form and its list (`lemmaListOf`), reused while the lemma is the same. */
  private readonly lemmaOf: (string | undefined)[] = [];
  private readonly lemmaListOf: (Entry[] | undefined)[] = [];
  /** The match under construction: one object reused by every try, copied out when it wins. */
  private readonly scratch: PatternMatch = { pattern: null as never, anchor: 0, end: 0, lastWord: 0, targets: [], sources: [], score: 0, extra: 0 };
  /** The tokens a scan for a word after the anchor looks at (`scanTokens`), shared by the patterns of a list. */
  private readonly scanned: number[] = [];

  constructor(patterns: VerbPattern[]) {
    this.patterns = patterns;
    for (const p of patterns) {
      const anchor = p.elements[0]!;
      if (anchor.kind !== 'word') continue;
      const second = p.elements[1];
      const entry: Entry = {
        pattern: p,
        first: anchor,
        beforeWords: p.before ? p.before.filter((e) => e.kind === 'word').length : 0,
        second: second?.kind === 'word' && !second.optional ? second : null,
      };
      for (const a of anchor.alts) {
        let list = this.index.get(a);
        if (!list) this.index.set(a, (list = []));
        list.push(entry);
      }
    }
    // Most specific first, so the first full match at an anchor is the best one.
    for (const list of this.index.values()) list.sort((x, y) => y.pattern.weight - x.pattern.weight);
    this.anchorFilter = new WordFilter(this.index.keys());
    // The inverse of `stems` for "-ed": w.slice(0, -1), w.slice(0, -2) and "-ied" → "-y".
    const inflected: string[] = [];
    for (const a of this.index.keys()) {
      inflected.push(a + 'd', a + 'ed');
      if (a.endsWith('y')) inflected.push(a.slice(0, -1) + 'ied');
    }
    this.inflectedFilter = new WordFilter(inflected);
  }

  /** True when some pattern is anchored on this lemma or form. */
  hasAnchor(word: string): boolean {
    return this.index.has(word);
  }

  /** The most specific pattern matching at `anchor` (sentence ends at token `end`), or null. */
  matchAt(t: TokenTable, slots: SlotIndex, anchor: number, end: number): PatternMatch | null {
    // (Most tokens anchor nothing: they are ruled out by the word id and the lemma's identity, most often without
    // reading either string, each its own heap object and seldom in the cache. The lemma is most often the very
    // string of the form: then the form's list is the lemma's.)
    const word = t.word[anchor]!;
    const lemma = t.lemma[anchor]!;
    const norm = t.norm[anchor]!;
    const form = this.formOf(word, t, anchor);
    const lemmaList = lemma === norm ? form.list : this.lemmaList(word, lemma);
    if (!lemmaList && form === NO_FORM) return null;
    let best: PatternMatch | null = null;
    if (lemmaList) best = this.tryList(lemmaList, t, slots, anchor, end, best);
    if (norm !== lemma && form.list) best = this.tryList(form.list, t, slots, anchor, end, best);
    if (!best && form.stems) {
      // The tagger sometimes misses an inflection ("forgave/NOUN", "mediated/ADJ"): try the usual endings.
      for (const list of form.stems) {
        best = this.tryList(list, t, slots, anchor, end, best);
        if (best) break;
      }
    }
    if (!best && lemmaList && passiveByAgent(t, slots, anchor, end)) {
      // "The soldiers were released by Hamas": the object of "release TGT" stands before the verb, as its subject;
      // the clause analysis finds it and the agent after "by".
      for (const { pattern: p } of lemmaList) {
        const [, slot, ...rest] = p.elements;
        if (slot?.kind !== 'slot' || slot.slot !== 'target' || slot.optional || p.before?.length) continue;
        // Anything after the slot ("accuse TGT of") must still match after the agent, or be optional.
        if (rest.some((e) => !e.optional)) continue;
        return { pattern: p, anchor, end: anchor + 1, lastWord: anchor, targets: [], sources: [], score: 1, extra: 0 };
      }
    }
    return best;
  }

  /** What the form of token `i` (of word id `word`, or -1) anchors: remembered per word id below MAX_WORDS. */
  private formOf(word: number, t: TokenTable, i: number): Form {
    if (word < 0 || word >= MAX_WORDS) return this.workOutForm(t.norm[i]!);
    if (word >= this.formCode.length) {
      const grown = new Uint8Array(Math.min(MAX_WORDS, Math.max(word + 1, 2 * this.formCode.length)));
      grown.set(this.formCode);
      this.formCode = grown;
    }
    const code = this.formCode[word]!;
    if (code === 1) return NO_FORM;
    if (code === 2) return this.forms.get(word)!;
    const form = this.workOutForm(t.norm[i]!);
    if (form === NO_FORM) this.formCode[word] = 1;
    else {
      this.forms.set(word, form);
      this.formCode[word] = 2;
    }
    return form;
  }

  /** The patterns anchored on the form and the lists of its stems (for a form the tagger may not have inflected). */
  private workOutForm(norm: string): Form {
    const list = this.anchorFilter.mayHave(norm) ? this.index.get(norm) : undefined;
    const stems = (endsWithEd(norm) ? this.inflectedFilter.mayHave(norm) || irregular(norm) : irregular(norm)) ? this.stemListsOf(norm) : null;
    return list || stems ? { list, stems } : NO_FORM;
  }

  /**
   * The patterns anchored on `lemma`, the lemma of a token of word id `word` (or -1). The lemma last met with the word
   * is most often the same string object (the tokenizer keeps one per word and tag): then no character is read.
   */
  private lemmaList(word: number, lemma: string): Entry[] | undefined {
    if (word < 0 || word >= MAX_LEMMA_WORDS) return this.anchorFilter.mayHave(lemma) ? this.index.get(lemma) : undefined;
    if (this.lemmaOf[word] === lemma) return this.lemmaListOf[word];
    const list = this.anchorFilter.mayHave(lemma) ? this.index.get(lemma) : undefined;
    setDense(this.lemmaOf, word, lemma);
    setDense(this.lemmaListOf, word, list);
    return list;
  }

  private stemListsOf(norm: string): Entry[][] | null {
    let lists = this.stemLists.get(norm);
    if (lists === undefined) {
      lists = null;
      for (const stem of stems(norm)) {
        const list = this.index.get(stem);
        if (list) (lists ??= []).push(list);
      }
      // Words seen at most: a news vocabulary's inflected forms stay well below it.
      if (this.stemLists.size >= 100_000) this.stemLists.clear();
      this.stemLists.set(norm, lists);
    }
    return lists;
  }

  private tryList(list: Entry[], t: TokenTable, slots: SlotIndex, anchor: number, end: number, best: PatternMatch | null): PatternMatch | null {
    const m = this.scratch;
    const scanned = this.scanned;
    let nScanned = -1;
    const inName = nameAfterArticle(t, anchor);
    for (let k = 0; k < list.length; k++) {
      const { pattern: p, first, beforeWords, second } = list[k]!;
      if (best && best.score >= p.weight + 1) break;
      if (!posOk(first.pos, t, anchor) || (inName && first.pos !== 'n')) continue;
      if (second !== null) {
        // No token the scan looks at is the word: the pattern cannot match (`matchOne` would find the same).
        let found = false;
        if (second.tight) found = anchor + 1 < end && wordOk(t, anchor + 1, second);
        else {
          if (nScanned < 0) nScanned = scanTokens(t, slots, anchor + 1, end, scanned);
          for (let v = 0; v < nScanned && !found; v++) found = wordOk(t, scanned[v]!, second);
        }
        if (!found) continue;
      }
      m.pattern = p;
      m.anchor = anchor;
      m.end = anchor + 1;
      m.lastWord = anchor;
      // (Only when not empty: setting an array's length is a runtime call.)
      if (m.targets.length) m.targets.length = 0;
      if (m.sources.length) m.sources.length = 0;
      m.score = 0;
      m.extra = 0;
      if (matchFrom(t, slots, p.elements, 1, anchor + 1, end, m) && (!p.before?.length || matchBefore(t, slots, p.before, anchor, m, p.beforeTight === true))) {
        let score = 1 + countWords(p, m) + beforeWords + m.extra + 0.25 * ((m.targets.length ? 1 : 0) + (m.sources.length ? 1 : 0));
        // The form as written beats a lemma match: PETRARCH's "LEFT" block over "LEAVE" for "left".
        if (first.alts.includes(t.norm[anchor]!) && t.norm[anchor] !== t.lemma[anchor]) score += 0.1;
        if (!best || score > best.score) best = { pattern: p, anchor, end: m.end, lastWord: m.lastWord, targets: m.targets.slice(), sources: m.sources.slice(), score, extra: m.extra };
      }
    }
    return best;
  }
}

/**
 * A past participle after a form of "be" with an actor as its agent right after it:
 * "were released (yesterday) by Hamas". Without a named agent a bare participle is too often
 * an adjective or a reduced clause to stand for a passive.
 */
function passiveByAgent(t: TokenTable, slots: SlotIndex, anchor: number, end: number): boolean {
  const n = t.norm[anchor]!;
  if (n === t.lemma[anchor] || n.endsWith('ing') || (t.pos[anchor] !== 'VERB' && t.pos[anchor] !== 'ADJ')) return false;
  let j = anchor - 1;
  while (j >= 0 && anchor - j < 4 && (t.pos[j] === 'ADV' || t.pos[j] === 'PART')) j--;
  if (j < 0 || t.pos[j] !== 'AUX' || (t.lemma[j] !== 'be' && t.lemma[j] !== 'get')) return false;
  let k = anchor + 1;
  while (k < end && k < anchor + 3 && (t.pos[k] === 'ADV' || t.norm[k] === 'yesterday' || t.norm[k] === 'today')) k++;
  if (t.norm[k] !== 'by') return false;
  for (let i = k + 1; i < end && i < k + 4; i++) {
    if (slots.mentionStart[i]! >= 0) return true;
    if (t.pos[i] !== 'DET' && t.pos[i] !== 'ADJ') return false;
  }
  return false;
}

/** Words matched besides the anchor, approximated from the pattern and the matched stretch. */
function countWords(p: VerbPattern, m: PatternMatch): number {
  let n = 0;
  for (let k = 1; k < p.elements.length; k++) {
    const e = p.elements[k]!;
    if (e.kind === 'word' && (!e.optional || m.lastWord > m.anchor)) n += e.optional ? 0.5 : 1;
  }
  return n;
}

/** Candidate base forms of an inflected word: "mediated" → "mediate", "mediat". */
export function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  const irregular = IRREGULAR.get(w);
  if (irregular) out.push(irregular);
  return out;
}

/**
 * Irregular past forms the tagger leaves unlemmatised when it mistags them.
 * A Map: it is asked about every anchor token, and a look-up of a token's
 * string in a plain object costs a probe of V8's string table each time.
 */
const IRREGULAR = new Map<string, string>(Object.entries({
  forgave: 'forgive', forgiven: 'forgive', overran: 'overrun', shot: 'shoot', fought: 'fight', struck: 'strike',
  held: 'hold', met: 'meet', spoke: 'speak', sought: 'seek', beat: 'beat', beaten: 'beat', took: 'take', taken: 'take',
  gave: 'give', given: 'give', threw: 'throw', sent: 'send', led: 'lead', broke: 'break', broken: 'break', withdrew: 'withdraw',
  withdrawn: 'withdraw', stood: 'stand', laid: 'lay', hit: 'hit', blew: 'blow', froze: 'freeze', frozen: 'freeze', slew: 'slay',
  began: 'begin', retook: 'retake', retaken: 'retake', overrun: 'overrun', begun: 'begin', flew: 'fly', flown: 'fly', made: 'make', paid: 'pay', swore: 'swear', sworn: 'swear',
}));

const IRREGULAR_FILTER = new WordFilter(IRREGULAR.keys());

function irregular(w: string): boolean {
  return IRREGULAR_FILTER.mayHave(w) && IRREGULAR.has(w);
}

/** `w.endsWith('ed')`, without the call: asked of every token that anchors no pattern. */
export function endsWithEd(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101;
}

/** The rest of a multi-word alternative, each word within a short gap; index of its last token or -1. */
function matchTail(t: TokenTable, words: string[], from: number, end: number): number {
  let pos = from;
  let last = -1;
  for (const w of words) {
    let found = -1;
    for (let gap = 0; gap <= 2; gap++) {
      const i = pos + gap;
      if (i >= end) return -1;
      if (t.norm[i] === w || t.lemma[i] === w) {
        found = i;
        break;
      }
      if (!FILLER.has(t.pos[i]!)) return -1;
    }
    if (found < 0) return -1;
    last = found;
    pos = found + 1;
  }
  return last;
}

/** Words before the anchor, right to left: PETRARCH's "SAID * TO", "$ * …". */
function matchBefore(t: TokenTable, slots: SlotIndex, els: PatternElement[], anchor: number, m: PatternMatch, anchorTight: boolean): boolean {
  const sentence = t.sentence[anchor];
  let pos = anchor - 1;
  for (let k = els.length - 1; k >= 0; k--) {
    const e = els[k]!;
    let found = -1;
    // Tight to the right: the next element (or the anchor) was joined to this one by "_".
    const right = k + 1 < els.length ? els[k + 1]! : null;
    const tight = right ? right.kind === 'word' && right.tight === true : anchorTight;
    const maxGap = tight ? 0 : MAX_GAP + 2;
    for (let gap = 0; gap <= maxGap; gap++) {
      const i = pos - gap;
      if (i < 0 || t.sentence[i] !== sentence) break;
      if (e.kind === 'word') {
        if (wordOk(t, i, e)) {
          found = i;
          break;
        }
      } else {
        const mi = slots.mentionAt[i]!;
        if (mi >= 0) {
          (e.slot === 'target' ? m.targets : m.sources).push(mi);
          found = slots.mentionBegin[mi]!;
          break;
        }
      }
      const tag = t.pos[i]!;
      if (!FILLER.has(tag) && tag !== 'AUX' && tag !== 'PUNCT') break;
    }
    if (found < 0) return false;
    pos = found - 1;
  }
  return true;
}

/**
 * A capitalised word after an article inside a sentence is part of a name, not a verb, whatever the
 * tagger says: "police cleared the Occupy Denver camp".
 */
function nameAfterArticle(t: TokenTable, i: number): boolean {
  if (i === 0 || t.pos[i - 1] !== 'DET' || t.sentence[i - 1] !== t.sentence[i]) return false;
  const c = t.text[i]!.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function posOk(pos: 'n' | 'v' | null, t: TokenTable, i: number): boolean {
  if (pos === null) return true;
  const tag = t.pos[i]!;
  if (pos === 'n') {
    if (tag === 'NOUN' || tag === 'PROPN') return true;
    // The tagger reads some event nouns as adjectives: "the offensive against Gaza".
    const next = t.pos[i + 1];
    return tag === 'ADJ' && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ' && !endsWithEd(t.norm[i]!);
  }
  if (tag === 'VERB' || tag === 'AUX') return true;
  // …and some past tenses as adjectives: "Israel blockaded/ADJ Gaza".
  return tag === 'ADJ' && endsWithEd(t.norm[i]!);
}

function wordOk(t: TokenTable, i: number, e: Extract<PatternElement, { kind: 'word' }>): boolean {
  if (!posOk(e.pos, t, i)) return false;
  return e.alts.includes(t.lemma[i]!) || e.alts.includes(t.norm[i]!);
}

/**
 * Backtracking over optional groups; patterns are a handful of elements long. What follows a matched element is
 * `matchNext` with the element's group (no closure per element: this runs for every pattern tried).
 */
function matchFrom(
  t: TokenTable,
  slots: SlotIndex,
  els: PatternElement[],
  k: number,
  pos: number,
  end: number,
  m: PatternMatch,
): boolean {
  if (k >= els.length) {
    m.end = Math.max(m.end, pos);
    return true;
  }
  const e = els[k]!;
  if (e.optional) {
    // Try the group, then without it.
    const saveT = m.targets.length;
    const saveS = m.sources.length;
    const saveW = m.lastWord;
    if (matchGroup(t, slots, els, k, pos, end, m)) return true;
    if (m.targets.length !== saveT) m.targets.length = saveT;
    if (m.sources.length !== saveS) m.sources.length = saveS;
    m.lastWord = saveW;
    let next = k;
    while (next < els.length && els[next]!.group === e.group) next++;
    return matchFrom(t, slots, els, next, pos, end, m);
  }
  return matchOne(t, slots, els, k, pos, end, m, NO_GROUP);
}

/** `matchNext`'s group for an element matched outside an optional group (groups are numbered from 0). */
const NO_GROUP = -1;

/** The elements of the optional group at `k` from `k` on, then the rest of the pattern. */
function matchGroup(t: TokenTable, slots: SlotIndex, els: PatternElement[], k: number, pos: number, end: number, m: PatternMatch): boolean {
  return matchNext(t, slots, els, k, pos, end, m, els[k]!.group);
}

/**
 * Go on at element `k` from token `pos`: inside optional group `g`, its next element (or past the group's end, the
 * rest of the pattern); with NO_GROUP, the rest of the pattern.
 */
function matchNext(t: TokenTable, slots: SlotIndex, els: PatternElement[], k: number, pos: number, end: number, m: PatternMatch, g: number): boolean {
  if (g === NO_GROUP || k >= els.length || els[k]!.group !== g) return matchFrom(t, slots, els, k, pos, end, m);
  return matchOne(t, slots, els, k, pos, end, m, g);
}

function matchOne(
  t: TokenTable,
  slots: SlotIndex,
  els: PatternElement[],
  k: number,
  pos: number,
  end: number,
  m: PatternMatch,
  g: number,
): boolean {
  const e = els[k]!;
  if (e.kind === 'word') {
    const maxGap = e.tight ? 0 : MAX_GAP;
    let skipped = 0;
    for (let gap = 0; gap <= maxGap; gap++) {
      const i = pos + gap + skipped;
      if (i >= end) return false;
      if (wordOk(t, i, e)) {
        const saveW = m.lastWord;
        const saveX = m.extra;
        // A multi-word alternative: its other words follow, longest first.
        const tails = e.tails?.get(t.lemma[i]!) ?? e.tails?.get(t.norm[i]!);
        if (tails) {
          for (const tail of tails) {
            const last = tail.length ? matchTail(t, tail, i + 1, end) : i;
            if (last < 0) continue;
            m.lastWord = last;
            m.extra = saveX + tail.length;
            if (matchNext(t, slots, els, k + 1, last + 1, end, m, g)) return true;
            m.lastWord = saveW;
            m.extra = saveX;
          }
          return false;
        }
        m.lastWord = i;
        if (matchNext(t, slots, els, k + 1, i + 1, end, m, g)) return true;
        m.lastWord = saveW;
        return false;
      }
      // "pressed Ugandan workers (mostly dockers) to": a bracketed aside between two words costs nothing.
      if (!e.tight) {
        const par = parentheticalEnd(t, i, end);
        if (par > 0) {
          skipped += par - i;
          gap--;
          continue;
        }
      }
      if (!stepsOver(t, slots, i, pos, end)) return false;
    }
    return false;
  }
  // A slot: the first actor mention within a short stretch of modifiers, plus any "and"-joined ones.
  for (let gap = 0; gap <= MAX_SLOT_GAP; gap++) {
    const i = pos + gap;
    if (i >= end) return false;
    const mi = slots.mentionStart[i]!;
    // "any official contact with Canada": an agent word modifying a noun is not the party.
    if (mi >= 0 && slots.hasCountry && !slots.hasCountry[mi] && t.pos[slots.mentionEnd[mi]!] === 'NOUN') {
      gap += slots.mentionEnd[mi]! - 1 - i;
      continue;
    }
    // "killed the commander of Kenya's militia ally": the party's ally, rival or neighbour is not the party.
    if (mi >= 0 && relationalPossessive(t, slots.mentionEnd[mi]!, end) > 0) {
      gap += relationalPossessive(t, slots.mentionEnd[mi]!, end) - 1 - i;
      continue;
    }
    // "talked with Jan Novak, the new Czech ambassador, …": a name the dictionaries lack, described by the appositive.
    const head = mi >= 0 ? mi : describedName(t, slots, i, end);
    if (head >= 0) {
      const found = compound(t, slots, head, end);
      const list = e.slot === 'target' ? m.targets : m.sources;
      const save = list.length;
      list.push(...found.mentions);
      if (matchNext(t, slots, els, k + 1, found.end, end, m, g)) return true;
      // "pushed the UN food agency, WFP, out of the region": an appositive name between commas is the same party.
      const app = appositiveEnd(t, slots, found.end, end);
      if (app > 0 && matchNext(t, slots, els, k + 1, app, end, m, g)) return true;
      // "pressed workers of the Harbour Union (HU) to …": a bracketed alias or aside after the party is stepped over.
      const par = parentheticalEnd(t, found.end, end);
      if (par > 0 && matchNext(t, slots, els, k + 1, par, end, m, g)) return true;
      if (list.length !== save) list.length = save;
      return false;
    }
    const tag = t.pos[i]!;
    if (!SLOT_FILLER.has(tag) && !(tag === 'ADP' && (t.norm[i] === 'of' || t.norm[i] === 'than')) && !approximator(t, i, end)) return false;
  }
  return false;
}

/** May a scan for a pattern word started at `pos` go on past token `i` (not the word)? */
function stepsOver(t: TokenTable, slots: SlotIndex, i: number, pos: number, end: number): boolean {
  // A place between ("the summit in Vietnam between Trump and Kim"), a measure ("70 million dollars of aid").
  return (
    FILLER.has(t.pos[i]!) ||
    // A party's name modifying the next word, whatever its tag: "opposed to French mediation" (French/VERB).
    slots.mentionAt[i]! >= 0 ||
    (t.pos[i] === 'ADP' && (t.norm[i] === 'in' || t.norm[i] === 'at') && t.pos[i + 1] === 'PROPN') ||
    (t.norm[i] === 'of' && i > pos) ||
    // "pledged 10 million dollars in aid", "$5 billion in loans": an amount "in" the kind given.
    (t.norm[i] === 'in' && i > pos && AMOUNT_WORDS.has(t.norm[i - 1]!)) ||
    (t.pos[i] === 'SYM' && CURRENCY.test(t.norm[i]!) && t.pos[i + 1] === 'NUM') ||
    (t.norm[i] === '-' && i > pos) ||
    // "an open-ended strike": the half after a hyphen, whatever its tag ("ended"/VERB), is part of the modifier.
    (i - 1 > pos && t.norm[i - 1] === '-' && t.end[i - 1] === t.start[i]) ||
    approximator(t, i, end) ||
    // "restore complete, full diplomatic ties": a comma between adjectives.
    // ("complete, full diplomatic ties": the tagger may read the second adjective as an adverb.)
    (t.norm[i] === ',' && i > pos && t.pos[i - 1] === 'ADJ' && (t.pos[i + 1] === 'ADJ' || (t.pos[i + 1] === 'ADV' && t.pos[i + 2] === 'ADJ')))
  );
}

/**
 * The tokens a scan for a (not tight) pattern word from `pos` looks at, in order, into `out`; returns how many.
 * The same for every word: `matchOne` stops at the first that is the word, or after the last.
 */
function scanTokens(t: TokenTable, slots: SlotIndex, pos: number, end: number, out: number[]): number {
  let n = 0;
  let skipped = 0;
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    const i = pos + gap + skipped;
    if (i >= end) break;
    out[n++] = i;
    const par = parentheticalEnd(t, i, end);
    if (par > 0) {
      skipped += par - i;
      gap--;
      continue;
    }
    if (!stepsOver(t, slots, i, pos, end)) break;
  }
  return n;
}

/**
 * At `at`, an unknown name (capitalised words no dictionary knows) then ", " and an actor phrase describing it
 * ("Jan Novak, the new Czech ambassador"): the describing mention, or -1. The phrase must hold an agent (a role),
 * so "Novak, Prague" (a place) or "Novak, Czech Republic" do not make the name a state.
 */
function describedName(t: TokenTable, slots: SlotIndex, at: number, end: number): number {
  if (t.pos[at] !== 'PROPN' || !/^\p{Lu}/u.test(t.text[at]!)) return -1;
  let k = at;
  while (k < end && k < at + 5 && t.pos[k] === 'PROPN' && slots.mentionAt[k]! < 0) k++;
  if (k >= end || t.norm[k] !== ',') return -1;
  k++;
  while (k < end && k < at + 9 && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ' || t.pos[k] === 'ADV' || (t.pos[k] === 'PROPN' && /^\p{Ll}/u.test(t.text[k]!))) && slots.mentionStart[k]! < 0) k++;
  const mi = k < end ? slots.mentionStart[k]! : -1;
  return mi >= 0 && slots.hasAgent?.[mi] ? mi : -1;
}

/** Nouns of a relation to another party: "Kenya's allies", "Israel's militia ally", "its neighbours". */
const RELATIONAL = new Set([
  'ally', 'allies', 'rival', 'rivals', 'enemy', 'enemies', 'foe', 'foes', 'opponent', 'opponents',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'proxy', 'proxies',
]);

/**
 * After a party's name at `at`: "'s", up to two modifiers and a noun of relation ("Kenya['s militia ally]").
 * Returns the token after that noun, or -1 when the name is not a possessor of such a relation.
 */
export function relationalPossessive(t: TokenTable, at: number, end: number): number {
  // The "'s" may close the name's own span ("Kenya's" as one mention) or follow it.
  const mark = at < end && (t.norm[at] === "'s" || t.norm[at] === "'") ? at : at > 0 && t.norm[at - 1] === "'s" ? at - 1 : -1;
  if (mark < 0) return -1;
  for (let k = mark + 1; k < end && k <= mark + 3; k++) {
    if (RELATIONAL.has(t.norm[k]!) && t.pos[k] === 'NOUN') return k + 1;
    if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'ADJ') return -1;
  }
  return -1;
}

/** The token after ", NAME," right after a slot's actor (an appositive naming it again), or -1. */
function appositiveEnd(t: TokenTable, slots: SlotIndex, at: number, end: number): number {
  if (t.norm[at] !== ',') return -1;
  let k = at + 1;
  if (k < end && t.pos[k] === 'DET') k++;
  const mi = k < end ? slots.mentionStart[k]! : -1;
  if (mi < 0) return -1;
  const after = slots.mentionEnd[mi]!;
  return after + 1 < end && t.norm[after] === ',' ? after + 1 : -1;
}

/** The token after a short "( … )" starting at `at`, or -1. */
function parentheticalEnd(t: TokenTable, at: number, end: number): number {
  if (t.norm[at] !== '(') return -1;
  for (let k = at + 1; k < end && k <= at + 8; k++) {
    if (t.norm[k] === ')') return k + 1 < end ? k + 1 : -1;
    if (t.norm[k] === '(') return -1;
  }
  return -1;
}

/** Words that open a count: "more than 300", "at least 40", "nearly 2,000", "up to 50". */
const COUNT_WORDS = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'up', 'to', 'roughly', 'approximately']);

/**
 * A word that qualifies the number after it: "free over 150 prisoners", "up to 13,000 refugees", "about 20 soldiers",
 * "more than 6,000 refugees", "at least 40 fishermen".
 */
export function approximator(t: TokenTable, i: number, end: number): boolean {
  if ((t.pos[i] === 'ADP' || t.pos[i] === 'ADV' || t.pos[i] === 'PART') && i + 1 < end && t.pos[i + 1] === 'NUM') return true;
  if (!COUNT_WORDS.has(t.norm[i]!)) return false;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    if (t.pos[j] === 'NUM') return true;
    if (!COUNT_WORDS.has(t.norm[j]!)) return false;
  }
  return false;
}

/**
 * A mention and those joined to it: "Seoul and Washington", "Mordor, Rohan,
 * Fornost and Bree", "neither Galadriel nor Gollum". A comma list counts only
 * when it closes with "and"/"or"/"nor", so "Gaza, Hamas said" stays apart.
 */
export function compound(t: TokenTable, slots: SlotIndex, first: number, end: number): { mentions: number[]; end: number } {
  const mentions = [first];
  let at = slots.mentionEnd[first]!;
  let closed = false;
  const pending: number[] = [];
  let pendingEnd = at;
  for (;;) {
    let j = at;
    let joined = false;
    let comma = false;
    while (j < end && (t.norm[j] === ',' || t.norm[j] === 'and' || t.norm[j] === '&' || t.norm[j] === 'or' || t.norm[j] === 'nor')) {
      if (t.norm[j] === ',') comma = true;
      else joined = true;
      j++;
    }
    // Skip determiners and modifiers before the next conjunct: "and the Palestinian Authority", "and his US counterpart".
    let k = j;
    while (k < end && k - j < 3 && slots.mentionStart[k]! < 0 && (t.pos[k] === 'DET' || t.pos[k] === 'PRON' || t.pos[k] === 'ADJ')) k++;
    if (!(joined || comma) || k >= end || slots.mentionStart[k]! < 0) break;
    const mi = slots.mentionStart[k]!;
    pending.push(mi);
    at = slots.mentionEnd[mi]!;
    if (joined) {
      mentions.push(...pending);
      pending.length = 0;
      pendingEnd = at;
      closed = true;
    }
  }
  void closed;
  return { mentions, end: pending.length ? pendingEnd : at };
}
