/**
 * What kind of bytes these are, before decoding: binary formats are
 * discarded with reason "binary"; gzip is unpacked; text is told apart from
 * HTML by its opening tags.
 */
export type Sniffed = 'gzip' | 'binary' | 'text';

const MAGIC: [string, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // "%PDF"
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]], // "GIF8"
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // also docx, xlsx, epub
  ['webp/riff', [0x52, 0x49, 0x46, 0x46]], // "RIFF"
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['sqlite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]], // "SQLite"
  ['bzip2', [0x42, 0x5a, 0x68]], // "BZh"
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

/**
 * Sniff the first bytes of a file.
 *
 * @example
 * sniffBytes(Buffer.from('%PDF-1.7')) // { kind: 'binary', detail: 'pdf' }
 */
export function sniffBytes(buf: Uint8Array): { kind: Sniffed; detail: string } {
  if (buf[0] === 0x1f && buf[1] === 0x8b) return { kind: 'gzip', detail: 'gzip' };
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => buf[i] === b)) return { kind: 'binary', detail: name };
  }
  // Text never holds NUL bytes (UTF-16 files do; we do not read those) nor many control characters.
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return { kind: 'binary', detail: 'NUL bytes' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (n > 0 && control / n > 0.05) return { kind: 'binary', detail: 'control characters' };
  return { kind: 'text', detail: 'text' };
}

/**
 * HTML or plain text, from the file name and the opening of the content.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>…') // true
 * looksLikeHtml('Back To Top\n\nTop S. Korean envoys…') // false
 */
export function looksLikeHtml(content: string, name = ''): boolean {
  if (/\.x?html?(\.gz)?$/i.test(name)) return true;
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/.test(head)) return true;
  // A fragment: several block tags early on ("<p>Seoul and Washington…</p><p>…")
  const tags = head.match(/<\/?(p|div|br|h[1-6]|article|section|span|a|meta|title|script)\b/g);
  return (tags?.length ?? 0) >= 3;
}
