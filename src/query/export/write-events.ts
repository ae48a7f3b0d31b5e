import type { EventRecord } from '../event-row.js';
import { toEventRow } from '../event-row.js';
import { CSV_COLUMNS, csvRow } from './csv.js';
import { gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';
import { tableHeader, tableRow } from './table.js';

export const EXPORT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Stream events out in one of the export formats, a line at a time:
 * `json` is one array, `jsonl` and `plover` one object per line, `csv` has a
 * header, `gdelt` is GDELT 2.0's header-less 61-column TSV.
 *
 * @example await writeEvents('gdelt', eachEventRecord(store, filter), (s) => process.stdout.write(s))
 */
export async function writeEvents(format: ExportFormat, records: AsyncIterable<EventRecord>, write: (s: string) => void): Promise<number> {
  let n = 0;
  if (format === 'csv') write(CSV_COLUMNS.join(',') + '\n');
  if (format === 'table') write(tableHeader() + '\n');
  if (format === 'json') write('[');
  for await (const r of records) {
    if (format === 'json') write((n ? ',\n' : '\n') + JSON.stringify(toEventRow(r)));
    else if (format === 'jsonl') write(JSON.stringify(toEventRow(r)) + '\n');
    else if (format === 'plover') write(JSON.stringify(ploverRecord(r)) + '\n');
    else if (format === 'csv') write(csvRow(r) + '\n');
    else if (format === 'gdelt') write(gdeltRow(r).join('\t') + '\n');
    else write(tableRow(r) + '\n');
    n++;
  }
  if (format === 'json') write(n ? '\n]\n' : ']\n');
  return n;
}
