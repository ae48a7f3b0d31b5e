import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { DyadError } from '../src/errors.js';
import { parseFilter } from '../src/query/filter.js';
import { listEvents, listEventsJson, eachEventRecord } from '../src/query/list-events.js';
import { eventStats } from '../src/query/stats.js';
import { topActors } from '../src/query/actors.js';
import { actorNetwork } from '../src/query/network.js';
import { eventPlaces } from '../src/query/places.js';
import { eventDetail, articleDetail } from '../src/query/detail.js';
import { writeEvents } from '../src/query/export/write-events.js';
import { GDELT_COLUMNS, fractionDate } from '../src/query/export/gdelt.js';
import type { Store } from '../src/store/database.js';
import { fillStore } from './fixtures/fill-store.js';
import { forEachStore } from './store-targets.js';
import { sharedFile } from './shared.js';

// Field formats shared by real GDELT rows and ours (lower-case GDELT 1.0 names).
const formats: Record<string, RegExp> = {
  day: /^\d{8}$/, monthyear: /^\d{6}$/, year: /^\d{4}$/, fractiondate: /^\d{4}\.\d{4}$/,
  eventcode: /^\d{3,4}$/, eventbasecode: /^\d{3}$/, eventrootcode: /^\d{2}$/, quadclass: /^[1-4]$/,
  goldsteinscale: /^-?\d+(\.\d+)?$/, isrootevent: /^[01]$/, actiongeo_type: /^[0-5]$/, dateadded: /^\d{8}(\d{6})?$/,
};

async function ids(store: Store, params: Record<string, string>): Promise<number[]> {
  const { events } = await listEvents(store, parseFilter(params, { style: 'api' }));
  return events.map((e) => e.id).sort((a, b) => a - b);
}

