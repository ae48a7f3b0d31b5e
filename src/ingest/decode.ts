/**
 * Bytes → text. UTF-8 first; bytes that are not valid UTF-8 fall back to
 * Windows-1252 (a superset of Latin-1 for printable text, and what browsers
 * use for "iso-8859-1"). An HTML `<meta charset>` is honoured unless the bytes
 * are valid UTF-8 with non-ASCII content, the usual mislabelled page.
 *
 * @example
 * decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text // "café" (Windows-1252)
 */
export function decodeBytes(buf: Uint8Array, opts: { html?: boolean } = {}): { text: string; encoding: string } {
  let bytes = buf;
  // UTF-8 byte order mark: "\xEF\xBB\xBF<html>"
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const declared = opts.html ? declaredCharset(bytes) : null;
  const utf8 = tryUtf8(bytes);
  // Valid UTF-8 wins even over another label: pure ASCII decodes the same either way, and
  // multi-byte sequences that happen to be valid UTF-8 in a Latin-1 page are vanishingly rare.
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (declared && !isUtf8Label(declared)) {
    const text = /^(windows-1252|iso-8859-1|latin1|us-ascii|ascii|cp1252)$/.test(declared) ? null : tryDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F: curly quotes, dashes, €, ….
// (Node's TextDecoder("windows-1252") decodes those as C1 controls, so we map them ourselves.)
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decode Windows-1252 bytes.
 *
 * @example
 * decodeWindows1252(Buffer.from([0x93, 0x48, 0x69, 0x94])) // '“Hi”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // unknown label, e.g. <meta charset="x-user-defined-foo">
  }
}

function isUtf8Label(label: string): boolean {
  return /^(utf-?8|unicode-1-1-utf-8)$/i.test(label);
}

/**
 * The charset an HTML page declares in its first 4 KB:
 * `<meta charset="iso-8859-1">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
