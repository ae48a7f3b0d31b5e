import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const GLOB = /[*?[]/;

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // "news/**/x.html": any depth, including none
      re += '(?:.*/)?';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names.sort()) {
    if (n.startsWith('.')) continue;
    const p = dir === '.' ? n : join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/**
 * Expand glob patterns a shell left unexpanded (quoted, or on Windows):
 * `"news/*.html"`, `"feeds/**\/*.jsonl.gz"`. Plain paths pass through
 * unchanged, so a missing file is reported by the reader, not lost here.
 *
 * @example expandPaths(['news/*.txt', 'one.html']) // ['news/a.txt', 'news/b.txt', 'one.html']
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!GLOB.test(p)) {
      out.push(p);
      continue;
    }
    const norm = p.split(sep).join('/');
    const parts = norm.split('/');
    const firstGlob = parts.findIndex((x) => GLOB.test(x));
    const base = parts.slice(0, firstGlob).join('/') || '.';
    const re = globToRegExp(norm.replace(/^\.\//, ''));
    const files: string[] = [];
    walk(base, files);
    const hits = files.filter((f) => re.test(f.split(sep).join('/').replace(/^\.\//, '')));
    // A pattern matching nothing stays as given, so the reader reports it as not found.
    out.push(...(hits.length ? hits : [p]));
  }
  return out;
}
