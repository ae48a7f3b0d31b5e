import { DyadError } from '../errors.js';
import { csvField } from '../query/export/csv.js';
import { eventStats, type StatsGroup, type StatsInterval } from '../query/stats.js';
import { openStore, resolveDbSpec } from '../store/open-store.js';
import { str } from './args.js';
import type { Command } from './command.js';
import { FILTER_HELP, FILTER_OPTIONS, filterFromArgs } from './filter-options.js';

const GROUPS: StatsGroup[] = ['dyad', 'actor', 'quad', 'none'];
const INTERVALS: StatsInterval[] = ['day', 'week', 'month', 'all'];
const FORMATS = ['table', 'json', 'csv'] as const;

function oneOf<T extends string>(option: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!allowed.includes(v as T)) throw new DyadError('E004', { option, detail: `expected one of ${allowed.join(', ')}, got "${v}"` });
  return v as T;
}

const cmd: Command = {
  usage: 'dyad stats [--db FILE|URL] [--by dyad|actor|quad|none] [--interval day|week|month|all] [filters] [--format table|json|csv]',
  summary: 'Event counts and Goldstein (mean, total) per period and dyad, actor or quad class.',
  help: `Grouping:
  --by dyad|actor|quad|none   dyad = source:target countries (default); an actor counts on each side it is on
  --interval day|week|month|all
                              periods start on their first day (weeks on Monday); default month;
                              undated events are left out of dated series
  --format table|json|csv     default table
  --db FILE|URL               store (default ./dyad.db, or $DYAD_DB)

${FILTER_HELP}

Examples:
  dyad stats --by dyad --interval week --actor PRK
  dyad stats --by quad --interval month --format csv > quad.csv`,
  options: { ...FILTER_OPTIONS, db: { type: 'string' }, by: { type: 'string' }, interval: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const by = oneOf('--by', str(args, 'by'), GROUPS, 'dyad');
    const interval = oneOf('--interval', str(args, 'interval'), INTERVALS, 'month');
    const format = oneOf('--format', str(args, 'format'), FORMATS, 'table');
    const filter = filterFromArgs(args);
    const store = await openStore(resolveDbSpec(str(args, 'db')), { mustExist: true });
    try {
      const rows = await eventStats(store, filter, by, interval);
      const cols = ['period', 'key', 'count', 'goldsteinMean', 'goldsteinTotal', 'quad1', 'quad2', 'quad3', 'quad4'] as const;
      if (format === 'json') io.stdout(JSON.stringify({ rows }, null, 1) + '\n');
      else if (format === 'csv') {
        io.stdout(cols.join(',') + '\n');
        for (const r of rows) io.stdout(cols.map((c) => csvField(r[c])).join(',') + '\n');
      } else {
        const w = [10, 16, 7, 9, 10, 6, 6, 6, 6];
        const line = (xs: (string | number)[]) => xs.map((x, i) => (i < 2 ? String(x).padEnd(w[i]!) : String(x).padStart(w[i]!))).join(' ');
        io.stdout(line(['PERIOD', 'KEY', 'EVENTS', 'GS MEAN', 'GS TOTAL', 'Q1', 'Q2', 'Q3', 'Q4']) + '\n');
        for (const r of rows) io.stdout(line(cols.map((c) => r[c])) + '\n');
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default cmd;
