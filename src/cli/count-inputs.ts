import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';

async function countLines(path: string): Promise<number> {
  const stream = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  let n = 0;
  let last = 10;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? n : n + 1;
}

/**
 * How many inputs the paths hold (files, plus lines of JSON Lines files), for
 * the progress bar's ETA. Costs one pass over the JSONL files, so it is only
 * done on a terminal. Null when it cannot tell.
 *
 * @example await countInputs(['corpus.jsonl.gz']) // 5000
 */
export async function countInputs(paths: string[], jsonl = false): Promise<number | null> {
  let n = 0;
  const visit = async (p: string): Promise<void> => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!name.startsWith('.')) await visit(join(p, name));
    } else if (jsonl || /\.(jsonl|ndjson)(\.gz)?$/i.test(p)) n += await countLines(p);
    else n++;
  };
  try {
    for (const p of paths) await visit(p);
  } catch {
    return null;
  }
  return n;
}
