import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { DiscardReason, Failure } from '../errors.js';
import { decodeBytes } from './decode.js';
import { jsonlRecordToInput } from './jsonl-record.js';
import { looksLikeHtml, sniffBytes } from './sniff.js';
import type { RawInput } from './types.js';

export interface ReadOptions {
  /** Read every file as JSON Lines records (files named `*.jsonl`/`*.ndjson` always are). */
  jsonl?: boolean;
  /** Largest input accepted, in bytes (after gunzip); larger ones fail with "too-large". Default 20 MB. */
  maxBytes?: number;
  /** Publication date for inputs that do not state one (plain files, JSONL records without `published`). */
  published?: string | null;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Files found in folders that are documentation, code or tables, never articles ("README.md", "links.csv"). */
const NOT_AN_ARTICLE = /\.(?:md|markdown|rst|csv|tsv|js|mjs|cjs|ts|py|rb|css|ya?ml|toml|ini|cfg|lock|log|sh|sql)(?:\.gz)?$/i;

/** True for a per-input failure, false for a readable input. */
export function isFailure(x: RawInput | Failure): x is Failure {
  return (x as Failure).reason !== undefined && (x as RawInput).content === undefined;
}

function failure(id: string, reason: DiscardReason, message: string): Failure {
  return { id, reason, message };
}

const JSONL_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

/**
 * Read files and folders (recursively, hidden entries skipped) into raw
 * inputs. Each unreadable, binary, empty or oversized input yields a
 * `Failure` with a typed reason and the rest of the batch goes on.
 *
 * @example
 * for await (const x of readInputs(['articles/'])) if (!isFailure(x)) console.log(x.id, x.format);
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<RawInput | Failure> {
  const seen = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield failure(p, 'unreadable', e.code === 'ENOENT' ? `${p}: file not found` : `${p}: ${e.message}`);
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(p, seen)) {
        // A folder of news often holds a README or a CSV of links beside the articles: those are
        // skipped with a reason, not coded as articles (a file named explicitly is always read).
        if (NOT_AN_ARTICLE.test(f)) yield failure(f, 'unsupported', `${f}: not an article file (${extname(f)}); name it explicitly to read it`);
        else yield* readOne(f, opts);
      }
    } else {
      yield* readOne(p, opts);
    }
  }
}

/** Files under a folder in name order; hidden files and folders (".git", ".DS_Store") are skipped. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<string> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = (await stat(p)).isDirectory();
      } catch {
        /* dangling link: read it and report it as unreadable */
      }
    }
    if (isDir) yield* walk(p, seen);
    else yield p;
  }
}

async function* readOne(path: string, opts: ReadOptions): AsyncGenerator<RawInput | Failure> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    yield failure(path, 'unreadable', `${path}: ${(err as Error).message}`);
    return;
  }
  if (size === 0) {
    yield failure(path, 'empty', `${path}: empty file`);
    return;
  }
  if (opts.jsonl || JSONL_NAME.test(path)) {
    // Streamed line by line: a JSONL file may be far larger than one article.
    try {
      const gz = (await firstBytes(path, 2)).every((b, i) => b === [0x1f, 0x8b][i]);
      const raw = createReadStream(path);
      const stream = gz ? raw.pipe(createGunzip()) : raw;
      raw.on('error', (e) => stream.emit('error', e));
      yield* readJsonlStream(stream, path, opts);
    } catch (err) {
      yield failure(path, 'unreadable', `${path}: ${(err as Error).message}`);
    }
    return;
  }
  // Raw size above the bound fails at once; a small .gz is bounded again while unpacking.
  if (size > maxBytes) {
    yield failure(path, 'too-large', `${path}: ${size} bytes, more than the limit of ${maxBytes}`);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    yield failure(path, 'unreadable', `${path}: ${(err as Error).message}`);
    return;
  }
  const res = bytesToInput(buf, path, maxBytes);
  if ('reason' in res) {
    yield res;
    return;
  }
  if (res.jsonl) {
    yield* readJsonlStream(bufferLines(res.text), path, opts);
    return;
  }
  yield { ...res.input, published: opts.published ?? null };
}

async function firstBytes(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(n);
    const { bytesRead } = await fh.read(b, 0, n, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Bytes of one file → a raw input or a typed failure. Unpacks gzip (bounded
 * by `maxBytes`), rejects binary formats, decodes the text.
 */
export function bytesToInput(
  bytes: Buffer,
  name: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Failure | { jsonl: true; text: string } | { jsonl: false; input: RawInput } {
  let buf = bytes;
  let sniff = sniffBytes(buf);
  if (sniff.kind === 'gzip') {
    try {
      buf = gunzipSync(buf, { maxOutputLength: maxBytes });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        return failure(name, 'too-large', `${name}: unpacks to more than ${maxBytes} bytes`);
      }
      return failure(name, 'unreadable', `${name}: broken gzip data (${e.message})`);
    }
    if (buf.length === 0) return failure(name, 'empty', `${name}: empty after unpacking`);
    sniff = sniffBytes(buf);
    if (sniff.kind === 'gzip') return failure(name, 'binary', `${name}: gzip inside gzip`);
  }
  if (buf.length > maxBytes) return failure(name, 'too-large', `${name}: ${buf.length} bytes, more than the limit of ${maxBytes}`);
  if (sniff.kind === 'binary') return failure(name, 'binary', `${name}: binary content (${sniff.detail}), not text or HTML`);
  const inner = name.replace(/\.gz$/i, '');
  if (JSONL_NAME.test(inner)) return { jsonl: true, text: decodeBytes(buf).text };
  const html = looksLikeHtml(Buffer.from(buf.subarray(0, 2048)).toString('latin1'), inner);
  const { text, encoding } = decodeBytes(buf, { html });
  if (!text.trim()) return failure(name, 'empty', `${name}: no text (only white space)`);
  return { jsonl: false, input: { id: name, file: name, format: html ? 'html' : 'text', content: text, encoding } };
}

/** A string as a line stream, so unpacked JSONL goes through the one JSONL reader. */
function bufferLines(text: string): NodeJS.ReadableStream {
  return Readable.from([text]);
}

/**
 * Read JSON Lines records `{id, text|html, published?, title?, url?, source?}`
 * from a stream (a file or stdin). A broken line yields a "bad-json" failure
 * naming the line; the following lines are still read.
 *
 * @example
 * for await (const x of readJsonlStream(process.stdin, 'stdin')) …
 */
export async function* readJsonlStream(
  stream: NodeJS.ReadableStream,
  name: string,
  opts: ReadOptions = {},
): AsyncGenerator<RawInput | Failure> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      yield jsonlRecordToInput(line, name, lineNo, maxBytes, opts.published ?? null);
    }
  } catch (err) {
    yield failure(`${name}#${lineNo + 1}`, 'unreadable', `${name}, line ${lineNo + 1}: ${(err as Error).message}`);
  }
}
