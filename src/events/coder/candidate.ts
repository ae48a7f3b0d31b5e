import type { VerbPattern } from '../patterns/pattern.js';

/**
 * A proposed event before refinement. Proposers create candidates, each
 * tagged with its rule; refiners change the code, flag negation, fill roles
 * or veto, and note what they did, so `dyad explain` can show the trail.
 */
export interface Candidate {
  /** Proposer that made it: "verb-pattern", "noun-pattern", … */
  rule: string;
  code: string;
  sentence: number;
  /** Token of the pattern's anchor word. */
  anchor: number;
  /** First token of the verb complex ("vowed to meet" → "vowed"); subjects are sought left of it. */
  chainStart: number;
  /** Evidence token range `[start, end)`. */
  evStart: number;
  evEnd: number;
  /** Doc mention indices of the parties. */
  sources: number[];
  targets: number[];
  symmetric: boolean;
  negated: boolean;
  reportedBy: string | null;
  pattern: VerbPattern | null;
  /** Specificity of the match (words matched, slots filled). */
  score: number;
  /** Refiners that changed it, in order ("intent: 043→036"). */
  notes: string[];
  /** Why it was dropped, or null. */
  veto: string | null;
  /** True when the anchor is a noun (nominalisation) rather than a verb. */
  nominal: boolean;
  /** True when the source is only where the act happened ("killed in Somalia"), no actor named as doing it. */
  siteSource?: boolean;
}
