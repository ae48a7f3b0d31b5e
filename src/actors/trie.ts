import type { Lexicon } from './lexicon.js';

/**
 * A trie over token keys, built once from the dictionaries. Matching walks
 * the token keys of a sentence from one position and reports every phrase
 * end on the way, so the caller can take the longest one that passes its
 * checks — no regex, no allocation per token.
 */
/** A trie's tables as plain data (Maps and arrays), e.g. for a cache file. */
export interface TrieParts<T> {
  next: Map<string, number>[];
  out: (T[] | null)[];
  size: number;
}

/** The word-id tables `compile` makes, as plain data (for a cache file). */
export interface CompiledTrie {
  root: Int32Array;
  first: Int32Array;
  edges: Int32Array;
  terminal: Uint8Array;
  /** The trie's phrase count when compiled. */
  size: number;
}

export class PhraseTrie<T> {
  private readonly next: Map<string, number>[];
  private readonly out: (T[] | null)[];
  /** Phrase ends found by the last `walk`: token end indices and node ids, longest last. */
  readonly ends = new Int32Array(16);
  readonly nodes = new Int32Array(16);
  found = 0;
  size = 0;
  /** The tables of `compile`: root transitions by word id, other nodes' edges as sorted [word, child] pairs. */
  private compiled: ({ lex: Lexicon } & CompiledTrie) | null = null;

  /** An empty trie, or one rebuilt from the `parts()` of another. */
  constructor(parts?: TrieParts<T>) {
    this.next = parts?.next ?? [new Map()];
    this.out = parts?.out ?? [null];
    this.size = parts?.size ?? 0;
  }

  /** The tables of this trie (shared, not copied). */
  parts(): TrieParts<T> {
    return { next: this.next, out: this.out, size: this.size };
  }

  /** Add a phrase (token keys) with its payload. `add(['north','korea'], entry)` */
  add(keys: string[], value: T): void {
    if (!keys.length) return;
    let node = 0;
    for (const k of keys) {
      let n = this.next[node]!.get(k);
      if (n === undefined) {
        n = this.next.length;
        this.next.push(new Map());
        this.out.push(null);
        this.next[node]!.set(k, n);
      }
      node = n;
    }
    const list = this.out[node];
    if (list) list.push(value);
    else this.out[node] = [value];
    this.size++;
  }

  /**
   * Walk from token `i` (keys[i]…) up to `end`, skipping the transparent
   * key `skip` ("-") inside a phrase. Fills `ends`/`nodes`; returns how many
   * phrase ends were found.
   */
  walk(keys: readonly string[], i: number, end: number, skip = '-'): number {
    this.found = 0;
    let node = 0;
    for (let j = i; j < end; j++) {
      const k = keys[j]!;
      if (k === skip && j > i) continue;
      const n = this.next[node]!.get(k);
      if (n === undefined) break;
      node = n;
      if (this.out[n] && this.found < this.ends.length) {
        this.ends[this.found] = j + 1;
        this.nodes[this.found] = n;
        this.found++;
      }
    }
    return this.found;
  }

  /**
   * The transitions on the word ids of a lexicon, in flat tables: `walkIds`
   * then follows a phrase with integer arithmetic where `walk` probes one Map
   * per node (a cache miss each, right after tokenisation). Adds every word
   * of the trie to `lex`. Call again after `add`.
   */
  compile(lex: Lexicon): void {
    const next = this.next;
    // (forEach: no entry arrays; this runs once, at start-up, before the code is optimised)
    let edgeCount = 0;
    for (let node = 0; node < next.length; node++) {
      if (node > 0) edgeCount += next[node]!.size;
      next[node]!.forEach((_, k) => lex.add(k));
    }
    const root = new Int32Array(lex.size).fill(-1);
    next[0]!.forEach((n, k) => (root[lex.id(k)] = n));
    // the other nodes' edges side by side, each node's sorted by word: [word, child] pairs from
    // first[node] to first[node + 1] (a few cache lines where a hash table would spread them)
    const first = new Int32Array(next.length + 1);
    const edges = new Int32Array(2 * edgeCount);
    let e = 0;
    for (let node = 1; node < next.length; node++) {
      first[node] = e;
      const pairs: [number, number][] = [];
      next[node]!.forEach((n, k) => pairs.push([lex.id(k), n]));
      pairs.sort((a, b) => a[0] - b[0]);
      for (const [w, n] of pairs) {
        edges[2 * e] = w;
        edges[2 * e + 1] = n;
        e++;
      }
    }
    first[next.length] = e;
    const terminal = new Uint8Array(this.out.length);
    for (let n = 0; n < this.out.length; n++) terminal[n] = this.out[n] ? 1 : 0;
    this.compiled = { lex, root, first, edges, terminal, size: this.size };
  }

  /** The tables of the last `compile`, without its lexicon (null before any). */
  compiledParts(): CompiledTrie | null {
    if (!this.compiled) return null;
    const { root, first, edges, terminal, size } = this.compiled;
    return { root, first, edges, terminal, size };
  }

  /** Take tables `compiledParts()` gave for this trie, with the lexicon they were compiled with (what `compile(lex)` would make). */
  useCompiled(lex: Lexicon, parts: CompiledTrie): void {
    this.compiled = { lex, ...parts };
  }

  /** Whether the last `compile` was with this lexicon, and no phrase was added since. */
  compiledFor(lex: Lexicon): boolean {
    return this.compiled !== null && this.compiled.lex === lex && this.compiled.size === this.size;
  }

  /**
   * `walk` on word ids (from the lexicon given to `compile`; -1 for a word
   * it does not know): from token `i` up to `end`, `skip` the id of the
   * transparent key ("-") inside a phrase. Same `ends`/`nodes`/`found`.
   */
  walkIds(ids: ArrayLike<number>, i: number, end: number, skip: number): number {
    const c = this.compiled!;
    const root = c.root;
    const first = c.first;
    const edges = c.edges;
    this.found = 0;
    let node = 0;
    for (let j = i; j < end; j++) {
      const w = ids[j]!;
      if (w === skip && j > i) continue;
      if (w < 0) break;
      let n = -1;
      if (node === 0) {
        if (w < root.length) n = root[w]!;
      } else {
        // binary search of the node's sorted edges
        let lo = first[node]!;
        let hi = first[node + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const x = edges[2 * mid]!;
          if (x === w) {
            n = edges[2 * mid + 1]!;
            break;
          }
          if (x < w) lo = mid + 1;
          else hi = mid - 1;
        }
      }
      if (n < 0) break;
      node = n;
      if (c.terminal[n] && this.found < this.ends.length) {
        this.ends[this.found] = j + 1;
        this.nodes[this.found] = n;
        this.found++;
      }
    }
    return this.found;
  }

  /** Node ids run from 0 (the root) to `nodeCount - 1`. */
  get nodeCount(): number {
    return this.next.length;
  }

  /** The words phrases start with (the root's keys). */
  firstWords(): IterableIterator<string> {
    return this.next[0]!.keys();
  }

  /** Payloads at a node reported by `walk`. */
  values(node: number): readonly T[] {
    return this.out[node] ?? [];
  }
}

