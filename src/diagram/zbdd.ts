/**
 * Zero-suppressed decision diagrams (Minato 1993) of families of block sets, with Rauzy's
 * (1993) memoised `without` operation. Used for minimal cut sets. Internal to `src/diagram/`.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import { ComputedTable, grow, NodeTable } from './hashTables.ts';

/** The empty family ∅. */
export const ZBDD_EMPTY = 0;
/** The family {∅} holding only the empty set. */
export const ZBDD_BASE = 1;

/**
 * Hash-consed ZBDD node store (Minato 1993). Node `n` is the family
 * `{ S ∪ {level(n)} : S ∈ then(n) } ∪ else(n)`; levels grow downwards, terminals sit at
 * `levelCount`. Nodes are numbered children before parents.
 */
/** Thrown by {@link ZbddBuilder.without} when its step budget is spent. */
export class ZbddBudgetExceeded extends Error {}

export class ZbddBuilder {
  /** Expansions of `without` left before it gives up ({@link ZbddBudgetExceeded}). */
  stepsLeft = Infinity;

  /** Nodes as (level, low = else, high = then). */
  private readonly nodes: NodeTable;
  /** 1 when the node's family contains the empty set. */
  hasEmpty: Uint8Array;
  private readonly memo = new ComputedTable();
  private readonly stack: Int32Array[];

  constructor(levelCount: number) {
    this.nodes = new NodeTable(levelCount);
    this.hasEmpty = new Uint8Array(this.nodes.capacity);
    this.hasEmpty[ZBDD_BASE] = 1;
    // Every nested `without` call has a strictly deeper smallest level: depth <= levelCount + 1.
    this.stack = Array.from({ length: 4 }, () => new Int32Array(levelCount + 2));
  }

  /** Number of nodes, the terminals included. */
  get size(): number {
    return this.nodes.size;
  }

  /** Level (block position) tested by each node. */
  get level(): Int32Array {
    return this.nodes.level;
  }

  /** Child holding the sets with the node's level. */
  get thenChild(): Int32Array {
    return this.nodes.high;
  }

  /** Child holding the sets without it. */
  get elseChild(): Int32Array {
    return this.nodes.low;
  }

  /** The zero-suppressed node (level, then, else): `else` itself when `then` is empty. */
  mk(level: number, thenNode: number, elseNode: number): number {
    if (thenNode === ZBDD_EMPTY) return elseNode;
    const n = this.nodes.findOrAdd(level, elseNode, thenNode);
    if (n >= this.hasEmpty.length) this.hasEmpty = grow(this.hasEmpty);
    this.hasEmpty[n] = this.hasEmpty[elseNode]!;
    return n;
  }

  /** Terminal cases and cache of `without`; -1 when (p, q) must be expanded. */
  private withoutKnown(p: number, q: number): number {
    if (q === ZBDD_EMPTY) return p;
    if (p === ZBDD_EMPTY || p === q || q === ZBDD_BASE) return ZBDD_EMPTY;
    if (p === ZBDD_BASE) return this.hasEmpty[q] === 1 ? ZBDD_EMPTY : ZBDD_BASE;
    return this.memo.get(p, q, 0);
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
        if (--this.stepsLeft < 0) throw new ZbddBudgetExceeded('minimal cut set budget spent');
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
        this.memo.put(fp, fq, 0, r);
        sp--;
        ret = r;
      }
    }
  }
}
