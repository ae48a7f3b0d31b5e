import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import type { Tense } from './resolve-date.js';

/** Auxiliaries that put the verb after them in the future: "will visit", "'ll meet", "would travel" (reported speech). */
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', 'would']);
/** "X to VERB" that announce a future act: "is set to visit", "plans to meet", "is scheduled to hold". */
const FUTURE_TO = new Set(['going', 'set', 'due', 'scheduled', 'expected', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'slated', 'poised', 'about', 'is', 'are', 'prepared', 'preparing', 'hopes', 'hoping', 'aims', 'aiming']);
/** Adjectives that make an event noun future: "the upcoming summit", "the planned visit". */
const FUTURE_ADJ = new Set(['upcoming', 'forthcoming', 'planned', 'scheduled', 'proposed', 'expected', 'coming', 'next']);
/** Words that end a verb group when looking back from the event's words. */
const GROUP_BREAK = new Set([',', ';', ':', '"', 'and', 'but', 'who', 'which', 'that', 'when', 'where', 'said', 'says']);

/** First and last token index inside a character span (tokens are sorted by start). */
export function tokenRange(doc: Doc, span: Span): [number, number] {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid]! <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < t.count && t.start[end]! < span.end) end++;
  return [lo, Math.max(lo, end)];
}

/**
 * Tense of the verb group that carries an event, from the words of the evidence and the
 * few words before it in the same sentence. Past and present are both "not future": news
 * tells what happened up to publication ("Biegun visits Seoul" in a headline is past).
 *
 * @example
 * // "Biegun will visit Seoul on Friday" with evidence "visit" → 'future'
 * // "Biegun visited Seoul on Friday" → 'past'
 */
export function eventTense(doc: Doc, evidence: Span, sentence: number): Tense {
  const t = doc.tokens;
  const s = doc.sentences[sentence];
  if (!s) return 'past';
  const [a, b] = tokenRange(doc, evidence);
  const from = Math.max(s.tokenStart, a - 5);
  // Inside the evidence: "will visit" may be the evidence itself.
  for (let i = a; i < Math.min(b, s.tokenEnd); i++) {
    if (isFutureAt(doc, i)) return 'future';
  }
  for (let i = a - 1; i >= from; i--) {
    const w = t.norm[i]!;
    if (GROUP_BREAK.has(w)) break;
    if (isFutureAt(doc, i)) return 'future';
  }
  const first = t.lemma[a];
  // "has visited", "had met": perfect is past; "is visiting" stays not-future unless marked.
  if (first === undefined) return 'past';
  const prev = a > s.tokenStart ? t.norm[a - 1] : undefined;
  if (prev === 'is' || prev === 'are' || prev === 'am') return 'present';
  return 'past';
}

function isFutureAt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const w = t.norm[i]!;
  if (FUTURE_AUX.has(w)) return true; // "will visit"
  if (FUTURE_ADJ.has(w) && t.pos[i] === 'ADJ') return true; // "the upcoming summit"
  if (w === 'upcoming' || w === 'forthcoming') return true;
  if (w === 'to' && i > 0 && FUTURE_TO.has(t.norm[i - 1]!) && (t.pos[i + 1] === 'VERB' || t.pos[i + 1] === 'AUX')) return true; // "is set to visit"
  return false;
}
