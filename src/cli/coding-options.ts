import { CODING_STANDARDS, type CodingStandard } from '../events/coder/coding-standard.js';
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
  standard: { type: 'string' },
  verbs: { type: 'string' },
  home: { type: 'string' },
} as const;

export const CODING_HELP = `  --convention NAME      Goldstein/quad-class convention: gdelt (default), icews, phoenix or plover
  --standard NAME        coding standard where standards differ: plover (default: "will meet" is an intention)
                         or petrarch (PETRARCH-2's: "will meet", "agreed to meet" are the meeting)
  --verbs FILE|DIR       verb patterns to code with instead of dyad's own dict/verbs/ (dyad or PETRARCH format)
  --home ISO3            home country of the outlet ("the Foreign Ministry" is its)`;

/**
 * Build the coding pipeline from command-line options; a bad value is a
 * user error with a message, and a bad dictionary fails here, before any input is read.
 *
 * @example
 * const pipeline = codingPipeline(args, false);
 * // defaultStandard applies when --standard is not given (`dyad eval` passes the gold's own)
 */
export function codingPipeline(args: Parsed, explain: boolean, defaultStandard: CodingStandard = 'plover'): Pipeline {
  const convention = (str(args, 'convention') ?? 'gdelt') as Convention;
  if (!CONVENTIONS.includes(convention)) {
    throw new DyadError('E004', { option: '--convention', detail: `expected one of ${CONVENTIONS.join(', ')}, got "${convention}"` });
  }
  const home = str(args, 'home');
  if (home !== undefined && !/^[A-Z]{3}$/.test(home)) {
    throw new DyadError('E004', { option: '--home', detail: `expected a three-letter country code such as KOR, got "${home}"` });
  }
  const standard = codingStandardOption(args) ?? defaultStandard;
  const pipeline = createPipeline({ convention, explain, homeCountry: home ?? null, codingStandard: standard });
  const verbs = str(args, 'verbs');
  if (verbs) pipeline.context.resources.set(VERBS_RESOURCE, verbMatcher(verbs));
  return pipeline;
}

/**
 * The `--standard` option, checked: undefined when not given.
 *
 * @example codingStandardOption(parse(['--standard', 'petrarch'])) // 'petrarch'
 */
export function codingStandardOption(args: Parsed): CodingStandard | undefined {
  const standard = str(args, 'standard');
  if (standard === undefined) return undefined;
  if (!CODING_STANDARDS.includes(standard as CodingStandard)) {
    throw new DyadError('E004', { option: '--standard', detail: `expected one of ${CODING_STANDARDS.join(', ')}, got "${standard}"` });
  }
  return standard as CodingStandard;
}
