import { DyadError } from '../errors.js';
import { evaluate, readGold } from '../eval/run-eval.js';
import { rates } from '../eval/score.js';
import { flag, str } from './args.js';
import type { Command } from './command.js';
import { standardOfGold } from '../events/coder/coding-standard.js';
import { CODING_HELP, CODING_OPTIONS, codingPipeline, codingStandardOption } from './coding-options.js';

const pct = (x: number): string => x.toFixed(3);

const cmd: Command = {
  usage: 'dyad eval --gold FILE [--verbose] [--json] [--own-dicts] [--standard plover|petrarch]',
  summary: 'Score the coder against a gold file (PLOVER GSR JSON or PETRARCH validation XML): precision, recall, F1.',
  help: `A predicted event matches a gold event when the PLOVER type (PLOVER gold) or
the CAMEO code (PETRARCH gold) is equal and the source and target country codes
are equal; a gold event without target matches on source. The coder follows the
gold's own coding standard (petrarch for PETRARCH XML, plover for PLOVER JSON;
--standard overrides) and says which it used. A symmetric event
(talks, meetings) coded both ways counts once. PETRARCH files whose
<Environment> dictionaries sit beside them (the PETRARCH unit tests) are coded
with those dictionaries and scored on full actor codes, record by record.

Options:
  --gold FILE            the gold standard (required)
  --verbose              list the misses and the false events
  --json                 print the figures as one JSON object
  --own-dicts            code PETRARCH gold with dyad's dictionaries even when the file names its own
${CODING_HELP}

Example:
  dyad eval --gold ../shared/eval/plover-gsr-dev.json --verbose`,
  options: { gold: { type: 'string' }, verbose: { type: 'boolean' }, json: { type: 'boolean' }, 'own-dicts': { type: 'boolean' }, ...CODING_OPTIONS },
  async run(args, io) {
    const path = str(args, 'gold');
    if (!path) throw new DyadError('E004', { option: '--gold', detail: 'give the gold file: dyad eval --gold FILE' });
    const gold = readGold(path);
    const custom = str(args, 'verbs') || str(args, 'convention') || str(args, 'home') || flag(args, 'own-dicts');
    // Scored under the gold's own coding standard unless --standard says otherwise.
    const standard = codingStandardOption(args) ?? standardOfGold(gold.kind);
    const run = evaluate(gold, { pipeline: custom ? codingPipeline(args, false, standard) : undefined, useGoldDictionaries: !flag(args, 'own-dicts'), standard });
    const s = run.score;
    const types = [...s.perType.entries()].sort(([a], [b]) => a.localeCompare(b));
    if (flag(args, 'json')) {
      io.stdout(
        JSON.stringify({
          gold: path,
          kind: gold.kind,
          dictionaries: run.dictionaries,
          standard: run.dictionaries === 'dyad' ? run.standard : null,
          records: s.records,
          recordsPassed: s.recordsPassed,
          precision: s.precision,
          recall: s.recall,
          f1: s.f1,
          tp: s.tp,
          fp: s.fp,
          fn: s.fn,
          perType: Object.fromEntries(types.map(([k, v]) => [k, { ...v, ...rates(v) }])),
        }) + '\n',
      );
      return 0;
    }
    const std = run.dictionaries === 'dyad' ? `, ${run.standard} coding standard` : '';
    io.stdout(`gold: ${path} (${gold.kind}, ${s.records} records; coded with ${run.dictionaries} dictionaries${std})\n`);
    io.stdout(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})\n`);
    io.stdout(`records coded exactly as the gold: ${s.recordsPassed}/${s.records} (${((100 * s.recordsPassed) / Math.max(1, s.records)).toFixed(1)}%)\n\n`);
    io.stdout('type\tP\tR\tF1\ttp\tfp\tfn\n');
    for (const [k, v] of types) {
      const r = rates(v);
      io.stdout(`${k}\t${pct(r.precision)}\t${pct(r.recall)}\t${pct(r.f1)}\t${v.tp}\t${v.fp}\t${v.fn}\n`);
    }
    if (flag(args, 'verbose')) {
      io.stdout('\nmisses (gold events not coded):\n');
      for (const m of s.misses) io.stdout(`  ${m.id}\t${m.code} ${m.source} → ${m.target ?? '-'}\t${m.text}\n`);
      io.stdout('\nfalse events (coded, not in the gold):\n');
      for (const m of s.falses) io.stdout(`  ${m.id}\t${m.code} ${m.source} → ${m.target ?? '-'}\t"${m.evidence ?? ''}"\t${m.text}\n`);
    }
    return 0;
  },
};
export default cmd;
