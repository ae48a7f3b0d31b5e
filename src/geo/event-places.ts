import type { Doc } from '../doc/doc.js';
import type { CodedEvent, EventPlace } from '../doc/event.js';
import type { Span } from '../doc/span.js';
import { clauseIds } from '../time/clauses.js';
import { tokenRange } from '../time/tense.js';
import { SPEECH_VERBS } from '../events/coder/lexicon.js';
import { gazetteer, type Gazetteer, type Place } from './gazetteer.js';

/** Prepositions that put an event somewhere: "met in Seoul", "talks at Panmunjom", "clashes near Sirte". */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside']);
/** Verbs and nouns whose destination is where the event happens: "visited Seoul", "a trip to Beijing". */
const MOTION = new Set(['visit', 'tour', 'travel', 'trip', 'arrive', 'fly', 'go', 'come', 'journey', 'head', 'return']);
/** Capitalised words that follow "in"/"at" but never name a place here. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'juche', 'congress', 'parliament',
]);
/** Nouns whose "in X" names what they are about, not where the event is: "peace in the Middle East", "the situation in Syria". */
const TOPIC = new Set(['situation', 'peace', 'stability', 'security', 'crisis', 'tension', 'tensions', 'conflict', 'issue', 'issues', 'affairs', 'developments', 'democracy', 'interests', 'interference', 'involvement', 'policy', 'role', 'presence']);
/** A topic noun shortly before the preposition: "peace not only in the peninsula", "the presence of its troops in Iraq". */
function afterTopic(doc: Doc, prep: number, sentenceStart: number): boolean {
  const t = doc.tokens;
  for (let k = prep - 1; k >= Math.max(sentenceStart, prep - 4); k--) {
    if (TOPIC.has(t.norm[k]!)) {
      // the topic must head its phrase: "security consultative meeting in Seoul" is a meeting
      if (t.norm[k + 1] === 'of') return true;
      for (let m = k + 1; m < prep; m++) if (t.pos[m] === 'NOUN' || t.pos[m] === 'PROPN') return false;
      return true;
    }
    if (t.pos[k] === 'VERB' || t.norm[k] === ',') return false;
  }
  return false;
}

/**
 * Start of a closing attribution clause after the event's words — ", officials in Tokyo said." — or
 * the sentence end when there is none: the places named there are where the speakers are, not
 * where the event happened.
 */
function attributionStart(doc: Doc, from: number, sentenceStart: number, sentenceEnd: number): number {
  const t = doc.tokens;
  let end = sentenceEnd;
  while (end > sentenceStart && t.pos[end - 1] === 'PUNCT') end--;
  // the clause's last word is a speech verb ("…, officials said") or one follows its subject within a few words
  for (let k = end - 1; k > from && k >= end - 8; k--) {
    if (t.norm[k] === ',') {
      for (let v = k + 1; v < end; v++) if (t.pos[v] === 'VERB' || t.pos[v] === 'AUX') return SPEECH_VERBS.has(t.lemma[v]!) ? k : sentenceEnd;
      return sentenceEnd;
    }
  }
  return sentenceEnd;
}

/** Cities that are neither capitals nor in a country of the sentence must be this big to be believed. */
const MIN_FOREIGN_POPULATION = 100_000;
const MAX_NAME_TOKENS = 4;

interface Candidate {
  place: Place;
  span: Span;
  /** Token range of the name. */
  a: number;
  b: number;
  rule: string;
}

function isCapitalised(doc: Doc, i: number): boolean {
  const w = doc.tokens.text[i]!;
  return /^[A-Z]/.test(w) && !NOT_PLACES.has(doc.tokens.norm[i]!);
}

/**
 * Resolve a capitalised name to a place: a country by name, or a city preferring the
 * countries of the sentence's actors, then capitals and seats, then population.
 */
function resolveName(g: Gazetteer, name: string, prefer: Set<string>): Place | null {
  const country = g.countryNamed(name);
  if (country) return country;
  const region = g.regionNamed(name);
  if (region) return region;
  // "Kaesong City", "Songgan County": the town the county is named for (a province is not its town)
  const exact = g.cities(name);
  const cities = exact.length ? exact : g.cities(name.replace(/\s+(?:County|City)$/i, ''));
  if (!cities.length) return null;
  const local = cities.find((c) => c.country !== null && prefer.has(c.country));
  if (local) return local;
  const capital = cities.find((c) => c.feature === 'PPLC');
  if (capital) return capital;
  const big = cities[0]!;
  return big.population >= MIN_FOREIGN_POPULATION ? big : null;
}

