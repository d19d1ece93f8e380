/**
 * System mean time to first failure without repair: MTTF = ∫₀^∞ R_sys(t) dt, with R_sys from
 * the decision diagram at every quadrature point (exact block laws, adaptive Gauss–Kronrod to
 * relative 1e-9). Unbounded when the system can work for ever (never-failing or fixed units).
 * Runs anywhere; no DOM.
 */
import { FALSE_NODE, TRUE_NODE, evaluateDecisionDiagram } from '../diagram/bdd.ts';
import { getMeanLife } from '../math/laws.ts';
import { integrateToInfinity } from '../math/integrate.ts';
import type { EvaluationContext } from './analyze.ts';
import { computeBlockReliability, computeBlockReliabilityAtInfinity } from './blockModel.ts';

const RELATIVE_TOLERANCE = 1e-9;

/**
 * Computes the system MTTF (design time units), or `null` with a warning when it is unbounded
 * or not exactly computable.
 * @param ctx the evaluation context of the analysis
 */
export function computeSystemMttf(ctx: EvaluationContext): number | null {
  const { flat, dd, methods, kinds, kindOf } = ctx;
  const kindWork = new Float64Array(kinds.length);
  const n = flat.blocks.length;
  const work = new Float64Array(n);
  const fail = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const limit = computeBlockReliabilityAtInfinity(flat.blocks[i]!, methods[i]!);
    work[i] = limit.work;
    fail[i] = limit.fail;
  }
  if (evaluateDecisionDiagram(dd, work, fail).work > 0) {
    ctx.warn({
      code: 'mttf-unbounded',
      message:
        'the system MTTF is unbounded: it can work for ever without repair (a unit that never fails or a fixed-probability unit keeps it up)',
    });
    return null;
  }
  // R_sys(t) only needs the working side of every node: half the work of a full evaluation,
  // and the integral of a non-negative integrand has no cancellation to guard against.
  const { nodeCount, variable, low, high, root } = dd;
  const nodeWork = new Float64Array(nodeCount);
  const evaluateWorkingSide = (blockWork: Float64Array): number => {
    nodeWork[FALSE_NODE] = 0;
    nodeWork[TRUE_NODE] = 1;
    for (let i = 2; i < nodeCount; i++) {
      const p = blockWork[variable[i]!]!;
      nodeWork[i] = p * nodeWork[high[i]!]! + (1 - p) * nodeWork[low[i]!]!;
    }
    return nodeWork[root]!;
  };
  let exact = true;
  const reliability = (t: number): number => {
    for (let k = 0; k < kinds.length; k++) {
      const r = kinds[k]!;
      const figure = computeBlockReliability(flat.blocks[r]!, methods[r]!, t);
      if (!figure.ok) {
        exact = false;
        return 0;
      }
      kindWork[k] = figure.value.work;
    }
    for (let i = 0; i < n; i++) work[i] = kindWork[kindOf[i]!]!;
    return evaluateWorkingSide(work);
  };
  if (reliability(0) === 0) return exact ? 0 : null;
  if (!exact) {
    ctx.warn({
      code: 'mttf-not-exact',
      message: "the system MTTF needs every block's mission reliability; see the other warnings",
    });
    return null;
  }
  // Scale: a time near the system's median life, found by doubling and halving.
  let scale = Infinity;
  for (const b of flat.blocks) {
    const m = getMeanLife(b.component.failure);
    if (m > 0 && m < scale) scale = m;
  }
  if (!Number.isFinite(scale)) scale = 1;
  for (let i = 0; i < 200 && reliability(scale) > 0.5; i++) scale *= 2;
  for (let i = 0; i < 200 && reliability(scale / 2) < 0.5; i++) scale /= 2;
  const result = integrateToInfinity(reliability, scale, RELATIVE_TOLERANCE);
  if (!result.converged) {
    ctx.warn({
      code: 'mttf-not-converged',
      message: `the MTTF integral did not converge to relative ${RELATIVE_TOLERANCE}; value ${result.value} is approximate`,
    });
  }
  return result.value;
}
