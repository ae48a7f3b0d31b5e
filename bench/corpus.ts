import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../test/shared.js';

export interface Story {
  id: string;
  published: string | null;
  title: string | null;
  text: string;
}

export const KCNA = process.env.DYAD_SHARED
  ? join(process.env.DYAD_SHARED, 'corpus/kcna-2011-sample.jsonl.gz')
  : join(ROOT, '..', 'shared', 'corpus', 'kcna-2011-sample.jsonl.gz');

/** The KCNA sample (5,000 stories) from ../shared, or null with a message when it is absent. */
export function loadKcna(limit = Infinity): Story[] | null {
  if (!existsSync(KCNA)) {
    process.stderr.write(`SKIP: ${KCNA} not found (benchmarks read ../shared/corpus)\n`);
    return null;
  }
  const lines = gunzipSync(readFileSync(KCNA)).toString('utf8').split('\n');
  const out: Story[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Story;
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/** CPU time of this process so far (user + system), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The components with a clock around each run: CPU ms per component name add up in `stageCpu`. */
export function timedComponents<C extends { name: string; run: (doc: never, ctx: never) => unknown }>(components: readonly C[], stageCpu: Map<string, number>): C[] {
  return components.map((c) => ({
    ...c,
    run: (doc: never, ctx: never) => {
      const t = cpuMs();
      try {
        return c.run(doc, ctx);
      } finally {
        stageCpu.set(c.name, (stageCpu.get(c.name) ?? 0) + cpuMs() - t);
      }
    },
  }));
}
