import type { Command } from './command.js';

/**
 * The one command table. Each command lives in its own file and is imported
 * only when called, so `dyad code` does not pay for the web server.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  ingest: { summary: 'Code articles from files, folders or JSON Lines into the store', load: () => import('./cmd-ingest.js') },
  events: { summary: 'List or export stored events (table, json, jsonl, csv, gdelt, plover)', load: () => import('./cmd-events.js') },
  stats: { summary: 'Event counts and Goldstein per period and dyad, actor or quad class', load: () => import('./cmd-stats.js') },
  serve: { summary: 'Serve the HTTP API and web UI over the store', load: () => import('./cmd-serve.js') },
  demo: { summary: 'Ingest the demo corpus and serve it (npm start)', load: () => import('./cmd-demo.js') },
  article: { summary: 'Extract headline, byline, date, captions and body (JSON Lines)', load: () => import('./cmd-article.js') },
  parse: { summary: 'Show sentences and tokens (debugging)', load: () => import('./cmd-parse.js') },
  code: { summary: 'Code the events in articles (JSON Lines or a table)', load: () => import('./cmd-code.js') },
  explain: { summary: 'Show, per sentence, the candidate events, the rules and patterns behind them, and vetoes', load: () => import('./cmd-explain.js') },
  eval: { summary: 'Score the coder against a gold file (PLOVER GSR JSON or PETRARCH XML)', load: () => import('./cmd-eval.js') },
  actors: { summary: 'List actors, places and sources found in text files, with codes and why', load: () => import('./cmd-actors.js') },
  enqueue: { summary: 'Put articles on the work queue (Redis) for workers', load: () => import('./cmd-enqueue.js') },
  worker: { summary: 'Code queued articles into the store (run many, on many machines)', load: () => import('./cmd-worker.js') },
  queue: { summary: 'Queue status and rate; retry failed jobs; drain; clean', load: () => import('./cmd-queue.js') },
};
