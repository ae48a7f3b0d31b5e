import { eventToJson, type EventJson } from '../events/event-json.js';
import { isFailure, readInputs, readJsonlStream } from '../ingest/read.js';
import type { RawInput } from '../ingest/types.js';
import type { Failure } from '../errors.js';
import { DyadError } from '../errors.js';
import { toFailure } from '../pipeline/pipeline.js';
import { codeInput } from '../process.js';
import { dateOpt, flag, str } from './args.js';
import type { Command, IO } from './command.js';
import { articleBounds, BOUND_HELP, BOUND_OPTIONS } from './bound-options.js';
import { CODING_HELP, CODING_OPTIONS, codingPipeline } from './coding-options.js';
import { checkInputPaths } from './input-args.js';

/** Every input: files and folders, or JSON Lines on stdin. */
export async function* cliInputs(
  files: string[],
  io: IO,
  jsonl: boolean,
  published: string | null,
  maxBytes?: number,
): AsyncGenerator<RawInput | Failure> {
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    if (!jsonl) throw new DyadError('E012');
    yield* readJsonlStream(io.stdin, 'stdin', { published, maxBytes });
    return;
  }
  checkInputPaths(files);
  yield* readInputs(files, { jsonl, published, maxBytes });
}

function tableRow(e: EventJson): string {
  // An actor with no words is implied by the act ("workers went on strike": their own government).
  const who = (a: EventJson['source']): string => (a ? `${a.code} (${a.text || 'implied'})` : '-');
  const flags = [e.negated ? 'NEGATED' : '', e.reportedBy ? `per ${e.reportedBy}` : ''].filter(Boolean).join(' ');
  return `${who(e.source)}\t${e.cameo} ${e.plover.type ?? '-'}\t${who(e.target)}\t${e.date?.value ?? ''}\t"${e.evidence.text}"${flags ? `\t${flags}` : ''}\n`;
}

const cmd: Command = {
  usage: 'dyad code [FILE...] [--jsonl] [--published YYYY-MM-DD] [--format jsonl|table] [--convention gdelt|icews|phoenix|plover]',
  summary: 'Code the events in articles: one JSON event per line (who did what to whom, with the words that say it).',
  help: `Inputs are text or HTML files or folders; with --jsonl, lines of {id, text, published?, title?, url?}
in files or on stdin.

Options:
  --jsonl                read JSON Lines records (from stdin when no FILE is given)
  --published DATE       publication date for inputs that do not state one (YYYY-MM-DD)
  --format jsonl|table   JSON Lines (default) or a table for people
  --negated              also print negated events ("did not attack"), flagged "negated": true
${CODING_HELP}
${BOUND_HELP}

Examples:
  dyad code story.txt --published 2020-09-02
  cat stories.jsonl | dyad code --jsonl --format table`,
  options: {
    jsonl: { type: 'boolean' },
    published: { type: 'string' },
    format: { type: 'string' },
    negated: { type: 'boolean' },
    ...CODING_OPTIONS,
    ...BOUND_OPTIONS,
  },
  async run(args, io) {
    const format = str(args, 'format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'json' && format !== 'table') {
      throw new DyadError('E004', { option: '--format', detail: `expected jsonl or table, got "${format}"` });
    }
    const published = dateOpt(args, 'published') ?? null;
    const bounds = articleBounds(args);
    const pipeline = codingPipeline(args, false);
    Object.assign(pipeline.context.options, bounds);
    const withNegated = flag(args, 'negated');
    let failures = 0;
    if (format === 'table') io.stdout('source\tevent\ttarget\tdate\tevidence\n');
    for await (const x of cliInputs(args.positionals, io, flag(args, 'jsonl'), published, bounds.maxArticleBytes)) {
      if (isFailure(x)) {
        failures++;
        io.stderr(`dyad: skipped ${x.id} (${x.reason}): ${x.message}\n`);
        continue;
      }
      try {
        const doc = codeInput(x, pipeline);
        for (const e of doc.events) {
          if (e.negated && !withNegated) continue;
          const j = eventToJson(doc, e);
          io.stdout(format === 'table' ? tableRow(j) : JSON.stringify(j) + '\n');
        }
      } catch (err) {
        const f = toFailure(x.id, err);
        failures++;
        io.stderr(`dyad: skipped ${f.id} (${f.reason}): ${f.message}\n`);
      }
    }
    return failures ? 1 : 0;
  },
};
export default cmd;
