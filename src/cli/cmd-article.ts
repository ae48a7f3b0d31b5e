import type { Failure } from '../errors.js';
import { DiscardError } from '../errors.js';
import { structureArticle } from '../article/structure.js';
import { isFailure, readInputs, readJsonlStream, type ReadOptions } from '../ingest/read.js';
import type { RawInput } from '../ingest/types.js';
import { DyadError } from '../errors.js';
import { dateOpt, flag, type Parsed } from './args.js';
import type { Command, IO } from './command.js';
import { articleBounds } from './bound-options.js';
import { checkInputPaths } from './input-args.js';

/**
 * The inputs named on the command line, or JSON Lines on stdin with `--jsonl`
 * and no files (or the file "-").
 */
export async function* cliInputs(args: Parsed, io: IO): AsyncGenerator<RawInput | Failure> {
  const opts: ReadOptions = {
    jsonl: flag(args, 'jsonl'),
    maxBytes: articleBounds(args).maxArticleBytes,
    published: dateOpt(args, 'published') ?? null,
  };
  const paths = args.positionals;
  if (!paths.length) {
    if (!opts.jsonl || (io.stdin as NodeJS.ReadStream).isTTY) throw new DyadError('E012');
    yield* readJsonlStream(io.stdin, 'stdin', opts);
    return;
  }
  checkInputPaths(paths);
  for (const p of paths) {
    if (p === '-') yield* readJsonlStream(io.stdin, 'stdin', opts);
    else yield* readInputs([p], opts);
  }
}

const cmd: Command = {
  usage: 'dyad article FILE... [--jsonl] [--published YYYY-MM-DD]',
  summary: 'Extract headline, byline, date, outlet, captions and body paragraphs; one JSON object per input.',
  help: `Inputs are scraped text, HTML, .gz files of either, or folders (read recursively).
Output (JSON Lines on stdout): {file, title, byline, published, source, captions[], paragraphs[], text, language}.
Inputs that cannot be read or hold no English article are reported on stderr with a reason;
the exit code is then 1.

Options:
  --jsonl               read JSON Lines records {id, text|html, published?, title?, url?, source?}
                        from the files, or from stdin when no file is given
  --published DATE      publication date (YYYY-MM-DD) for inputs that do not state one
  --max-mb N            skip inputs larger than N megabytes (default 20)

Examples:
  dyad article page.html story.txt
  cat feed.jsonl | dyad article --jsonl`,
  options: {
    jsonl: { type: 'boolean' },
    published: { type: 'string' },
    'max-mb': { type: 'string' },
  },
  async run(args, io) {
    let failed = 0;
    const report = (id: string, reason: string, message: string) => {
      failed++;
      io.stderr(`dyad: skipped ${id}: ${reason}: ${message}\n`);
    };
    for await (const x of cliInputs(args, io)) {
      if (isFailure(x)) {
        report(x.id, x.reason, x.message);
        continue;
      }
      try {
        const doc = structureArticle(x);
        const m = doc.meta;
        io.stdout(
          JSON.stringify({
            file: x.file ?? x.id,
            id: x.id,
            title: m.title,
            byline: m.byline,
            published: m.published,
            source: m.source,
            captions: m.captions,
            paragraphs: doc.paragraphs.map((p) => doc.slice(p)),
            text: doc.text,
            language: m.language,
          }) + '\n',
        );
      } catch (err) {
        if (err instanceof DiscardError) report(x.id, err.reason, err.message);
        else throw err;
      }
    }
    return failed ? 1 : 0;
  },
};
export default cmd;
