import type { Doc } from '../doc/doc.js';

/**
 * Layers a component can require or assign. A layer is a field of `Doc`
 * (or a refinement of one, such as `dates` on events).
 */
export type Layer =
  | 'text'
  | 'meta'
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'coreference'
  | 'events'
  | 'dates'
  | 'places'
  | 'dedup';

/** Shared, read-only resources handed to every component (dictionaries, options). */
export interface Context {
  /** Options from the command line or API, read by components that need them. */
  options: PipelineOptions;
  /** Loaded resources keyed by name (dictionaries, automata); built once at start-up. */
  resources: Map<string, unknown>;
  /** When the article in hand must be done (epoch ms), set by `Pipeline.run`; see `checkBudget`. */
  deadline?: number;
}

export interface PipelineOptions {
  /** Goldstein/quad-class convention: GDELT's is the default. */
  convention: 'gdelt' | 'icews' | 'phoenix' | 'plover';
  /** Coding standard whose conventions decide codes where standards differ: plover (default) or petrarch. */
  codingStandard?: 'plover' | 'petrarch';
  /** Home country of the outlet (ISO alpha-3), when known: "the Foreign Ministry" is its. */
  homeCountry?: string | null;
  /** Record candidate/veto trail in `doc.trace` (costs time; on for `dyad explain`). */
  explain: boolean;
  /** Time budget per article in ms (0 = none): an article over it is discarded as 'timeout'. */
  maxArticleMs?: number;
  /** Size bound per article in UTF-8 bytes (0 = none): a larger one is discarded as 'too-large'. */
  maxArticleBytes?: number;
  [key: string]: unknown;
}

/**
 * A pipeline step: a named `Doc → Doc` function that declares what it needs
 * and what it adds, so a misordered pipeline fails when built, not halfway
 * through a corpus.
 */
export interface Component {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc, ctx: Context): void;
}
