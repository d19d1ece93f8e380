/**
 * Zero-suppressed decision diagrams (Minato 1993) of families of block sets, with Rauzy's
 * (1993) memoised `without` operation. Used for minimal cut sets. Internal to `src/diagram/`.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */

/** The empty family ∅. */
export const ZBDD_EMPTY = 0;
/** The family {∅} holding only the empty set. */
export const ZBDD_BASE = 1;

function hash2(a: number, b: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return x ^ (x >>> 12);
}

/**
 * Hash-consed ZBDD node store (Minato 1993). Node `n` is the family
 * `{ S ∪ {level(n)} : S ∈ then(n) } ∪ else(n)`; levels grow downwards, terminals sit at
 * `levelCount`. Nodes are numbered children before parents.
 */
export class ZbddBuilder {
  level: Int32Array;
  thenChild: Int32Array;
  elseChild: Int32Array;
  /** 1 when the node's family contains the empty set. */
  hasEmpty: Uint8Array;
  size = 2;
  private unique: Int32Array;
  private uniqueCount = 0;
  private cache: Int32Array;
  private cacheCount = 0;
  private readonly stack: Int32Array[];

  constructor(levelCount: number) {
    const capacity = 1024;
    this.level = new Int32Array(capacity);
    this.thenChild = new Int32Array(capacity);
    this.elseChild = new Int32Array(capacity);
    this.hasEmpty = new Uint8Array(capacity);
    this.level[ZBDD_EMPTY] = levelCount;
    this.level[ZBDD_BASE] = levelCount;
    this.hasEmpty[ZBDD_BASE] = 1;
    this.unique = new Int32Array(2048);
    this.cache = new Int32Array(3 * 4096);
    // Every nested `without` call has a strictly deeper smallest level: depth <= levelCount + 1.
    this.stack = Array.from({ length: 4 }, () => new Int32Array(levelCount + 2));
  }

  /** The zero-suppressed node (level, then, else): `else` itself when `then` is empty. */
  mk(level: number, thenNode: number, elseNode: number): number {
    if (thenNode === ZBDD_EMPTY) return elseNode;
    let mask = this.unique.length - 1;
    let slot = (hash2(thenNode, elseNode) ^ level) & mask;
    for (;;) {
      const n = this.unique[slot]!;
      if (n === 0) break;
      if (
        this.level[n] === level &&
        this.thenChild[n] === thenNode &&
        this.elseChild[n] === elseNode
      ) {
        return n;
      }
      slot = (slot + 1) & mask;
    }
    const n = this.size++;
    if (n === this.level.length) this.growNodes();
    this.level[n] = level;
    this.thenChild[n] = thenNode;
    this.elseChild[n] = elseNode;
    this.hasEmpty[n] = this.hasEmpty[elseNode]!;
    this.unique[slot] = n;
    if (++this.uniqueCount * 2 > this.unique.length) {
      const old = this.unique;
      this.unique = new Int32Array(old.length * 2);
      mask = this.unique.length - 1;
      for (const m of old) {
        if (m === 0) continue;
        let s = (hash2(this.thenChild[m]!, this.elseChild[m]!) ^ this.level[m]!) & mask;
        while (this.unique[s] !== 0) s = (s + 1) & mask;
        this.unique[s] = m;
      }
    }
    return n;
  }

  private growNodes(): void {
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.level = grow(this.level);
    this.thenChild = grow(this.thenChild);
    this.elseChild = grow(this.elseChild);
    const flags = new Uint8Array(this.hasEmpty.length * 2);
    flags.set(this.hasEmpty);
    this.hasEmpty = flags;
  }

  private cacheGet(p: number, q: number): number {
    const c = this.cache;
    const mask = c.length / 3 - 1;
    let slot = hash2(p, q) & mask;
    for (;;) {
      const k = slot * 3;
      const cp = c[k]!;
      if (cp === 0) return -1;
      if (cp === p && c[k + 1] === q) return c[k + 2]!;
      slot = (slot + 1) & mask;
    }
  }

  private cachePut(p: number, q: number, r: number): void {
    if (++this.cacheCount * 2 > this.cache.length / 3) {
      const old = this.cache;
      this.cache = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k += 3) {
        if (old[k] !== 0) this.cacheInsert(old[k]!, old[k + 1]!, old[k + 2]!);
      }
    }
    this.cacheInsert(p, q, r);
  }

  private cacheInsert(p: number, q: number, r: number): void {
    const c = this.cache;
    const mask = c.length / 3 - 1;
    let slot = hash2(p, q) & mask;
    while (c[slot * 3] !== 0) slot = (slot + 1) & mask;
    const k = slot * 3;
    c[k] = p;
    c[k + 1] = q;
    c[k + 2] = r;
  }

  /** Terminal cases and cache of `without`; -1 when (p, q) must be expanded. */
  private withoutKnown(p: number, q: number): number {
    if (q === ZBDD_EMPTY) return p;
    if (p === ZBDD_EMPTY || p === q || q === ZBDD_BASE) return ZBDD_EMPTY;
    if (p === ZBDD_BASE) return this.hasEmpty[q] === 1 ? ZBDD_EMPTY : ZBDD_BASE;
    return this.cacheGet(p, q);
  }

  /**
   * Rauzy's (1993) `without`: the sets of `p` that contain no set of `q`. With v the top level:
   * if only p tests v, (v, without(p1, q), without(p0, q)); if only q does, without(p, q0);
   * if both, (v, without(without(p1, q1), q0), without(p0, q0)). Memoised, explicit stack.
   */
  without(p0: number, q0: number): number {
    const [sP, sQ, sPhase, sKept] = this.stack as [Int32Array, Int32Array, Int32Array, Int32Array];
    let p = p0;
    let q = q0;
    let sp = 0;
    for (;;) {
      let ret = this.withoutKnown(p, q);
      if (ret < 0) {
        const lp = this.level[p]!;
        const lq = this.level[q]!;
        sP[sp] = p;
        sQ[sp] = q;
        if (lp < lq) {
          sPhase[sp] = 0; // p tests v, q does not: then-part first
          p = this.thenChild[p]!;
        } else if (lp > lq) {
          sPhase[sp] = 2; // q's sets holding v cannot be inside p's sets
          q = this.elseChild[q]!;
        } else {
          sPhase[sp] = 3;
          p = this.thenChild[p]!;
          q = this.thenChild[q]!;
        }
        sp++;
        continue;
      }
      for (;;) {
        if (sp === 0) return ret;
        const i = sp - 1;
        const fp = sP[i]!;
        const fq = sQ[i]!;
        const phase = sPhase[i]!;
        if (phase === 0) {
          sKept[i] = ret;
          sPhase[i] = 1;
          p = this.elseChild[fp]!;
          q = fq;
          break;
        }
        if (phase === 3) {
          sPhase[i] = 4;
          p = ret;
          q = this.elseChild[fq]!;
          break;
        }
        if (phase === 4) {
          sKept[i] = ret;
          sPhase[i] = 5;
          p = this.elseChild[fp]!;
          q = this.elseChild[fq]!;
          break;
        }
        const r = phase === 2 ? ret : this.mk(this.level[fp]!, sKept[i]!, ret);
        this.cachePut(fp, fq, r);
        sp--;
        ret = r;
      }
    }
  }
}
