import type { Doc } from '../doc/doc.js';
import type { CodedEvent } from '../doc/event.js';
import type { Component } from '../pipeline/component.js';
import { actorsCompatible, codesCompatible, datesCompatible, isSymmetric } from './same-event.js';

/**
 * Two events of one article tell the same event: compatible CAMEO codes (same root; the same
 * code, or one the root's generic code), same dyad (either order for
 * symmetric codes), overlapping dates, no clash of places or negation. One-sided events
 * (no target) never merge: "Kim inspected a farm … He inspected a mine" are two visits.
 *
 * @example
 * // "Lee and Biegun spoke by phone Wednesday." + "During the call, Biegun and Lee discussed talks." → one 04 event
 */
export function sameEventInArticle(a: CodedEvent, b: CodedEvent): boolean {
  // One sentence tells an event once: two events in it are two ("the talks stalled when the summit
  // ended") unless their words touch ("the summit meeting", "signed documents on cooperating"),
  // and one telling coded both ways ("A and B talked" → A→B, B→A) is two directed records
  if (a.sentence === b.sentence && (sameWords(a, b) || wordGap(a, b) > MAX_GAP_CHARS)) return false;
  // A repeat is known by a date: the lead dates the event, later sentences retell it. Two undated
  // tellings of one dyad ("they invited troops … they invited officials") may well be two acts.
  if (a.sentence !== b.sentence && a.date?.origin !== 'stated' && b.date?.origin !== 'stated') return false;
  if (!codesCompatible(a.cameo, b.cameo) || a.negated !== b.negated) return false;
  if (!a.source || !a.target || !b.source || !b.target) return false;
  const direct = actorsCompatible(a.source.code, b.source.code) && actorsCompatible(a.target.code, b.target.code);
  const swapped = (isSymmetric(a.cameo) || isSymmetric(b.cameo)) && actorsCompatible(a.source.code, b.target.code) && actorsCompatible(a.target.code, b.source.code);
  if (!direct && !swapped) return false;
  if (!datesCompatible(a.date?.value, b.date?.value, 0, true)) return false;
  // "174 killed since the start of the year" and "20 killed on Friday": a tally is not one of its days
  if ((a.date?.precision === 'year' && b.date?.precision === 'day') || (a.date?.precision === 'day' && b.date?.precision === 'year')) return false;
  if (a.location && b.location && a.location.country !== b.location.country) return false;
  return true;
}

/** Characters between two events' words in one sentence below which they name one thing: "summit meeting". */
const MAX_GAP_CHARS = 16;

function sameWords(a: CodedEvent, b: CodedEvent): boolean {
  return a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end;
}

function wordGap(a: CodedEvent, b: CodedEvent): number {
  return Math.max(a.evidence.start - b.evidence.end, b.evidence.start - a.evidence.end, 0);
}

function sameTelling(a: CodedEvent, b: CodedEvent): boolean {
  return a.sentence === b.sentence && a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end;
}

const ORIGIN_RANK = { stated: 3, inherited: 2, published: 1, unknown: 0 } as const;
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

/** How much an event says: a stated, precise date, a place, a finer CAMEO code. The best telling leads the group. */
function informativeness(e: CodedEvent): number {
  const d = e.date;
  return (
    (d ? ORIGIN_RANK[d.origin] * 10 + (d.precision ? PRECISION_RANK[d.precision] : 0) : 0) * 100 +
    (e.location ? 50 : 0) +
    e.cameo.length +
    (e.source?.agents.length ?? 0) +
    (e.target?.agents.length ?? 0)
  );
}

/** Words that announce another act of the same kind: "X, too, held a rally", "Meanwhile, the army arrested …". */
const ANOTHER = new Set(['also', 'too', 'meanwhile', 'another', 'similar']);

/** The later telling says it is another act: an additive word before its words, in its sentence. */
function announcesAnother(doc: Doc, later: CodedEvent): boolean {
  const s = doc.sentences[later.sentence];
  if (!s) return false;
  const t = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd && t.start[i]! < later.evidence.end; i++) {
    if (ANOTHER.has(t.norm[i]!)) return true;
  }
  return false;
}

/**
 * Merge the tellings of one event within an article: the most informative telling stays in
 * `doc.events` and lists every other in `mentions` (sentence and words), taking a place or a
 * finer date it lacked from them. Raw mentions are all kept: events + mentions = tellings.
 * Returns the number of raw tellings merged away.
 *
 * @example
 * dedupWithin(doc) // 2 phone-call events in paragraphs 1 and 2 → 1 event with 1 extra mention
 */
export function dedupWithin(doc: Doc): number {
  const events = [...doc.events].sort((x, y) => x.sentence - y.sentence || x.evidence.start - y.evidence.start);
  const groups: CodedEvent[][] = [];
  for (const ev of events) {
    // A group takes one record per telling, and the same direction first: A→B joins A→B before B→A
    const another = announcesAnother(doc, ev);
    const open = groups.filter(
      (members) => sameEventInArticle(members[0]!, ev) && !members.some((m) => sameTelling(m, ev)) && !(another && members[0]!.sentence !== ev.sentence),
    );
    const g = open.find((members) => members[0]!.source?.code === ev.source?.code) ?? open[0];
    if (g) g.push(ev);
    else groups.push([ev]);
  }
  const kept: CodedEvent[] = [];
  let merged = 0;
  for (const members of groups) {
    const best = members.reduce((a, b) => (informativeness(b) > informativeness(a) ? b : a));
    for (const other of members) {
      if (other === best) continue;
      best.mentions.push({ sentence: other.sentence, evidence: other.evidence }, ...other.mentions);
      if (!best.location && other.location) best.location = other.location;
      if (other.date && best.date && informativenessOfDate(other) > informativenessOfDate(best) && datesCompatible(other.date.value, best.date.value, 0, false)) best.date = other.date;
      doc.explain({ stage: 'dedup', sentence: other.sentence, rule: 'same-event', message: `${other.cameo} ${other.source?.code}→${other.target?.code} in sentence ${other.sentence} is event ${best.id} (sentence ${best.sentence})` });
      merged++;
    }
    best.mentions.sort((x, y) => x.sentence - y.sentence || x.evidence.start - y.evidence.start);
    kept.push(best);
  }
  doc.events = kept.sort((x, y) => x.sentence - y.sentence || x.evidence.start - y.evidence.start);
  return merged;
}

function informativenessOfDate(e: CodedEvent): number {
  const d = e.date!;
  return ORIGIN_RANK[d.origin] * 10 + (d.precision ? PRECISION_RANK[d.precision] : 0);
}

/** The `dedup` component: after dates, since two tellings on different dates are two events. */
export const dedupComponent: Component = {
  name: 'dedup',
  requires: ['events', 'dates'],
  assigns: ['dedup'],
  run: (doc) => {
    dedupWithin(doc);
  },
};
