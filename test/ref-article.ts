// Article-structure functions as they were written before their fast paths: the references their
// tests compare the fast code with on generated input.
import { NAV_WORDS } from '../src/article/debris.js';

// The text lines of a plain-text article as they were cut with regexes, before the one-pass scan
// of src/article/text-lines.ts: the reference its tests and structureText's compare with.
export function refTextLines(content: string): string[] {
  const raw = content
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]*,(?:[ \t]*,)+[ \t]*/g, '\n\n')
    .replace(/([.!?]["\u201d]?),[ \t]{2,}(?=\p{Lu})/gu, '$1\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((l) => (l.includes('\t') || l.includes('  ') ? l.replace(/[ \t]+/g, ' ') : l).trim());
  const out: string[] = [];
  let prevBlank = true;
  for (const l of raw) {
    if (!l) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!prevBlank && last !== undefined && !/[.!?:;"”’)\]]$/.test(last) && /^\p{Ll}/u.test(l)) out[out.length - 1] = `${last} ${l}`;
    else out.push(l);
    prevBlank = false;
  }
  return out;
}

// isDebrisLine as it was written, before its cheap prechecks.
export function refDebris(line: string): boolean {
  const s = line.trim();
  if (!s) return true;
  const words = s.toLowerCase().match(/[\p{L}\p{N}'+-]+/gu) ?? [];
  if (words.length === 0) return true;
  if (words.length <= 8 && words.every((w) => NAV_WORDS.has(w))) return true;
  if (/\bcookies?\b/i.test(s) && /\b(use|uses|accept|consent|policy|settings|agree)\b/i.test(s) && words.length < 60) return true;
  if (/^(©|\(c\)|copyright\b)/i.test(s) || /\ball rights reserved\b/i.test(s)) return true;
  if (/^(advertisement|sponsored content|scroll to continue|story continues below)\b/i.test(s) && words.length <= 6) return true;
  if (/^(related|read more|see also|also read|more from|recommended|you may also like)\b.{0,80}$/i.test(s) && !/[.!?]["”’]?$/.test(s)) return true;
  return false;
}
