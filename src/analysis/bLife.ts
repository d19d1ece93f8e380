/**
 * B-lives of the system without repair: the times by which 1 %, 10 % and 50 % of systems have
 * had their first failure, found on the exact system unreliability F(t) (the failed side of the
 * decision diagram on every block's mission reliability), which never decreases in t.
 * Runs anywhere; no DOM.
 */
import { getMeanLife } from '../laws/figures.ts';
import type { PassEvaluator } from '../math/rootFind.ts';
import { findLevelTimesInPasses } from '../math/rootFind.ts';
import type { EvaluationContext } from './evaluation.ts';
import { evaluateSystemAtInfinity } from './evaluation.ts';
import { LANE_STEP, getKindOfNode, sweepLanes } from '../diagram/laneSweep.ts';
import { fillScaledReliabilityFactors } from './blockModel.ts';
import type { BLife } from './result.ts';

/** Most times of one pass of the decision diagram (the scan's lookahead). */
const LANES = 16;

/** Relative tolerance on each B-life. */
const RELATIVE_TOLERANCE = 1e-10;

/** The unreliability levels of B1, B10 and B50. */
export const B_LIFE_LEVELS = { b1: 0.01, b10: 0.1, b50: 0.5 } as const;

/**
 * Computes B1, B10 and B50 (design time units), each the root of F(t) = p to relative 1e-10
 * (Brent's method on a bracket found by doubling). For one exponential unit Bp = −ln(1 − p)/λ.
 * A level that F never reaches (F(∞) ≤ p, e.g. a unit that never fails in series with nothing
 * else keeps F at 0) is `null`.
 * @param ctx the evaluation context of the analysis
 * @returns the three B-lives, or `null` with a warning when F(t) is not exactly computable
 * @example
 * computeBLife(ctx)?.b10; // time by which 10 % of systems have failed
 */
export function computeBLife(ctx: EvaluationContext): BLife | null {
  const { flat, methods, dd, kinds, kindOf } = ctx;
  const failAtInfinity = evaluateSystemAtInfinity(ctx).fail;
  let exact = true;
  // Time in units of S = 2^k near the shortest mean life (as for the MTTF), so that the bracket
  // of an MTBF of 1e308 can double past the largest double (its B50 was null).
  let shortest = Infinity;
  for (const b of flat.blocks) {
    const m = getMeanLife(b.component.failure);
    if (m > 0 && m < shortest) shortest = m;
  }
  const timeScale = Number.isFinite(shortest) ? 2 ** Math.round(Math.log2(shortest)) : 1;
  // F(t) is the failed side of the decision diagram (evaluateDecisionDiagram's arithmetic, so
  // the same digits), with each node reading its block's kind: the scan and the root searches
  // evaluate F some fifty times, in passes of up to LANES times (laneSweep.ts), and the figures
  // are computed per kind, never copied out per block.
  const kindOfNode = getKindOfNode(dd, kindOf);
  const factors = new Float64Array(kinds.length * 2 * LANES);
  const ones = new Float64Array(LANES).fill(1);
  const zeros = new Float64Array(LANES);
  const root = new Float64Array(LANES);
  const pass: PassEvaluator = (times, count, out) => {
    const lanes = count <= LANE_STEP ? LANE_STEP : LANES;
    const blocks = flat.blocks;
    if (
      !fillScaledReliabilityFactors(
        blocks,
        kinds,
        methods,
        times,
        count,
        timeScale,
        lanes,
        factors,
        'pair',
      )
    ) {
      exact = false;
      out.fill(NaN, 0, count);
      return;
    }
    const input = {
      kindOfNode,
      factors: factors.subarray(0, kinds.length * 2 * lanes),
      falseRow: ones.subarray(0, lanes),
      trueRow: zeros.subarray(0, lanes),
    };
    sweepLanes(dd, lanes, input, root);
    for (let j = 0; j < count; j++) out[j] = root[j]!;
  };
  const unreliability = (u: number): number => {
    const one = Float64Array.of(u);
    pass(one, 1, one);
    return one[0]!;
  };
  const atZero = unreliability(0);
  if (!exact) {
    ctx.warn({
      code: 'b-life-not-exact',
      message:
        "the B-lives need every block's mission reliability at any time; see the other warnings",
    });
    return null;
  }
  // Levels F never reaches (F(∞) ≤ p) stay out of the scan: it would double for ever.
  const levels = [B_LIFE_LEVELS.b1, B_LIFE_LEVELS.b10, B_LIFE_LEVELS.b50];
  const reachable = levels.filter((level) => atZero >= level || failAtInfinity > level);
  const roots = findLevelTimesInPasses(pass, LANES, reachable, 1, RELATIVE_TOLERANCE);
  const [b1, b10, b50] = levels.map((level): number | null => {
    const at = reachable.indexOf(level);
    const found = at < 0 ? null : roots[at]!;
    if (found === null) return null;
    const root = { value: found.value * timeScale, converged: found.converged };
    if (!Number.isFinite(root.value)) return null;
    if (!root.converged) {
      ctx.warn({
        code: 'b-life-not-converged',
        message: `the B-life at unreliability ${level} did not converge to relative ${RELATIVE_TOLERANCE}; value ${root.value} is approximate`,
      });
    }
    return root.value;
  });
  return { b1: b1 ?? null, b10: b10 ?? null, b50: b50 ?? null };
}
