import type { OptionSpec, Parsed } from './args.js';
import { parseFilter, type EventFilter } from '../query/filter.js';

/** The filter options shared by `dyad events` and `dyad stats`: the same names as the API's parameters. */
export const FILTER_OPTIONS: OptionSpec = {
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  dyad: { type: 'string' },
  both: { type: 'boolean' },
  code: { type: 'string' },
  plover: { type: 'string' },
  quad: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  location: { type: 'string' },
  text: { type: 'string' },
  negated: { type: 'string' },
};

export const FILTER_HELP = `Filters (combine freely; lists are comma-separated and mean "any of"):
  --actor KOR[,USA]     either side's code starts with it (KOR matches KORGOV)
  --source CODE         the source's code starts with it
  --target CODE         the target's code starts with it
  --dyad KOR:USA        source KOR…, target USA…; add --both for either direction
  --code 04[,19]        CAMEO code prefix (04 = all consult codes)
  --plover TYPE         PLOVER event type (CONSULT, ACCUSE, ASSAULT, …)
  --quad 1[,2]          quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
  --since DATE          event day on or after (YYYY, YYYY-MM or YYYY-MM-DD)
  --until DATE          event day on or before (a month or year means all its days)
  --location PLACE      event place name, or ISO alpha-3 country of the place
  --text WORDS          words of the article (full-text search, all words required)
  --negated true|false  only negated / only asserted events (default both)`;

/** The validated filter from command-line options; errors name the option. */
export function filterFromArgs(args: Parsed, extra: Record<string, string | undefined> = {}): EventFilter {
  const params: Record<string, string | boolean | undefined> = { ...extra };
  for (const name of Object.keys(FILTER_OPTIONS)) {
    const v = args.values[name];
    if (typeof v === 'string' || typeof v === 'boolean') params[name] = v;
  }
  return parseFilter(params, { style: 'cli' });
}
