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

export class PhraseTrie<T> {
  private readonly next: Map<string, number>[];
  private readonly out: (T[] | null)[];
  /** Phrase ends found by the last `walk`: token end indices and node ids, longest last. */
  readonly ends = new Int32Array(16);
  readonly nodes = new Int32Array(16);
  found = 0;
  size = 0;

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

  /** Payloads at a node reported by `walk`. */
  values(node: number): readonly T[] {
    return this.out[node] ?? [];
  }
}
