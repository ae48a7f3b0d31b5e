import type { Command } from './command.js';

/**
 * The one command table. Each command lives in its own file and is imported
 * only when called, so `dyad code` does not pay for the web server.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  article: { summary: 'Extract headline, byline, date, captions and body (JSON Lines)', load: () => import('./cmd-article.js') },
  parse: { summary: 'Show sentences and tokens (debugging)', load: () => import('./cmd-parse.js') },
  code: { summary: 'Code the events in articles (JSON Lines or a table)', load: () => import('./cmd-code.js') },
  explain: { summary: 'Show, per sentence, the candidate events, the rules and patterns behind them, and vetoes', load: () => import('./cmd-explain.js') },
  eval: { summary: 'Score the coder against a gold file (PLOVER GSR JSON or PETRARCH XML)', load: () => import('./cmd-eval.js') },
  actors: { summary: 'List actors, places and sources found in text files, with codes and why', load: () => import('./cmd-actors.js') },
};
