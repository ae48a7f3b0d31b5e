// Event dates, places and dedup on the KCNA sample (issue 5).
//
//   node --import tsx bench/eval-timegeo.ts [--limit N] [--draft FILE] [--seed N]
//
// Prints how many raw event mentions the coder finds, how many events remain after the
// in-article dedup, how many cross-article events linkEvents makes of them, and how dates and
// places are distributed. With --draft, writes a fixed-seed sample (50 dates, 50 places,
// 30 merged groups, 30 near-misses) with the text beside each item for judging by hand;
// the judged fixture (test/fixtures/kcna-dates-places.json) keeps offsets only, no text.
import { writeFileSync } from 'node:fs';
import { linkEvents, type EventKeyRecord } from '../src/dedup/across.js';
import { dedupWithin } from '../src/dedup/dedup-within.js';
import { actorsCompatible, cameoRoot } from '../src/dedup/same-event.js';
import type { Doc } from '../src/doc/doc.js';
import type { CodedEvent } from '../src/doc/event.js';
import { eventsComponent } from '../src/events/coder/events-component.js';
import { placeEvents } from '../src/geo/event-places.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { dateEvents } from '../src/time/event-dates.js';
import { readKcna, seeded } from '../test/kcna.js';
import { SHARED } from '../test/shared.js';
import { kcnaDoc, storeEvent, withEvents, type StoredEvent } from '../test/timegeo-fixture.js';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
const draft = args.includes('--draft') ? args[args.indexOf('--draft') + 1]! : null;
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 5;

const stories = readKcna(`${SHARED}/corpus/kcna-2011-sample.jsonl.gz`).slice(0, limit);
const ctx = buildPipeline([]).context;

interface StoryRun {
  line: number;
  doc: Doc;
  raw: StoredEvent[];
  /** Raw events dated and placed, before dedup. */
  dated: CodedEvent[];
  kept: CodedEvent[];
}

const runs: StoryRun[] = [];
const t0 = performance.now();
stories.forEach((story, line) => {
  const doc = kcnaDoc(story);
  eventsComponent.run(doc, ctx);
  const raw = doc.events.map(storeEvent);
  withEvents(doc, raw);
  dateEvents(doc);
  placeEvents(doc);
  const dated = doc.events.map((e) => ({ ...e, mentions: [] as CodedEvent['mentions'] }));
  dedupWithin(doc);
  runs.push({ line, doc, raw, dated, kept: doc.events });
});
const seconds = (performance.now() - t0) / 1000;

const rawCount = runs.reduce((n, r) => n + r.raw.length, 0);
const keptCount = runs.reduce((n, r) => n + r.kept.length, 0);
const records: EventKeyRecord[] = runs.flatMap((r) =>
  r.kept.map((e) => ({
    id: `${r.line}#${e.id}`,
    article: String(r.line),
    outlet: 'KCNA',
    sourceCode: e.source?.code ?? null,
    targetCode: e.target?.code ?? null,
    cameo: e.cameo,
    date: e.date?.value ?? null,
    placeCountry: e.location?.country ?? null,
    mentions: 1 + e.mentions.length,
  })),
);
const { state } = linkEvents(records);
const count = <T>(xs: T[], f: (x: T) => string): Record<string, number> => xs.reduce((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {} as Record<string, number>);
const all = runs.flatMap((r) => r.dated);
console.log(
  JSON.stringify(
    {
      stories: stories.length,
      seconds: +seconds.toFixed(1),
      rawMentions: rawCount,
      eventsAfterInArticleDedup: keptCount,
      eventsAfterCrossArticleLinking: state.groups.size,
      multiArticleEvents: [...state.groups.values()].filter((g) => g.numArticles > 1).length,
      dateOrigin: count(all, (e) => e.date?.origin ?? 'none'),
      datePrecision: count(all, (e) => e.date?.precision ?? 'none'),
      withPlace: all.filter((e) => e.location).length,
      placeRule: count(all.filter((e) => e.location), (e) => e.location!.rule ?? ''),
    },
    null,
    1,
  ),
);

if (draft) {
  const rnd = seeded(seed);
  const shuffle = <T>(xs: T[]): T[] => xs.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const sentence = (r: StoryRun, s: number): string => r.doc.slice(r.doc.sentences[s]!);
  const show = (r: StoryRun, e: CodedEvent) => ({
    line: r.line,
    published: r.doc.meta.published,
    event: r.dated.indexOf(e) >= 0 ? r.dated.indexOf(e) : r.kept.indexOf(e),
    cameo: e.cameo,
    dyad: `${e.source?.code ?? '-'}>${e.target?.code ?? '-'}`,
    evidence: r.doc.slice(e.evidence),
    date: e.date,
    place: e.location,
    sentence: sentence(r, e.sentence),
    paragraphStart: r.doc.slice(r.doc.paragraphs[r.doc.sentences[e.sentence]!.paragraph]!).slice(0, 160),
    lead: sentence(r, 0).slice(0, 200),
  });
  const pairs = runs.flatMap((r) => r.dated.map((e) => [r, e] as const));
  const dates = shuffle(pairs).slice(0, 50).map(([r, e]) => show(r, e));
  const places = shuffle(pairs.filter(([, e]) => e.location)).slice(0, 50).map(([r, e]) => show(r, e));
  // Merged groups: a kept event with other tellings; near-misses: same article and root, one side in common, kept apart.
  const merged = shuffle(runs.flatMap((r) => r.kept.filter((e) => e.mentions.length).map((e) => [r, e] as const)))
    .slice(0, 30)
    .map(([r, e]) => ({ ...show(r, r.dated.find((d) => d.sentence === e.sentence && d.evidence.start === e.evidence.start && d.source?.code === e.source?.code)!), others: e.mentions.map((m) => ({ ...m, sentence: sentence(r, m.sentence), index: r.dated.findIndex((d) => d.sentence === m.sentence && d.evidence.start === m.evidence.start) })) }));
  const near: unknown[] = [];
  for (const r of shuffle(runs)) {
    const ks = r.kept;
    for (let i = 0; i < ks.length && near.length < 30; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        const a = ks[i]!;
        const b = ks[j]!;
        if (cameoRoot(a.cameo) !== cameoRoot(b.cameo) || a.sentence === b.sentence) continue;
        if (!actorsCompatible(a.source?.code, b.source?.code) && !actorsCompatible(a.source?.code, b.target?.code)) continue;
        const ia = r.dated.findIndex((d) => d.sentence === a.sentence && d.evidence.start === a.evidence.start && d.source?.code === a.source?.code);
        const ib = r.dated.findIndex((d) => d.sentence === b.sentence && d.evidence.start === b.evidence.start && d.source?.code === b.source?.code);
        near.push({ a: show(r, r.dated[ia]!), b: show(r, r.dated[ib]!), ia, ib });
        break;
      }
      if (near.length && (near[near.length - 1] as { a: { line: number } }).a.line === r.line) break;
    }
    if (near.length >= 30) break;
  }
  const lines = new Set<number>([...dates, ...places, ...merged].map((x) => x.line));
  for (const n of near as { a: { line: number } }[]) lines.add(n.a.line);
  const events = Object.fromEntries([...lines].sort((a, b) => a - b).map((l) => [l, runs[l]!.raw]));
  writeFileSync(draft, JSON.stringify({ dates, places, merged, near, events }, null, 1));
  console.log(`draft written to ${draft}`);
}
