import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Failure } from '../errors.js';
import type { RawInput } from '../ingest/types.js';

/**
 * Interim reader until `readInputs` (src/ingest/read.ts) lands: files,
 * folders, JSON Lines (`{id, text, published?, title?, url?}`), gzip.
 */
export async function* interimReadInputs(paths: string[], opts: { published?: string | null } = {}): AsyncGenerator<RawInput | Failure> {
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      yield { id: p, reason: 'unreadable', message: (e as Error).message };
      continue;
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort();
      yield* interimReadInputs(names.map((n) => join(p, n)), opts);
    } else if (/\.jsonl(\.gz)?$/.test(p)) {
      const stream = p.endsWith('.gz') ? createReadStream(p).pipe(createGunzip()) : createReadStream(p);
      let n = 0;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        n++;
        if (!line.trim()) continue;
        try {
          const r = JSON.parse(line) as Record<string, unknown>;
          const text = typeof r.text === 'string' ? r.text : '';
          yield { id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${p}#${n}`, file: p, format: 'text', content: text, published: (r.published as string) ?? opts.published ?? null, title: (r.title as string) ?? null, url: (r.url as string) ?? null, source: (r.source as string) ?? null };
        } catch (e) {
          yield { id: `${p}#${n}`, reason: 'bad-json', message: (e as Error).message };
        }
      }
    } else {
      const buf = await readFile(p);
      const content = (p.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
      if (!content.trim()) yield { id: p, reason: 'empty', message: 'empty file' };
      else yield { id: p, file: p, format: /\.html?(\.gz)?$/i.test(p) ? 'html' : 'text', content, published: opts.published ?? null };
    }
  }
}
