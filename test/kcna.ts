import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { structureArticle } from '../src/article/structure.js';
import type { Doc } from '../src/doc/doc.js';
import { createPipeline } from '../src/pipeline/compose.js';

export interface KcnaStory {
  id: string;
  published: string;
  title: string;
  text: string;
  url: string;
}

/** Read the KCNA sample (`{id, published, title, text, url}` per line, gzipped). */
export function readKcna(path: string, n = Infinity): KcnaStory[] {
  let all = cache.get(path);
  if (!all) {
    all = gunzipSync(readFileSync(path))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as KcnaStory);
    cache.set(path, all);
  }
  return all.slice(0, n);
}

/** Stories already read, by path: several tests of one file read the corpus once. */
const cache = new Map<string, KcnaStory[]>();

/**
 * Paragraphs of a KCNA story: the scrape turned paragraph breaks into ", , " runs, or a
 * lone comma after a full stop, and padded the end with ", , , ,".
 */
export function kcnaParagraphs(text: string): string[] {
  return text
    .split(/\s*,(?:\s*,)+\s*|(?<=[.!?:"\u201d])\s*,\s+/)
    .map((p) => p.replace(/(?:\s*,)+\s*$/, '').trim())
    .filter((p) => p.length > 1);
}


export function kcnaText(text: string): string {
  return text.replace(/(?:,\s*){2,}/g, '\n\n').replace(/([.!?"”])\s*,\s+(?=\S)/g, '$1\n\n').trim();
}

/** Run the standard pipeline over KCNA stories, as a user would with --published and the outlet named. */
export function runKcna(stories: KcnaStory[]): Doc[] {
  const p = createPipeline();
  return stories.map((s) => p.run(structureArticle({ id: s.id, file: null, format: 'text', content: kcnaText(s.text), published: s.published, title: s.title, url: s.url, source: 'KCNA' })));
}

/** Mulberry32: a small seeded generator, so the drawn sample is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
