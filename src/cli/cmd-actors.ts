import { readFileSync } from 'node:fs';
import { createActorsComponent } from '../actors/component.js';
import type { DictEntry } from '../actors/dictionary.js';
import { readPetrarchDictionary } from '../actors/petrarch-reader.js';
import { structureArticle } from '../article/structure.js';
import { DiscardError, DyadError } from '../errors.js';
import { tokenizeComponent } from '../nlp/tokenize.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { dateOpt, flag, str } from './args.js';
import type { Command } from './command.js';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new DyadError('E010', { path });
    throw new DyadError('E011', { path, detail: e.message });
  }
}

const cmd: Command = {
  usage: 'dyad actors FILE... [--json] [--published YYYY-MM-DD] [--source NAME] [--home ISO3] [--dict FILE]... [--dict-mode add|replace]',
  summary: 'List the actors, places and credited sources found in text files, with their codes and why.',
  help: `Options:
  --json                 one JSON object per mention (JSON Lines) instead of a table
  --published DATE       publication date: people are coded by the role they held then
  --source NAME          the outlet ("The Korea Herald"): its country owns "the Foreign Ministry"
  --home ISO3            the outlet's home country directly (e.g. KOR)
  --dict FILE            a PETRARCH/TABARI actors or agents dictionary (repeatable)
  --dict-mode add|replace  use --dict files beside dyad's own dictionaries (add, default) or alone

Examples:
  dyad actors story.txt --published 2020-09-02 --source "The Korea Herald"
  dyad actors story.txt --dict Phoenix.Countries.actors.txt --dict Phoenix.agents.txt --json`,
  options: {
    json: { type: 'boolean' },
    published: { type: 'string' },
    source: { type: 'string' },
    home: { type: 'string' },
    dict: { type: 'string', multiple: true },
    'dict-mode': { type: 'string' },
  },
  async run(args, io) {
    if (!args.positionals.length) throw new DyadError('E012');
    const published = dateOpt(args, 'published') ?? null;
    const mode = str(args, 'dict-mode') ?? 'add';
    if (mode !== 'add' && mode !== 'replace') throw new DyadError('E004', { option: '--dict-mode', detail: `expected add or replace, got "${mode}"` });
    const home = str(args, 'home');
    if (home !== undefined && !/^[A-Z]{3}$/.test(home)) throw new DyadError('E004', { option: '--home', detail: `expected a three-letter country code such as KOR, got "${home}"` });
    const dictFiles = (args.values.dict as string[] | undefined) ?? [];
    if (mode === 'replace' && !dictFiles.length) throw new DyadError('E004', { option: '--dict-mode', detail: 'replace needs at least one --dict FILE' });
    const entries: DictEntry[] = [];
    for (const f of dictFiles) entries.push(...readPetrarchDictionary(readText(f), f));
    const actors = dictFiles.length ? createActorsComponent({ dictionaries: entries, mode }) : createActorsComponent();
    const pipeline = buildPipeline([tokenizeComponent, actors], { homeCountry: home ?? null });
    let failed = 0;
    for (const file of args.positionals) {
      let doc;
      try {
        doc = structureArticle({ id: file, file, format: /\.html?$/i.test(file) ? 'html' : 'text', content: readText(file), published, source: str(args, 'source') ?? null });
      } catch (err) {
        // one file that is no article does not stop the others
        if (!(err instanceof DiscardError)) throw err;
        io.stderr(`dyad: ${file}: not coded (${err.reason}): ${err.message}\n`);
        failed++;
        continue;
      }
      pipeline.run(doc);
      if (!flag(args, 'json')) io.stdout(`# ${file}\n`);
      for (const m of doc.mentions) {
        if (flag(args, 'json')) {
          io.stdout(
            JSON.stringify({
              file,
              id: m.id,
              sentence: m.sentence,
              text: m.text,
              start: m.start,
              end: m.end,
              kind: m.kind,
              role: m.role,
              code: m.actor?.code ?? null,
              country: m.actor?.country ?? null,
              agents: m.actor?.agents ?? [],
              placeCountry: m.placeCountry ?? null,
              antecedent: m.antecedent,
              antecedents: m.antecedents ?? null,
              roles: m.roles ?? null,
              rule: m.rule,
              entry: m.entry,
            }) + '\n',
          );
        } else {
          const code = m.actor?.code ?? (m.placeCountry ? `@${m.placeCountry}` : '-');
          const ref = m.antecedent !== null ? ` → #${m.antecedent}` : m.antecedents ? ` → #${m.antecedents.join(', #')}` : '';
          io.stdout(`#${m.id}\t${m.start}-${m.end}\t${code}\t${m.role}\t${m.text}\t${m.rule}${ref}${m.entry ? `\t${m.entry}` : ''}\n`);
        }
      }
    }
    return failed ? 1 : 0;
  },
};
export default cmd;
