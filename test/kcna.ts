import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface KcnaStory {
  id: string;
  published: string;
  title: string;
  text: string;
  url: string;
}

/** Read the KCNA sample (`{id, published, title, text, url}` per line, gzipped). */
export function readKcna(path: string): KcnaStory[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as KcnaStory);
}

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

/** Deterministic pseudo-random numbers (mulberry32) for fixed-seed samples. */
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