// Event ids of the corpus (test/fixtures/corpus.ts), in order:
// 1 KORGOV→USAGOV 040 · 2 KOR→USA 043 Seoul · 3 USAGOV→KOR 042 · 4 PRK→KOR 111 · 5 PRKGOV→KORGOV 138
// 6 KORGOV→USAGOV 040 (second outlet) · 7 JPN 070 negated · 8 INDMIL→CHNMIL 190 Ladakh · 9 CHN→IND 112 · 10 CHN→IND 036 undated
forEachStore('query', fillStore, ({ itShared }) => {
  itShared('the API text of a page is the page of listEvents', async (s) => {
    for (const params of [{}, { actor: 'KOR', limit: '2' }, { code: '04', limit: '3' }, { location: 'IND' }]) {
      const f = parseFilter(params, { style: 'api' });
      assert.deepEqual(JSON.parse(await listEventsJson(s, f)), await listEvents(s, f));
    }
  });
  itShared('actor matches either side by code prefix', async (s) => assert.deepEqual(await ids(s, { actor: 'KOR' }), [1, 2, 3, 4, 5, 6]));
  itShared('actor takes a list', async (s) => assert.deepEqual(await ids(s, { actor: 'jpn,chn' }), [7, 8, 9, 10]));
  itShared('source', async (s) => assert.deepEqual(await ids(s, { source: 'USA' }), [3]));
  itShared('target', async (s) => assert.deepEqual(await ids(s, { target: 'KOR' }), [3, 4, 5]));
  itShared('dyad is directed', async (s) => assert.deepEqual(await ids(s, { dyad: 'KOR:USA' }), [1, 2, 6]));
  itShared('dyad with both takes either direction', async (s) => assert.deepEqual(await ids(s, { dyad: 'kor:usa', both: 'true' }), [1, 2, 3, 6]));
  itShared('code is a prefix', async (s) => {
    assert.deepEqual(await ids(s, { code: '04' }), [1, 2, 3, 6]);
    assert.deepEqual(await ids(s, { code: '11,13' }), [4, 5, 9]);
    assert.deepEqual(await ids(s, { code: '042' }), [3]);
  });
  itShared('plover type', async (s) => assert.deepEqual(await ids(s, { plover: 'accuse' }), [4, 9]));
  itShared('quad class', async (s) => {
    assert.deepEqual(await ids(s, { quad: '4' }), [8]);
    assert.deepEqual(await ids(s, { quad: '2,3' }), [4, 5, 7, 9]);
  });
  itShared('since and until bound the event day; a month means all its days', async (s) => {
    assert.deepEqual(await ids(s, { since: '2020-09-05' }), [4, 5, 8, 9, 10]);
    assert.deepEqual(await ids(s, { until: '2020-08' }), [2, 3]);
    assert.deepEqual(await ids(s, { since: '2020-09', until: '2020-09-03' }), [1, 6, 7]);
  });
  itShared('location by place name (any case) or country code', async (s) => {
    assert.deepEqual(await ids(s, { location: 'seoul' }), [2]);
    assert.deepEqual(await ids(s, { location: 'IND' }), [8]);
  });
  itShared('text searches the articles', async (s) => {
    assert.deepEqual(await ids(s, { text: 'drills' }), [4, 5]);
    assert.deepEqual(await ids(s, { text: 'clash border' }), [8, 9, 10]);
  });
  itShared('negated', async (s) => {
    assert.deepEqual(await ids(s, { negated: 'true' }), [7]);
    assert.equal((await ids(s, { negated: 'false' })).length, 9);
  });
  itShared('filters combine', async (s) => assert.deepEqual(await ids(s, { actor: 'KOR', code: '04', since: '2020-08' }), [1, 3, 6]));
  itShared('limit and cursor page through everything once, newest first', async (s) => {
    const seen: number[] = [];
    const days: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const params: Record<string, string> = { limit: '3' };
      if (cursor) params.cursor = cursor;
      const page = await listEvents(s, parseFilter(params, { style: 'api' }));
      assert.ok(page.events.length <= 3);
      for (const e of page.events) {
        seen.push(e.id);
        days.push(e.date?.value ?? e.published ?? '');
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    assert.equal(pages, 4);
    assert.deepEqual([...seen].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(seen[0], 10);
    const all: number[] = [];
    for await (const r of eachEventRecord(s, {}, 4)) all.push(Number(r.id));
    assert.deepEqual(all, seen);
  });
  itShared('an event row is the JSON event plus where it is stored', async (s) => {
    const { events } = await listEvents(s, parseFilter({ code: '043' }, { style: 'api' }));
    const e = events[0]!;
    assert.equal(e.source?.code, 'KOR');
    assert.equal(e.evidence.text, 'hosted');
    assert.deepEqual({ value: e.date?.value, precision: e.date?.precision }, { value: '2020-07', precision: 'month' });
    assert.equal(e.date?.origin, 'stated');
    assert.equal(e.articleTitle, 'Envoys speak by phone');
    assert.equal(e.rule, 'test-rule');
    assert.equal(e.numArticles, 1);
    const twice = await listEvents(s, parseFilter({ code: '040' }, { style: 'api' }));
    assert.deepEqual(twice.events.map((x) => x.numArticles), [2, 2]);
    assert.equal(twice.events[0]!.groupId, twice.events[1]!.groupId);
  });
  itShared('event detail carries its sentence and article', async (s) => {
    const d = await eventDetail(s, 3);
    assert.ok(d);
    assert.equal(d.sentence.text, 'The envoy visited Seoul last month to discuss the peninsula.');
    assert.equal(d.article.title, 'Envoys speak by phone');
    assert.equal(await eventDetail(s, 999), null);
  });
  itShared('article detail has spans into its text', async (s) => {
    const d = await articleDetail(s, 4);
    assert.ok(d);
    assert.equal(d.sentences.length, 3);
    assert.equal(d.events.length, 3);
    for (const m of d.mentions) assert.equal(d.article.text.slice(m.start, m.end), m.text);
    for (const e of d.events) assert.equal(d.article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  });
  itShared('stats: a dyad per month, with Goldstein and quad mix', async (s) => {
    const rows = await eventStats(s, parseFilter({ actor: 'PRK' }, { style: 'api' }), 'dyad', 'month');
    assert.deepEqual(rows, [{ period: '2020-09-01', key: 'PRK:KOR', count: 2, goldsteinMean: -4.5, goldsteinTotal: -9, quad1: 0, quad2: 0, quad3: 2, quad4: 0 }]);
  });
  itShared('stats: by quad class over all time', async (s) => {
    const rows = await eventStats(s, {}, 'quad', 'all');
    assert.deepEqual(rows.map((r) => [r.key, r.count]).sort(), [['1', 5], ['2', 1], ['3', 3], ['4', 1]]);
  });
  itShared('stats: per actor per week counts each side', async (s) => {
    const rows = await eventStats(s, { code: ['19'] }, 'actor', 'week');
    assert.deepEqual(rows.map((r) => [r.period, r.key, r.count]), [['2020-09-28', 'CHN', 1], ['2020-09-28', 'IND', 1]]);
  });
  itShared('stats: per day, no grouping', async (s) => {
    const rows = await eventStats(s, { dyad: { source: 'KOR', target: 'USA' } }, 'none', 'day');
    assert.deepEqual(rows.map((r) => [r.period, r.count]), [['2020-07-01', 1], ['2020-09-02', 2]]);
  });
  itShared('actors, network and places', async (s) => {
    const actors = await topActors(s, {}, 3);
    assert.deepEqual(actors[0], { code: 'KOR', count: 6, asSource: 3, asTarget: 3 });
    const net = await actorNetwork(s, { dyad: { source: 'KOR', target: 'USA' } }, 10);
    assert.deepEqual(net.edges, [{ source: 'KOR', target: 'USA', count: 3, goldsteinMean: 1.6 }]);
    assert.deepEqual(net.nodes.map((n) => n.id).sort(), ['KOR', 'USA']);
    const places = await eventPlaces(s, {}, 10);
    assert.deepEqual(places.map((p) => [p.name, p.country, p.count]), [['Ladakh', 'IND', 1], ['Seoul', 'KOR', 1]]);
  });
  itShared('gdelt export: 61 tab-separated columns agreeing with the JSON of the same events', async (s) => {
    let tsv = '';
    let json = '';
    await writeEvents('gdelt', eachEventRecord(s, {}), (x) => void (tsv += x));
    await writeEvents('jsonl', eachEventRecord(s, {}), (x) => void (json += x));
    const rows = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
    const events = json.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 10);
    const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);
    rows.forEach((r, i) => {
      const e = events[i];
      assert.equal(r.length, 61);
      assert.equal(r[col('GLOBALEVENTID')], String(e.id));
      assert.equal(r[col('EventCode')], e.cameo);
      assert.equal(r[col('EventRootCode')], e.cameo.slice(0, 2));
      assert.equal(r[col('QuadClass')], String(e.quadClass));
      assert.equal(Number(r[col('GoldsteinScale')]), e.goldstein);
      assert.equal(r[col('Actor1Code')], e.source?.code ?? '');
      assert.equal(r[col('Actor2Code')], e.target?.code ?? '');
      assert.equal(r[col('Actor1CountryCode')], e.source?.country ?? '');
      assert.equal(r[col('Actor1Type1Code')], e.source?.agents[0] ?? '');
      assert.equal(r[col('Actor1Name')], (e.source?.text ?? '').toUpperCase());
      const day = e.date?.value ?? e.published;
      assert.ok(r[col('SQLDATE')]!.startsWith(day.replace(/-/g, '').slice(0, 6)), `${r[col('SQLDATE')]} vs ${day}`);
      assert.equal(r[col('Year')], day.slice(0, 4));
      assert.equal(r[col('NumArticles')], String(e.numArticles));
      assert.match(r[col('DATEADDED')]!, /^20260102030405$/);
      for (const [name, re] of Object.entries(formats)) {
        const c = GDELT_COLUMNS.findIndex((x) => x.toLowerCase() === name || (name === 'day' && x === 'SQLDATE'));
        assert.match(r[c]!, re, `our ${name}`);
      }
    });
    const seoul = rows.find((r) => r[col('ActionGeo_FullName')]!.startsWith('Seoul'))!;
    assert.equal(seoul[col('ActionGeo_CountryCode')], 'KS');
    assert.equal(seoul[col('ActionGeo_Type')], '4');
  });
  itShared('csv, plover and table exports', async (s) => {
    let csv = '';
    await writeEvents('csv', eachEventRecord(s, { code: ['043'] }), (x) => void (csv += x));
    const [head, line] = csv.trimEnd().split('\n');
    assert.ok(head!.startsWith('id,date,'));
    assert.match(line!, /^2,2020-07,month,KOR,KOR,,South Korea,043,/);
    let pl = '';
    await writeEvents('plover', eachEventRecord(s, { code: ['111'] }), (x) => void (pl += x));
    const p = JSON.parse(pl);
    assert.equal(p.event_type, 'ACCUSE');
    assert.equal(p.source_country, 'PRK');
    assert.equal(p.story_date, '2020-09-10');
    let table = '';
    const n = await writeEvents('table', eachEventRecord(s, {}), (x) => void (table += x));
    assert.equal(n, 10);
    assert.equal(table.trimEnd().split('\n').length, 11);
    let arr = '';
    await writeEvents('json', eachEventRecord(s, { limit: 2 }), (x) => void (arr += x));
    assert.equal(JSON.parse(arr).length, 2);
  });
});

test('filter parameters are validated, naming the parameter', () => {
  const bad: [string, string][] = [
    ['actor', 'K!'], ['source', 'x'], ['target', 'toolongcodetoolongcode'], ['dyad', 'KOR-USA'], ['both', 'maybe'],
    ['code', '4a'], ['plover', 'x1'], ['quad', '5'], ['since', '2020-13'], ['until', '2020-02-30'],
    ['text', '!!'], ['negated', 'yes'], ['limit', '0'], ['limit', '1.5'], ['cursor', 'nope'],
  ];
  for (const [param, value] of bad) {
    assert.throws(
      () => parseFilter({ [param]: value }, { style: 'api', maxLimit: 1000 }),
      (e: unknown) => e instanceof DyadError && e.code === 'E410' && e.message.includes(`"${param}"`),
      `${param}=${value}`,
    );
  }
  assert.throws(() => parseFilter({ limit: '5000' }, { style: 'api', maxLimit: 1000 }), /"limit"/);
  assert.throws(() => parseFilter({ since: '2021', until: '2020' }, { style: 'api' }), /"until"/);
  assert.throws(() => parseFilter({ quad: '9' }, { style: 'cli' }), (e: unknown) => e instanceof DyadError && e.code === 'E004' && /--quad/.test(e.message));
  assert.deepEqual(parseFilter({ since: '2020', until: '2020-02' }, { style: 'api' }), { since: '2020-01-01', until: '2020-02-29' });
});

test('gdelt columns are GDELT 2.0 event columns, in order', (t) => {
  const header = sharedFile(t, 'ontology/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv');
  if (!header) return;
  const names = readFileSync(header, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  assert.deepEqual([...GDELT_COLUMNS], names);
});

test('gdelt export fields have the formats of real GDELT rows', (t) => {
  const sample = sharedFile(t, 'eval/gdelt-sample/gdelt1_events_20160728_sample.tsv');
  const namesFile = sharedFile(t, 'eval/gdelt-sample/gdelt1_events_column_names.csv');
  if (!sample || !namesFile) return;
  // GDELT 1.0 daily files lack the three ADM2 columns of 2.0 and call SQLDATE "day".
  const v1 = readFileSync(namesFile, 'utf8').trim().split('\t');
  const v2 = GDELT_COLUMNS.filter((c) => !c.endsWith('ADM2Code')).map((c) => (c === 'SQLDATE' ? 'day' : c.toLowerCase()));
  assert.deepEqual(v1, v2);
  const rows = readFileSync(sample, 'utf8').trim().split('\n').map((l) => l.split('\t')).filter((r) => r.length === 58);
  assert.ok(rows.length > 100);
  for (const r of rows.slice(0, 200)) {
    for (const [name, re] of Object.entries(formats)) assert.match(r[v1.indexOf(name)]!, re, `real GDELT ${name}`);
    // Our FractionDate formula gives GDELT's own value for the row's day.
    const day = r[v1.indexOf('day')]!;
    assert.equal(fractionDate(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`), r[v1.indexOf('fractiondate')], day);
  }
});
