import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { DEFAULT_MAX_ARTICLE_MS } from '../pipeline/budget.js';
import type { PipelineOptions } from '../pipeline/component.js';
import { int, type Parsed } from './args.js';

/** Per-article bounds shared by `dyad code` and `dyad ingest`. */
export const BOUND_OPTIONS = {
  'max-ms': { type: 'string' },
  'max-bytes': { type: 'string' },
} as const;

export const BOUND_HELP = `  --max-ms N             time one article may take, in ms (default ${DEFAULT_MAX_ARTICLE_MS}; 0 = none);
                         slower ones are skipped as timeout
  --max-bytes N          largest article, in bytes (default ${DEFAULT_MAX_BYTES}); larger ones are skipped as too-large`;

export interface ArticleBounds extends Partial<PipelineOptions> {
  maxArticleMs: number;
  maxArticleBytes: number;
}

/**
 * The per-article bounds from `--max-ms` and `--max-bytes` (a bad value is a
 * user error, E004). `--max-mb`, where a command has it, is the same bound in MB.
 *
 * @example
 * articleBounds(parse(['--max-ms', '5000'])) // { maxArticleMs: 5000, maxArticleBytes: 20971520 }
 */
export function articleBounds(args: Parsed): ArticleBounds {
  const mb = args.values['max-mb'] !== undefined ? int(args, 'max-mb', 1, 4096) : undefined;
  return {
    maxArticleMs: int(args, 'max-ms', 0, 24 * 3600 * 1000) ?? DEFAULT_MAX_ARTICLE_MS,
    maxArticleBytes: int(args, 'max-bytes', 1, 4096 * 1024 * 1024) ?? (mb !== undefined ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES),
  };
}
