import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { docFromParagraphs } from '../src/article/build-doc.js';
import type { Doc } from '../src/doc/doc.js';
import { actorsPipeline } from './actors-pipeline.js';

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

/** Story ids repeat in the corpus (one page per day and language): later ones get "#2", "#3". */
export function uniqueIds(stories: KcnaStory[]): KcnaStory[] {
  const seen = new Map<string, number>();
  return stories.map((s) => {
    const k = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, k);
    return k === 1 ? s : { ...s, id: `${s.id}#${k}` };
  });
}

/** Run the standard pipeline over KCNA stories, as a user would with --published and the outlet named; ids made unique. */
export function runKcna(stories: KcnaStory[]): Doc[] {
  const p = actorsPipeline();
  // the corpus holds clean bodies: paragraphs go straight into the document model (no article extraction,
  // which would also set aside the few Spanish stories — recognition must not crash on them either)
  return uniqueIds(stories).map((s) => p.run(docFromParagraphs({ id: s.id, published: s.published, title: s.title, url: s.url, source: 'KCNA' }, kcnaText(s.text).split(/\n\s*\n/))));
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

/** A seeded FNV-1a hash of a mention's place in the corpus, in [0, 1): the sample is the 50 smallest. */
export function sampleKey(docId: string, start: number, seed = 2011): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  const s = `${docId}:${start}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so neighbouring offsets spread out
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}
