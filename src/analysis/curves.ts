/**
 * R(t) and A(t) of the system on a grid of times, for the live curves: the figures of each block
 * kind at every time (kept between calls for the kinds an edit did not touch, since a kind's
 * figures are a pure function of its component object, configuration and t), then one
 * bottom-up pass of the decision diagram (laneSweep.ts) per chunk of times, all four sides in
 * its lanes, each node reading its block's kind. The arithmetic per node and time is
 * evaluateDecisionDiagram's, so every figure is the same double as one evaluation per time
 * (property-tested).
 * Runs anywhere; no DOM.
 */
import type { Component } from '../model/types.ts';
import { getKindOfNode, sweepLanes } from '../diagram/laneSweep.ts';
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

/** Times evaluated together in one pass (the scratch holds 4 × 16 values per node). */
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
  const kindOfNode = getKindOfNode(dd, kindOf);
  // One pass of the diagram per chunk of CHUNK times carries four sides in its lanes:
  // reliability work, reliability fail, availability work, availability fail, CHUNK lanes each.
  // Each is the same double as evaluateDecisionDiagram's (so a tiny failed side keeps its
  // digits, and the working side is never 1 − U).
  const lanes = 4 * CHUNK;
  const factors = new Float64Array(K * 2 * lanes);
  const falseRow = new Float64Array(lanes);
  const trueRow = new Float64Array(lanes);
  for (let s = 0; s < 4; s++) {
    (s % 2 === 0 ? trueRow : falseRow).fill(1, s * CHUNK, (s + 1) * CHUNK);
  }
  const input = { kindOfNode, factors, falseRow, trueRow };
  const root = new Float64Array(lanes);
  const rw = new Float64Array(T);
  const rf = new Float64Array(T);
  const aw = new Float64Array(T);
  const af = new Float64Array(T);
  for (let from = 0; from < T; from += CHUNK) {
    const count = Math.min(CHUNK, T - from);
    for (let k = 0; k < K; k++) {
      const row = k * 2 * lanes;
      for (let j = 0; j < CHUNK; j++) {
        // Lanes past the end of the grid repeat its last time (their values are not read).
        const p = k * T + from + Math.min(j, count - 1);
        const w = row + j;
        const f = row + lanes + j;
        factors[w] = factors[w + CHUNK] = rWork[p]!;
        factors[f] = factors[f + CHUNK] = rFail[p]!;
        factors[w + 2 * CHUNK] = factors[w + 3 * CHUNK] = aWork[p]!;
        factors[f + 2 * CHUNK] = factors[f + 3 * CHUNK] = aFail[p]!;
      }
    }
    sweepLanes(dd, lanes, input, root);
    for (let j = 0; j < count; j++) {
      rw[from + j] = root[j]!;
      rf[from + j] = root[CHUNK + j]!;
      aw[from + j] = root[2 * CHUNK + j]!;
      af[from + j] = root[3 * CHUNK + j]!;
    }
  }
  return {
    reliability: Array.from(rw, (work, j) => ({ work, fail: rf[j]! })),
    availability: Array.from(aw, (work, j) => ({ work, fail: af[j]! })),
  };
}
