import { VERBS_RESOURCE } from '../events/coder/events-component.js';
import { CONVENTIONS, type Convention } from '../events/ontology/index.js';
import { verbMatcher } from '../events/patterns/load-verbs.js';
import { DyadError } from '../errors.js';
import { createPipeline } from '../pipeline/compose.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { str, type Parsed } from './args.js';

/** Options shared by `dyad code`, `dyad explain` and `dyad eval`. */
export const CODING_OPTIONS = {
  convention: { type: 'string' },
  verbs: { type: 'string' },
  home: { type: 'string' },
} as const;

export const CODING_HELP = `  --convention NAME      Goldstein/quad-class convention: gdelt (default), icews, phoenix or plover
  --verbs FILE|DIR       verb patterns to code with instead of dyad's own dict/verbs/ (dyad or PETRARCH format)
  --home ISO3            home country of the outlet ("the Foreign Ministry" is its)`;

/**
 * Build the coding pipeline from command-line options; a bad value is a
 * user error with a message, and a bad dictionary fails here, before any input is read.
 *
 * @example
 * const pipeline = codingPipeline(args, false);
 */
export function codingPipeline(args: Parsed, explain: boolean): Pipeline {
  const convention = (str(args, 'convention') ?? 'gdelt') as Convention;
  if (!CONVENTIONS.includes(convention)) {
    throw new DyadError('E004', { option: '--convention', detail: `expected one of ${CONVENTIONS.join(', ')}, got "${convention}"` });
  }
  const home = str(args, 'home');
  if (home !== undefined && !/^[A-Z]{3}$/.test(home)) {
    throw new DyadError('E004', { option: '--home', detail: `expected a three-letter country code such as KOR, got "${home}"` });
  }
  const pipeline = createPipeline({ convention, explain, homeCountry: home ?? null });
  const verbs = str(args, 'verbs');
  if (verbs) pipeline.context.resources.set(VERBS_RESOURCE, verbMatcher(verbs));
  return pipeline;
}