/**
 * "the DPRK embassy", "U.S. forces", "the U.S.-Japan exercises": a country qualifying a noun, or
 * any name joined by a hyphen, is not the place. A city qualifying a noun still is: "the Jeju city hall".
 */
function qualifiesNoun(doc: Doc, end: number, firstToken: number, nextToken: number, place: Place): boolean {
  const t = doc.tokens;
  if (doc.text[end] === '-') return true;
  // "the DPRK permanent mission": after "the", adjectives may stand between the name and its noun
  let k = nextToken;
  if (t.norm[firstToken - 1] === 'the') while (t.pos[k] === 'ADJ' && /^[a-z]/.test(t.text[k] ?? '')) k++;
  return place.kind === 'country' && t.pos[k] === 'NOUN' && /^[a-z]/.test(t.text[k] ?? '');
}

/**
 * Longest capitalised name starting at token `i` that the gazetteer knows:
 * "in New York on Monday" → "New York"; "in Seoul's west" → "Seoul".
 */
function nameAt(doc: Doc, g: Gazetteer, i: number, end: number, prefer: Set<string>): Candidate | null {
  const t = doc.tokens;
  const article = i < end && t.norm[i] === 'the';
  if (article) i++;
  let stop = i;
  while (stop < end && stop - i < MAX_NAME_TOKENS && (isCapitalised(doc, stop) || (stop > i && t.norm[stop] === '.'))) stop++;
  for (let j = stop; j > i; j--) {
    const span = { start: t.start[i]!, end: t.end[j - 1]! };
    // "in The Hague": a town whose name takes the article
    if (article) {
      const withThe = resolveName(g, doc.text.slice(t.start[i - 1]!, span.end), prefer);
      if (withThe?.kind === 'city') return { place: withThe, span: { start: t.start[i - 1]!, end: span.end }, a: i - 1, b: j, rule: '' };
    }
    const place = resolveName(g, doc.text.slice(span.start, span.end), prefer);
    if (!place) continue;
    // "at the White House", "in the Kremlin": a town's name does not take "the", so a name
    // after it is a building or an institution, not the small town of that name; but "the
    // Seoul city hall" and "the Pyongyang Indoor Stadium", a town naming a building, stay the town.
    if (article && place.kind === 'city' && j === stop && !(t.pos[j] === 'NOUN' && /^\p{Ll}/u.test(t.text[j] ?? ''))) continue;
    if (qualifiesNoun(doc, span.end, i, j, place)) return null;
    return { place, span, a: i, b: j, rule: '' };
  }
  return null;
}

/**
 * Countries the sentence's parties belong to, for choosing among cities of one name:
 * "Kim visited Hamhung" prefers the North Korean Hamhung.
 */
function preferredCountries(doc: Doc, ev: CodedEvent): Set<string> {
  // the actors' countries first, then the places named in the sentence
  const out = new Set<string>();
  for (const side of [ev.source, ev.target]) if (side?.country) out.add(side.country);
  for (const m of doc.mentions) {
    if (m.sentence !== ev.sentence) continue;
    if (m.actor?.country) out.add(m.actor.country);
    if (m.placeCountry) out.add(m.placeCountry);
  }
  return out;
}

/**
 * Propose the places of a sentence: names after place prepositions ("in Seoul"), the
 * destination of a visit ("visited Seoul", "a trip to Beijing"), and mentions the actor
 * stage marked as locations.
 */
