import { fromDays } from '../time/calendar.js';
import { cameoRoot, codesCompatible, datesCompatible, dayRange, isSymmetric } from './same-event.js';

/** The two sides in a fixed order, so both directions meet in one block. */
function pairKey(a: string | null, b: string | null): string {
  const x = a ?? '-';
  const y = b ?? '-';
  return x < y ? `${x}~${y}` : `${y}~${x}`;
}

/** What linking needs to know of one coded event (one row of the store). */
export interface EventKeyRecord {
  /** Unique id of the raw event (e.g. `docId#eventId`). */
  id: string;
  /** Article the event was read from. */
  article: string;
  /** News outlet ("Yonhap", "KCNA"), or null when unknown (then the article counts as its own source). */
  outlet: string | null;
  sourceCode: string | null;
  targetCode: string | null;
  cameo: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null. */
  date: string | null;
  /** Country (ISO alpha-3) of the event's place, when known. */
  placeCountry?: string | null;
  /** Tellings of the event inside its article (1 + in-article mentions). */
  mentions?: number;
}

/** One real-world event and the reports of it, with GDELT's counts. */
export interface EventGroup {
  /** Stable id: the id of the first record that opened the group. */
  id: string;
  /** Blocking key: the two sides (sorted) and CAMEO root. */
  key: string;
  /** Source and code of the first record: direction matters unless a code is symmetric. */
  sourceCode: string | null;
  cameo: string;
  /** Date of the first record, the group's anchor. */
  date: string | null;
  placeCountry: string | null;
  members: string[];
  articles: string[];
  outlets: string[];
  /** GDELT NumMentions: every telling, several per article possible. */
  numMentions: number;
  /** GDELT NumSources: distinct outlets. */
  numSources: number;
  /** GDELT NumArticles: distinct articles. */
  numArticles: number;
}

/** Linking state, kept by the store between batches: groups and their blocking index. */
export interface LinkState {
  groups: Map<string, EventGroup>;
  /** `key|YYYY-MM` → ids of groups whose anchor date touches that month. */
  blocks: Map<string, string[]>;
}

export interface LinkResult {
  state: LinkState;
  /** Raw event id → group id, for the records of this call. */
  assigned: Map<string, string>;
}

export function emptyLinkState(): LinkState {
  return { groups: new Map(), blocks: new Map() };
}

/** Months a date's day range touches, widened by a day each side: the blocks a record must look in. */
function monthBuckets(date: string | null): string[] {
  if (!date) return ['none'];
  const r = dayRange(date);
  if (!r) return ['none'];
  const out: string[] = [];
  const first = fromDays(r[0] - 1);
  const last = fromDays(r[1] + 1);
  for (let y = first.y, m = first.m; y < last.y || (y === last.y && m <= last.m); m === 12 ? ((m = 1), y++) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/** Dates within a day of the group's anchor, and no clash of countries where both are known. */
function compatible(g: EventGroup, r: EventKeyRecord): boolean {
  if (!datesCompatible(g.date, r.date, 1, false) || !codesCompatible(g.cameo, r.cameo)) return false;
  // "A visited B" and "B visited A" are two events; "A and B talked" is one either way
  if ((g.sourceCode ?? '-') !== (r.sourceCode ?? '-') && !isSymmetric(g.cameo) && !isSymmetric(r.cameo)) return false;
  return !(g.placeCountry && r.placeCountry && g.placeCountry !== r.placeCountry);
}

/**
 * Link reports of the same event across articles: same dyad (either order only for
 * symmetric codes), same CAMEO root with compatible codes (see `codesCompatible`), dates within a day, no clash of place countries. Works
 * incrementally: pass the state a previous call returned and only the new records;
 * records look only in their blocking buckets (dyad + root + month), never at all groups.
 * Events without a date are never linked: nothing says two undated reports are one event.
 * Pure: the given state is not modified.
 *
 * @example
 * const { state } = linkEvents([
 *   { id: 'a#0', article: 'a', outlet: 'Yonhap', sourceCode: 'KORGOV', targetCode: 'USAGOV', cameo: '041', date: '2020-09-02' },
 *   { id: 'b#3', article: 'b', outlet: 'AP', sourceCode: 'USAGOV', targetCode: 'KORGOV', cameo: '040', date: '2020-09-02' },
 * ]);
 * // one group: numMentions 2, numSources 2, numArticles 2
 */
export function linkEvents(events: EventKeyRecord[], previous: LinkState = emptyLinkState()): LinkResult {
  const groups = new Map(previous.groups);
  const blocks = new Map(previous.blocks);
  const copied = new Set<string>();
  const assigned = new Map<string, string>();
  for (const r of events) {
    const key = `${pairKey(r.sourceCode, r.targetCode)}|${cameoRoot(r.cameo)}`;
    const buckets = monthBuckets(r.date);
    let target: EventGroup | null = null;
    if (r.date) {
      for (const b of buckets) {
        for (const gid of blocks.get(`${key}|${b}`) ?? []) {
          const g = groups.get(gid)!;
          // two records of one article were already judged apart by the in-article dedup
          if (!g.articles.includes(r.article) && compatible(g, r)) {
            target = g;
            break;
          }
        }
        if (target) break;
      }
    }
    if (!target) {
      target = { id: r.id, key, sourceCode: r.sourceCode, cameo: r.cameo, date: r.date, placeCountry: r.placeCountry ?? null, members: [], articles: [], outlets: [], numMentions: 0, numSources: 0, numArticles: 0 };
      groups.set(target.id, target);
      copied.add(target.id);
      if (r.date) {
        // The group is found from any month its anchor date touches.
        for (const b of monthBuckets(r.date)) {
          const bk = `${key}|${b}`;
          blocks.set(bk, [...(blocks.get(bk) ?? []), target.id]);
        }
      }
    } else if (!copied.has(target.id)) {
      target = { ...target, members: [...target.members], articles: [...target.articles], outlets: [...target.outlets] };
      groups.set(target.id, target);
      copied.add(target.id);
    }
    target.members.push(r.id);
    target.numMentions += r.mentions ?? 1;
    if (!target.articles.includes(r.article)) target.articles.push(r.article);
    const outlet = r.outlet ?? `article:${r.article}`;
    if (!target.outlets.includes(outlet)) target.outlets.push(outlet);
    if (!target.placeCountry && r.placeCountry) target.placeCountry = r.placeCountry;
    target.numArticles = target.articles.length;
    target.numSources = target.outlets.length;
    assigned.set(r.id, target.id);
  }
  return { state: { groups, blocks }, assigned };
}
