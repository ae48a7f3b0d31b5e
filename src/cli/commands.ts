import type { Command } from './command.js';

/**
 * The one command table. Each command lives in its own file and is imported
 * only when called, so `dyad code` does not pay for the web server.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  article: { summary: 'Extract headline, byline, date, captions and body (JSON Lines)', load: () => import('./cmd-article.js') },
  parse: { summary: 'Show sentences and tokens (debugging)', load: () => import('./cmd-parse.js') },
  actors: { summary: 'List actors, places and sources found in text files, with codes and why', load: () => import('./cmd-actors.js') },
  enqueue: { summary: 'Put articles on the work queue (Redis) for workers', load: () => import('./cmd-enqueue.js') },
  worker: { summary: 'Code queued articles into the store (run many, on many machines)', load: () => import('./cmd-worker.js') },
  queue: { summary: 'Queue status and rate; retry failed jobs; drain; clean', load: () => import('./cmd-queue.js') },
};
