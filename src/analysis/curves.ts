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
import type { EvaluationContext } from './evaluation.ts';
import { getConfigurationKey } from './evaluation.ts';
import { computeBlockAvailability, computeBlockReliability } from './blockModel.ts';

/**
 * One kind's figures on one grid of times: `[side · T + j]` for the four sides (reliability
 * work, reliability fail, availability work, availability fail) at time j of T.
 */
interface KindGrid {
  readonly times: readonly number[];
  readonly sides: Float64Array;
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

/** The system's reliability and availability, both sides, at each time of the grid. */
export interface SystemCurves {
  readonly reliabilityWork: Float64Array;
  readonly reliabilityFail: Float64Array;
  readonly availabilityWork: Float64Array;
  readonly availabilityFail: Float64Array;
}

/** A kind's four sides at every time, or `null` when a figure is not exact somewhere. */
function computeKindGrid(
  ctx: EvaluationContext,
  r: number,
  times: readonly number[],
): KindGrid | null {
  const block = ctx.flat.blocks[r]!;
  const method = ctx.methods[r]!;
  const T = times.length;
  const sides = new Float64Array(4 * T);
  for (let j = 0; j < T; j++) {
    const rel = computeBlockReliability(block, method, times[j]!);
    const av = computeBlockAvailability(block, method, times[j]!);
    if (!rel.ok || !av.ok) return null;
    sides[j] = rel.value.work;
    sides[T + j] = rel.value.fail;
    sides[2 * T + j] = av.value.work;
    sides[3 * T + j] = av.value.fail;
  }
  return { times: [...times], sides };
}

/**
 * The system's R(t) and A(t) (both sides) at every time.
 * @param ctx the evaluation context (its `warn` is not called)
 * @param times the grid, design time units
 * @param cache figures kept from earlier calls (updated)
 * @returns the four sides, or `null` when some block's figure is not exact at some time (the
 *   caller then evaluates time by time, with the warnings)
 */
export function computeSystemCurves(
  ctx: EvaluationContext,
  times: readonly number[],
  cache: CurveCache,
): SystemCurves | null {
  const { flat, dd, kinds, kindOf } = ctx;
  const T = times.length;
  const K = kinds.length;
  const grids: KindGrid[] = [];
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
      const made = computeKindGrid(ctx, r, times);
      if (made === null) return null;
      grid = made;
      byConfig.set(key, grid);
    }
    grids.push(grid);
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
  const out = new Float64Array(4 * T);
  for (let from = 0; from < T; from += CHUNK) {
    const count = Math.min(CHUNK, T - from);
    for (let k = 0; k < K; k++) {
      const sides = grids[k]!.sides;
      const row = k * 2 * lanes;
      for (let s = 0; s < 4; s++) {
        // Lane block s holds side s: its working factor is side s & ~1 (work), its failing
        // factor side s | 1 (fail) of the same figure.
        const work = (s & ~1) * T + from;
        const fail = (s | 1) * T + from;
        const at = row + s * CHUNK;
        for (let j = 0; j < CHUNK; j++) {
          // Lanes past the end of the grid repeat its last time (their values are not read).
          const p = Math.min(j, count - 1);
          factors[at + j] = sides[work + p]!;
          factors[at + lanes + j] = sides[fail + p]!;
        }
      }
    }
    sweepLanes(dd, lanes, input, root);
    for (let s = 0; s < 4; s++) out.set(root.subarray(s * CHUNK, s * CHUNK + count), s * T + from);
  }
  return {
    reliabilityWork: out.subarray(0, T),
    reliabilityFail: out.subarray(T, 2 * T),
    availabilityWork: out.subarray(2 * T, 3 * T),
    availabilityFail: out.subarray(3 * T, 4 * T),
  };
}
