// Event dates on KCNA 2011 stories: the hand-checked fixture and the weekday convention.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { docFromParagraphs } from '../src/article/build-doc.js';
import type { Doc } from '../src/doc/doc.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';
import { addDays, parseYmd, toDays, weekday } from '../src/time/calendar.js';
import { dateEvents } from '../src/time/event-dates.js';
import { eventTense } from '../src/time/tense.js';
import { dedupWithin } from '../src/dedup/dedup-within.js';
import { placeEvents } from '../src/geo/event-places.js';
import { placeKey } from '../src/geo/gazetteer.js';
import { kcnaParagraphs, readKcna, type KcnaStory } from './kcna.js';
import { kcnaDoc as kcnaActorsDoc, withEvents, type StoredEvent } from './timegeo-fixture.js';
import { ROOT, sharedFile } from './shared.js';

const quality = JSON.parse(readFileSync(join(ROOT, 'quality/timegeo.json'), 'utf8'));

function kcnaDoc(story: KcnaStory): Doc {
  const doc = docFromParagraphs({ id: story.id, published: story.published }, kcnaParagraphs(story.text));
  tokenizeDoc(doc);
  return doc;
}

/** A stand-in event at a span (the fixture's verb). */
function pseudoEvent(doc: Doc, start: number, end: number): void {
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)!.index;
  doc.events = [
    { id: 0, sentence, source: null, target: null, cameo: '010', plover: { type: 'X', mode: null, context: [] }, quadClass: 1, goldstein: 0, evidence: { start, end }, negated: false, reportedBy: null, rule: 'fixture', pattern: null, date: null, location: null, mentions: [] },
  ];
}

interface ExpressionItem {
  line: number;
  id: string;
  published: string;
  evidence: { start: number; end: number };
  expected: string;
}

test('KCNA: hand-checked date expressions resolve at or above the floor', (t) => {
  const path = sharedFile(t, 'corpus/kcna-2011-sample.jsonl.gz');
  if (!path) return;
  const stories = readKcna(path);
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/kcna-date-expressions.json'), 'utf8')) as { items: ExpressionItem[] };
  let right = 0;
  const misses: string[] = [];
  for (const item of fixture.items) {
    const story = stories[item.line]!;
    assert.equal(story.id, item.id, `fixture line ${item.line} no longer matches the corpus`);
    const doc = kcnaDoc(story);
    pseudoEvent(doc, item.evidence.start, item.evidence.end);
    dateEvents(doc);
    if (doc.events[0]!.date!.value === item.expected) right++;
    else misses.push(`${item.line}: ${doc.events[0]!.date!.value} ≠ ${item.expected}`);
  }
  const accuracy = right / fixture.items.length;
  t.diagnostic(`date expressions ${right}/${fixture.items.length} = ${accuracy.toFixed(3)}; misses ${misses.join('; ')}`);
  assert.ok(accuracy >= quality.kcnaDateExpressions.floor, `accuracy ${accuracy.toFixed(3)} below floor ${quality.kcnaDateExpressions.floor}`);
});

test('KCNA: a past-tense "on Thursday" / "on Monday" is that weekday within the week before publication', (t) => {
  const path = sharedFile(t, 'corpus/kcna-2011-sample.jsonl.gz');
  if (!path) return;
  const stories = readKcna(path).filter((s) => /\bon (?:Thursday|Monday)\b/.test(s.text)).slice(0, 150);
  let checked = 0;
  for (const story of stories) {
    const doc = kcnaDoc(story);
    const pub = parseYmd(story.published)!;
    for (const m of doc.text.matchAll(/\bon (Thursday|Monday)\b/g)) {
      // the verb nearest the phrase carries the event
      const at = m.index! + 3;
      const s = doc.sentences.find((x) => x.start <= at && at < x.end)!;
      let best = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (doc.tokens.pos[i] === 'VERB' && (best < 0 || Math.abs(doc.tokens.start[i]! - at) < Math.abs(doc.tokens.start[best]! - at))) best = i;
      }
      if (best < 0) continue;
      pseudoEvent(doc, doc.tokens.start[best]!, doc.tokens.end[best]!);
      if (eventTense(doc, doc.events[0]!.evidence, s.index) === 'future') continue;
      dateEvents(doc);
      const d = doc.events[0]!.date!;
      if (d.text !== m[1]) continue; // another date in the clause was nearer
      const day = parseYmd(d.value)!;
      assert.equal(weekday(day), m[1] === 'Thursday' ? 4 : 1, `${story.id}: ${d.value}`);
      const back = toDays(pub) - toDays(day);
      assert.ok(back >= 0 && back <= 6, `${story.id}: ${d.value} is not in the week up to ${story.published} (${addDays(pub, -6).d})`);
      checked++;
    }
  }
  t.diagnostic(`checked ${checked} weekday phrases`);
  assert.ok(checked >= 50);
});

