import { DyadError } from '../errors.js';
import { EXPORT_FORMATS, writeEvents, type ExportFormat } from '../query/export/write-events.js';
import { eachEventRecord } from '../query/list-events.js';
import { openStore, resolveDbSpec } from '../store/open-store.js';
import { str } from './args.js';
import type { Command } from './command.js';
import { FILTER_HELP, FILTER_OPTIONS, filterFromArgs } from './filter-options.js';

const cmd: Command = {
  usage: 'dyad events [--db FILE|URL] [filters] [--limit N] [--format table|json|jsonl|csv|gdelt|plover]',
  summary: 'List or export stored events, filtered, newest first.',
  help: `${FILTER_HELP}

Output:
  --limit N             at most N events (default: all)
  --format F            table (default), json (one array), jsonl (one event per line),
                        csv, gdelt (GDELT 2.0 event table: 61 tab-separated columns,
                        no header), plover (POLECAT-style JSON, one per line)
  --db FILE|URL         store (default ./dyad.db, or $DYAD_DB)

Examples:
  dyad events --dyad KOR:USA --both --since 2020-07
  dyad events --code 19 --format gdelt > fights.tsv`,
  options: { ...FILTER_OPTIONS, db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const format = (str(args, 'format') ?? 'table') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new DyadError('E004', { option: '--format', detail: `expected one of ${EXPORT_FORMATS.join(', ')}, got "${format}"` });
    }
    const filter = filterFromArgs(args, { limit: str(args, 'limit') });
    const store = await openStore(resolveDbSpec(str(args, 'db')), { mustExist: true });
    try {
      const n = await writeEvents(format, eachEventRecord(store, filter), io.stdout);
      if (format === 'table') io.stderr(`${n} event${n === 1 ? '' : 's'}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default cmd;
