import { fileURLToPath } from 'node:url';
import { pipelineCoder } from '../store/pipeline-coder.js';
import { ingest } from '../store/ingest.js';
import { readInputs } from '../ingest/read.js';
import { openStore, resolveDbSpec } from '../store/open-store.js';
import { flag, int, str } from './args.js';
import type { Command } from './command.js';
import { formatSummary } from './cmd-ingest.js';
import { serveStore } from './cmd-serve.js';

/** The demo corpus shipped with dyad: 24 short articles written for the demo; their events are invented (docs/store.md). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../demo/articles.jsonl', import.meta.url));

const cmd: Command = {
  usage: 'dyad demo [--db FILE|URL] [--host 127.0.0.1] [--port 8080] [--ingest-only]',
  summary: 'Ingest the demo corpus into the store and serve it (what `npm start` runs).',
  help: `Options:
  --db FILE|URL    store (default ./dyad.db, or $DYAD_DB); ingesting twice adds nothing
  --host H         address to bind (default 127.0.0.1)
  --port N         port (default 8080)
  --ingest-only    ingest and exit without serving`,
  options: { db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, 'ingest-only': { type: 'boolean' } },
  async run(args, io) {
    const port = int(args, 'port', 0, 65535) ?? 8080;
    const store = await openStore(resolveDbSpec(str(args, 'db')));
    try {
      const summary = await ingest(store, readInputs([DEMO_CORPUS]), {
        coder: pipelineCoder(),
      });
      io.stdout(`Demo corpus → ${store.label}\n${formatSummary(summary)}\n`);
      if (flag(args, 'ingest-only')) return 0;
      return await serveStore(store, { host: str(args, 'host') ?? '127.0.0.1', port, token: process.env.DYAD_TOKEN ?? null }, io);
    } finally {
      await store.close();
    }
  },
};
export default cmd;