interface Judged {
  dates: { line: number; eventsKey?: string; event: number; accept: string[]; draw?: string }[];
  places: { line: number; eventsKey?: string; event: number; expect: { country: string; names: string[] } | null }[];
  pairs: { line: number; eventsKey?: string; a: number; b: number; same: boolean; from: string }[];
  events: Record<string, StoredEvent[]>;
}

test('KCNA: hand-checked event dates, places and dedup at or above their floors', (t) => {
  const path = sharedFile(t, 'corpus/kcna-2011-sample.jsonl.gz');
  if (!path) return;
  const stories = readKcna(path);
  const fx = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/kcna-dates-places.json'), 'utf8')) as Judged;
  const dated = new Map<string, Doc>();
  const deduped = new Map<string, Doc>();
  for (const [key, events] of Object.entries(fx.events)) {
    const story = stories[Number.parseInt(key, 10)]!;
    const doc = withEvents(kcnaActorsDoc(story), events);
    dateEvents(doc);
    placeEvents(doc);
    dated.set(key, doc);
    const copy = withEvents(kcnaActorsDoc(story), events);
    dateEvents(copy);
    placeEvents(copy);
    dedupWithin(copy);
    deduped.set(key, copy);
  }
  const misses: string[] = [];
  let datesRight = 0;
  for (const d of fx.dates) {
    const v = dated.get(d.eventsKey ?? String(d.line))!.events[d.event]!.date?.value ?? null;
    if (v !== null && d.accept.includes(v)) datesRight++;
    else misses.push(`date ${d.line}#${d.event}: ${v}`);
  }
  let placesRight = 0;
  for (const p of fx.places) {
    const loc = dated.get(p.eventsKey ?? String(p.line))!.events[p.event]!.location;
    const ok = p.expect === null ? loc === null : loc !== null && loc.country === p.expect.country && p.expect.names.some((n) => placeKey(n) === placeKey(loc.name));
    if (ok) placesRight++;
    else misses.push(`place ${p.line}#${p.event}: ${loc?.name ?? null}`);
  }
  // A pair is merged when both tellings end in one kept event (the event itself or its mentions).
  const merged = (eventsKey: string, a: number, b: number): boolean => {
    const raw = fx.events[eventsKey]!;
    const key = (e: StoredEvent): string => `${e.s}:${e.a}`;
    const ka = key(raw[a]!);
    const kb = key(raw[b]!);
    return deduped.get(eventsKey)!.events.some((e) => {
      const keys = [`${e.sentence}:${e.evidence.start}`, ...e.mentions.map((m) => `${m.sentence}:${m.evidence.start}`)];
      return keys.includes(ka) && keys.includes(kb);
    });
  };
  let mergedPairs = 0;
  let mergedSame = 0;
  let apartPairs = 0;
  let apartDifferent = 0;
  for (const p of fx.pairs) {
    if (merged(p.eventsKey ?? String(p.line), p.a, p.b)) {
      mergedPairs++;
      if (p.same) mergedSame++;
    } else {
      apartPairs++;
      if (!p.same) apartDifferent++;
    }
  }
  const q = quality.kcnaFixture;
  const figures = {
    dates: datesRight / fx.dates.length,
    places: placesRight / fx.places.length,
    mergePrecision: mergedSame / mergedPairs,
    apartCorrect: apartDifferent / apartPairs,
  };
  t.diagnostic(`dates ${datesRight}/${fx.dates.length}, places ${placesRight}/${fx.places.length}, merged pairs truly one event ${mergedSame}/${mergedPairs}, pairs kept apart truly two ${apartDifferent}/${apartPairs}`);
  t.diagnostic(`misses: ${misses.join('; ')}`);
  assert.ok(figures.dates >= q.dates.floor, `dates ${figures.dates} < ${q.dates.floor}`);
  assert.ok(figures.places >= q.places.floor, `places ${figures.places} < ${q.places.floor}`);
  assert.ok(figures.mergePrecision >= q.mergePrecision.floor, `merge precision ${figures.mergePrecision} < ${q.mergePrecision.floor}`);
  assert.ok(figures.apartCorrect >= q.apartCorrect.floor, `kept apart ${figures.apartCorrect} < ${q.apartCorrect.floor}`);
});
