/**
 * R(t) and A(t) of the system on a grid of times, for the live curves: the figures of each block
 * kind at every time (kept between calls for the kinds an edit did not touch, since a kind's
 * figures are a pure function of its component object, configuration and t), then one
 * bottom-up pass of the decision diagram per side for a chunk of times together, each node
 * reading its block's kind. The arithmetic per node and time is evaluateDecisionDiagram's, so
 * every figure is the same double as one evaluation per time (property-tested).
 * Runs anywhere; no DOM.
 */
import type { Component } from '../model/types.ts';
import { FALSE_NODE, TRUE_NODE } from '../diagram/bdd.ts';
import type { Pair } from '../math/pair.ts';
import type { EvaluationContext } from './evaluation.ts';
import { getConfigurationKey } from './evaluation.ts';
import { computeBlockAvailability, computeBlockReliability } from './blockModel.ts';

/** One kind's figures on one grid of times. */
interface KindGrid {
  readonly times: readonly number[];
  readonly reliability: readonly Pair[];
  readonly availability: readonly Pair[];
}

/**
 * Kinds' figures on the last grid asked for, by component object and configuration: an edit of
 * one component leaves the others' objects (and so their figures) as they were.
 */
export type CurveCache = WeakMap<Component, Map<string, KindGrid>>;

/** Creates an empty cache (one per analyzer). */
export function createCurveCache(): CurveCache {
  return new WeakMap();
}

function isSameGrid(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Times evaluated together in one pass (bounds the scratch to 16 values per node and side). */
const CHUNK = 16;

/** The system's reliability and availability pairs at each time. */
export interface SystemCurves {
  readonly reliability: readonly Pair[];
  readonly availability: readonly Pair[];
}

/**
 * The system's R(t) and A(t) (both sides) at every time.
 * @param ctx the evaluation context (its `warn` is not called)
 * @param times the grid, design time units
 * @param cache figures kept from earlier calls (updated)
 * @returns the pairs, or `null` when some block's figure is not exact at some time (the caller
 *   then evaluates time by time, with the warnings)
 */
export function computeSystemCurves(
  ctx: EvaluationContext,
  times: readonly number[],
  cache: CurveCache,
): SystemCurves | null {
  const { flat, dd, kinds, kindOf, methods } = ctx;
  const T = times.length;
  const K = kinds.length;
  // Kind-major figures: [k * T + j].
  const rWork = new Float64Array(K * T);
  const rFail = new Float64Array(K * T);
  const aWork = new Float64Array(K * T);
  const aFail = new Float64Array(K * T);
  for (let k = 0; k < K; k++) {
    const r = kinds[k]!;
    const block = flat.blocks[r]!;
    const key = getConfigurationKey(block);
    let byConfig = cache.get(block.component);
    if (byConfig === undefined) {
      byConfig = new Map();
      cache.set(block.component, byConfig);
    }
    let grid = byConfig.get(key);
    if (grid === undefined || !isSameGrid(grid.times, times)) {
      const reliability: Pair[] = [];
      const availability: Pair[] = [];
      for (const t of times) {
        const rel = computeBlockReliability(block, methods[r]!, t);
        const av = computeBlockAvailability(block, methods[r]!, t);
        if (!rel.ok || !av.ok) return null;
        reliability.push(rel.value);
        availability.push(av.value);
      }
      grid = { times: [...times], reliability, availability };
      byConfig.set(key, grid);
    }
    for (let j = 0; j < T; j++) {
      rWork[k * T + j] = grid.reliability[j]!.work;
      rFail[k * T + j] = grid.reliability[j]!.fail;
      aWork[k * T + j] = grid.availability[j]!.work;
      aFail[k * T + j] = grid.availability[j]!.fail;
    }
  }
  const { nodeCount, variable, low, high, root } = dd;
  const kindOfNode = new Int32Array(nodeCount);
  for (let i = 2; i < nodeCount; i++) kindOfNode[i] = kindOf[variable[i]!]!;
  // Four sides per node and time of a chunk, side by side: [(i·CHUNK + j)·4 + s] for s =
  // reliability work, reliability fail, availability work, availability fail. One sweep of the
  // diagram per chunk computes all four (each the same double as a sweep of its own).
  const side = new Float64Array(nodeCount * CHUNK * 4);
  const rw = new Float64Array(T);
  const rf = new Float64Array(T);
  const aw = new Float64Array(T);
  const af = new Float64Array(T);
  // Both sides carried, each the same double as evaluateDecisionDiagram's (so a tiny failed
  // side keeps its digits, and the working side is never 1 − U).
  for (let from = 0; from < T; from += CHUNK) {
    const count = Math.min(CHUNK, T - from);
    for (let j = 0; j < count; j++) {
      const f = (FALSE_NODE * CHUNK + j) * 4;
      const t = (TRUE_NODE * CHUNK + j) * 4;
      side[f] = 0;
      side[f + 1] = 1;
      side[f + 2] = 0;
      side[f + 3] = 1;
      side[t] = 1;
      side[t + 1] = 0;
      side[t + 2] = 1;
      side[t + 3] = 0;
    }
    for (let i = 2; i < nodeCount; i++) {
      const p = kindOfNode[i]! * T + from;
      const hi = high[i]! * CHUNK * 4;
      const lo = low[i]! * CHUNK * 4;
      const at = i * CHUNK * 4;
      for (let j = 0; j < count; j++) {
        const h = hi + j * 4;
        const l = lo + j * 4;
        const o = at + j * 4;
        const rW = rWork[p + j]!;
        const rF = rFail[p + j]!;
        const aW = aWork[p + j]!;
        const aF = aFail[p + j]!;
        side[o] = rW * side[h]! + rF * side[l]!;
        side[o + 1] = rW * side[h + 1]! + rF * side[l + 1]!;
        side[o + 2] = aW * side[h + 2]! + aF * side[l + 2]!;
        side[o + 3] = aW * side[h + 3]! + aF * side[l + 3]!;
      }
    }
    const r = root * CHUNK * 4;
    for (let j = 0; j < count; j++) {
      rw[from + j] = side[r + j * 4]!;
      rf[from + j] = side[r + j * 4 + 1]!;
      aw[from + j] = side[r + j * 4 + 2]!;
      af[from + j] = side[r + j * 4 + 3]!;
    }
  }
  return {
    reliability: Array.from(rw, (work, j) => ({ work, fail: rf[j]! })),
    availability: Array.from(aw, (work, j) => ({ work, fail: af[j]! })),
  };
}