function candidates(doc: Doc, g: Gazetteer, ev: CodedEvent, prefer: Set<string>): Candidate[] {
  const s = doc.sentences[ev.sentence]!;
  const t = doc.tokens;
  const out: Candidate[] = [];
  const [ea, eb] = tokenRange(doc, ev.evidence);
  let motion = false;
  for (let k = ea; k < eb && !motion; k++) motion = MOTION.has(t.lemma[k]!);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = t.norm[i]!;
    if (PLACE_PREPS.has(w) && !afterTopic(doc, i, s.tokenStart)) {
      // "the summit in Vietnam", "talks at Panmunjom"
      const c = nameAt(doc, g, i + 1, s.tokenEnd, prefer);
      // "fired at Japan": a country after "at" is a target, not a venue
      if (c && !(w === 'at' && c.place.kind === 'country')) out.push({ ...c, rule: `prep.${w}` });
    } else if ((t.pos[i] === 'VERB' || t.pos[i] === 'NOUN') && MOTION.has(t.lemma[i]!)) {
      // "visited Seoul", "arrived in Tokyo" (handled above), "a trip to Beijing"
      const next = t.norm[i + 1] === 'to' ? i + 2 : i + 1;
      const c = nameAt(doc, g, next, s.tokenEnd, prefer);
      if (c && (motion || i === ea)) out.push({ ...c, rule: 'destination' });
    }
  }
  for (const m of doc.mentions) {
    if (m.sentence !== ev.sentence || m.role !== 'location') continue;
    // only a place the sentence puts the event in: "talks in the Gaza Strip", not "peace on the peninsula"
    const before = t.norm[m.tokenStart - 1] === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (!PLACE_PREPS.has(t.norm[before] ?? '') || afterTopic(doc, before, s.tokenStart)) continue;
    if (out.some((c) => c.span.start <= m.start && m.end <= c.span.end)) continue;
    const place = resolveName(g, m.text, prefer);
    if (place && qualifiesNoun(doc, m.end, m.tokenStart, m.tokenEnd, place)) continue;
    // "lashed out at the U.S.": a country after "at" is a target, not a venue
    if (place && !(t.norm[before] === 'at' && place.kind === 'country')) out.push({ place, span: { start: m.start, end: m.end }, a: m.tokenStart, b: m.tokenEnd, rule: 'mention.location' });
  }
  return out;
}

function toEventPlace(doc: Doc, c: Candidate): EventPlace {
  // Countries by their common name ("U.S." → "United States"); cities as the text spells them ("Geneva", not "Genève")
  const written = doc.slice(c.span).replace(/^the\s+/i, '');
  const name = c.place.kind === 'country' || c.rule === 'dateline' ? c.place.name.replace(/,.*$/, '') : written;
  return { name, country: c.place.country, lat: c.place.lat, lon: c.place.lon, text: doc.slice(c.span), span: c.span, rule: c.rule };
}

/**
 * Fill `event.location` for every event: the place named nearest the event's words in
 * the same clause ("the summit in Vietnam", "visited Seoul"); for the lead sentence
 * without one, the dateline city. Events with no place stay null.
 *
 * @example
 * // "In July, Biegun visited Seoul." → {name: 'Seoul', country: 'KOR', lat: 37.566, lon: 126.978, rule: 'destination'}
 */
export function placeEvents(doc: Doc, g: Gazetteer = gazetteer()): void {
  const clauses = new Map<number, Int32Array>();
  const firstSentence = doc.sentences.length ? 0 : -1;
  for (const ev of doc.events) {
    const s = doc.sentences[ev.sentence]!;
    let ids = clauses.get(ev.sentence);
    if (!ids) clauses.set(ev.sentence, (ids = clauseIds(doc, ev.sentence)));
    const [ea, eb] = tokenRange(doc, ev.evidence);
    const clause = ids[Math.max(0, ea - s.tokenStart)] ?? 0;
    const prefer = preferredCountries(doc, ev);
    const attribution = attributionStart(doc, eb, s.tokenStart, s.tokenEnd);
    let best: Candidate | null = null;
    let bestScore = Infinity;
    for (const c of candidates(doc, g, ev, prefer)) {
      if ((ids[c.a - s.tokenStart] ?? 0) !== clause || c.a > attribution) continue;
      const distance = c.b <= ea ? ea - c.b : c.a >= eb ? c.a - eb : 0;
      // A place after the event's words ("met in Seoul") reads more often as its venue than one before.
      const score = distance + (c.a < ea ? 2 : 0);
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) {
      ev.location = toEventPlace(doc, best);
    } else if (ev.sentence === firstSentence && doc.meta.dateline) {
      // "SEOUL, Sept. 2 (Yonhap) -- …": the lead happened where it was filed
      const d = doc.meta.dateline;
      const place = resolveName(g, d.place.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase()), prefer);
      if (place) ev.location = toEventPlace(doc, { place, span: d.span, a: 0, b: 0, rule: 'dateline' });
    }
  }
}
