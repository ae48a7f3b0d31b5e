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
