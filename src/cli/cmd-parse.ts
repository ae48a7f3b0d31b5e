import { readFileSync } from 'node:fs';
import { docFromParagraphs } from '../article/build-doc.js';
import { DyadError } from '../errors.js';
import { tokenizeDoc } from '../nlp/tokenize.js';
import type { Command } from './command.js';

const cmd: Command = {
  usage: 'dyad parse FILE [--json]',
  summary: 'Show the sentences and tokens (text, POS, lemma, offsets) of a text file, for debugging.',
  help: `Options:
  --json   one JSON object per sentence instead of a table`,
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new DyadError('E012');
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') throw new DyadError('E010', { path: file });
      throw new DyadError('E011', { path: file, detail: e.message });
    }
    const doc = docFromParagraphs({ id: file, file }, raw.split(/\n\s*\n/));
    tokenizeDoc(doc);
    const t = doc.tokens;
    for (const s of doc.sentences) {
      const toks = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) toks.push({ text: t.text[i], pos: t.pos[i], lemma: t.lemma[i], start: t.start[i], end: t.end[i] });
      if (args.values.json) {
        io.stdout(JSON.stringify({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: doc.slice(s), tokens: toks }) + '\n');
      } else {
        io.stdout(`#${s.index} [${s.start}-${s.end}] ${doc.slice(s)}\n`);
        io.stdout(toks.map((k) => `${k.text}/${k.pos}`).join(' ') + '\n\n');
      }
    }
    return 0;
  },
};
export default cmd;
