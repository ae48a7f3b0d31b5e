import { structureArticle } from '../article/structure.js';
import { DiscardError, DyadError } from '../errors.js';
import { isFailure } from '../ingest/read.js';
import { tokenizeDoc } from '../nlp/tokenize.js';
import { cliInputs } from './cmd-article.js';
import type { Command } from './command.js';

const cmd: Command = {
  usage: 'dyad parse FILE [--json] [--jsonl]',
  summary: 'Show the sentences and tokens (text, POS, lemma, offsets) of an article, for debugging.',
  help: `The file is read like \`dyad article\` reads it (text, HTML, .gz); the body is then split
into sentences and tokens.

Options:
  --json   one JSON object per sentence instead of a table
  --jsonl  read JSON Lines records (from the file, or stdin without a file)`,
  options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
  async run(args, io) {
    if (!args.positionals.length && !args.values.jsonl) throw new DyadError('E012');
    let failed = 0;
    for await (const x of cliInputs(args, io)) {
      if (isFailure(x)) {
        failed++;
        io.stderr(`dyad: skipped ${x.id}: ${x.reason}: ${x.message}\n`);
        continue;
      }
      let doc;
      try {
        doc = structureArticle(x);
      } catch (err) {
        if (!(err instanceof DiscardError)) throw err;
        failed++;
        io.stderr(`dyad: skipped ${x.id}: ${err.reason}: ${err.message}\n`);
        continue;
      }
      tokenizeDoc(doc);
      const t = doc.tokens;
      for (const s of doc.sentences) {
        const toks = [];
        for (let i = s.tokenStart; i < s.tokenEnd; i++) toks.push({ text: t.text[i], pos: t.pos[i], lemma: t.lemma[i], start: t.start[i], end: t.end[i] });
        if (args.values.json) {
          io.stdout(JSON.stringify({ id: x.id, index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: doc.slice(s), tokens: toks }) + '\n');
        } else {
          io.stdout(`#${s.index} [${s.start}-${s.end}] ${doc.slice(s)}\n`);
          io.stdout(toks.map((k) => `${k.text}/${k.pos}`).join(' ') + '\n\n');
        }
      }
    }
    return failed ? 1 : 0;
  },
};
export default cmd;
