/**
 * The two hash tables every decision-diagram package needs (Brace, Rudell and Bryant 1990),
 * shared by the BDD and the ZBDD builders: the unique table that hash-conses nodes
 * (level, low, high), and the computed table that memoises an operation on node indices. Both
 * are open-addressing tables in typed arrays that double when half full.
 * Runs anywhere; no DOM.
 */

/** A 32-bit hash of three integers. */
function hash3(a: number, b: number, c: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return x ^ (x >>> 12);
}

/**
 * Hash-consed nodes (level, low, high): the same triple always gives the same node index.
 * Nodes 0 and 1 are the terminals, at `terminalLevel`; others are numbered in creation order,
 * so children come before parents.
 */
export class NodeTable {
  level: Int32Array;
  low: Int32Array;
  high: Int32Array;
  /** Number of nodes, the terminals included. */
  size = 2;
  private unique = new Int32Array(2048);
  private uniqueCount = 0;

  constructor(terminalLevel: number) {
    const capacity = 1024;
    this.level = new Int32Array(capacity);
    this.low = new Int32Array(capacity);
    this.high = new Int32Array(capacity);
    this.level[0] = terminalLevel;
    this.level[1] = terminalLevel;
  }

  /** Room for node indices below this (arrays indexed by node may need to follow). */
  get capacity(): number {
    return this.level.length;
  }

  /** The node (level, low, high): the existing one, or a new one at index `size − 1`. */
  findOrAdd(level: number, low: number, high: number): number {
    let mask = this.unique.length - 1;
    let slot = hash3(level, low, high) & mask;
    for (;;) {
      const node = this.unique[slot]!;
      if (node === 0) break;
      if (this.level[node] === level && this.low[node] === low && this.high[node] === high) {
        return node;
      }
      slot = (slot + 1) & mask;
    }
    const node = this.size++;
    if (node === this.level.length) {
      this.level = grow(this.level);
      this.low = grow(this.low);
      this.high = grow(this.high);
    }
    this.level[node] = level;
    this.low[node] = low;
    this.high[node] = high;
    this.unique[slot] = node;
    if (++this.uniqueCount * 2 > this.unique.length) {
      const old = this.unique;
      this.unique = new Int32Array(old.length * 2);
      mask = this.unique.length - 1;
      for (const n of old) {
        if (n === 0) continue;
        let s = hash3(this.level[n]!, this.low[n]!, this.high[n]!) & mask;
        while (this.unique[s] !== 0) s = (s + 1) & mask;
        this.unique[s] = n;
      }
    }
    return node;
  }
}

/** A typed array twice as long with the same head. */
export function grow<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A memo of an operation on up to three node indices: (f, g, h) → r. Keys must not start with
 * node 0 (callers handle terminals before asking); unused key slots are 0.
 */
export class ComputedTable {
  /** Entries of four: f, g, h, r. */
  private table = new Int32Array(4 * 4096);
  private count = 0;

  /** The memoised result, or −1. */
  get(f: number, g: number, h: number): number {
    const c = this.table;
    const mask = (c.length >> 2) - 1;
    let slot = hash3(f, g, h) & mask;
    for (;;) {
      const k = slot << 2;
      const cf = c[k]!;
      if (cf === 0) return -1;
      if (cf === f && c[k + 1] === g && c[k + 2] === h) return c[k + 3]!;
      slot = (slot + 1) & mask;
    }
  }

  /** Memoises r for (f, g, h) (f ≠ 0). */
  put(f: number, g: number, h: number, r: number): void {
    if (++this.count * 2 > this.table.length >> 2) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k += 4) {
        if (old[k] !== 0) this.insert(old[k]!, old[k + 1]!, old[k + 2]!, old[k + 3]!);
      }
    }
    this.insert(f, g, h, r);
  }

  private insert(f: number, g: number, h: number, r: number): void {
    const c = this.table;
    const mask = (c.length >> 2) - 1;
    let slot = hash3(f, g, h) & mask;
    while (c[slot << 2] !== 0) slot = (slot + 1) & mask;
    const k = slot << 2;
    c[k] = f;
    c[k + 1] = g;
    c[k + 2] = h;
    c[k + 3] = r;
  }
}
