import { isFailure } from '../ingest/read.js';
import { DyadError } from '../errors.js';
import { toFailure } from '../pipeline/pipeline.js';
import { codeInput } from '../process.js';
import { dateOpt, flag } from './args.js';
import type { Command } from './command.js';
import { cliInputs } from './cmd-code.js';
import { CODING_HELP, CODING_OPTIONS, codingPipeline } from './coding-options.js';

const cmd: Command = {
  usage: 'dyad explain FILE [--published YYYY-MM-DD] [--all]',
  summary: 'Show, per sentence, the candidate events, the rule and dictionary pattern behind each, and why any was vetoed.',
  help: `Options:
  --published DATE       publication date (people are coded by the role they held then)
  --jsonl                FILE holds JSON Lines records
  --all                  also show sentences without candidates and the actors stage's trail
${CODING_HELP}

Example:
  dyad explain story.txt --published 2020-09-02`,
  options: { published: { type: 'string' }, jsonl: { type: 'boolean' }, all: { type: 'boolean' }, ...CODING_OPTIONS },
  async run(args, io) {
    if (!args.positionals.length) throw new DyadError('E012');
    const pipeline = codingPipeline(args, true);
    const all = flag(args, 'all');
    let failures = 0;
    for await (const x of cliInputs(args.positionals, io, flag(args, 'jsonl'), dateOpt(args, 'published') ?? null)) {
      if (isFailure(x)) {
        failures++;
        io.stderr(`dyad: skipped ${x.id} (${x.reason}): ${x.message}\n`);
        continue;
      }
      let doc;
      try {
        doc = codeInput(x, pipeline);
      } catch (err) {
        const f = toFailure(x.id, err);
        failures++;
        io.stderr(`dyad: skipped ${f.id} (${f.reason}): ${f.message}\n`);
        continue;
      }
      io.stdout(`# ${doc.meta.id}\n`);
      for (const s of doc.sentences) {
        const entries = doc.trace.filter((t) => t.sentence === s.index && (all || t.stage === 'events'));
        if (!entries.length && !all) continue;
        io.stdout(`\n[${s.index}] ${doc.slice(s)}\n`);
        for (const t of entries) io.stdout(`  ${t.vetoed ? '✗' : '✓'} ${t.stage}/${t.rule}: ${t.message}\n`);
        for (const e of doc.events.filter((ev) => ev.sentence === s.index)) {
          io.stdout(`  → ${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}${e.negated ? ' (negated)' : ''}${e.reportedBy ? ` per ${e.reportedBy}` : ''}\n`);
        }
      }
    }
    return failures ? 1 : 0;
  },
};
export default cmd;
