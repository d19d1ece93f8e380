/**
 * System mean time to first failure without repair: MTTF = ∫₀^∞ R_sys(t) dt, with R_sys from
 * the decision diagram at every quadrature point (exact block laws, adaptive Gauss–Kronrod to
 * relative 1e-9). Unbounded when the system can work for ever (never-failing or fixed units),
 * or when its survival decays too slowly for the integral to converge (a failure law with an
 * infinite mean, such as a log-logistic law with β ≤ 1, kept up by the structure).
 * Runs anywhere; no DOM.
 */
import { LANE_STEP, getKindOfNode, sweepLanes } from '../diagram/laneSweep.ts';
import { describeLaw, getMeanLife, getSurvivalAtInfinity } from '../laws/figures.ts';
import type { EvaluationContext } from './evaluation.ts';
import { evaluateSystemAtInfinity } from './evaluation.ts';
import {
  computeBlockReliabilityScaledPanel,
  fillScaledReliabilityFactors,
  isRateScalable,
} from './blockModel.ts';

const RELATIVE_TOLERANCE = 1e-9;

/**
 * Computes the system MTTF (design time units), or `null` with a warning when it is unbounded
 * or not exactly computable.
 * @param ctx the evaluation context of the analysis
 */
export function computeSystemMttf(ctx: EvaluationContext): number | null {
  const { flat, methods, kinds, kindOf } = ctx;
  if (evaluateSystemAtInfinity(ctx).work > 0) {
    ctx.warn({
      code: 'mttf-unbounded',
      message:
        'the system MTTF is unbounded: it can work for ever without repair (a unit that never fails or a fixed-probability unit keeps it up)',
    });
    return null;
  }
  // R_sys(t) only needs the working side of every node (an integral of a non-negative function
  // has no cancellation to guard against), and blocks of one kind share their figure: the 15
  // Kronrod points of a panel are the lanes of one pass (laneSweep.ts), each node reading its
  // kind's factors w and 1 − w.
  const { dd } = ctx;
  const kindOfNode = getKindOfNode(dd, kindOf);
  const factors = new Float64Array(kinds.length * 2 * LANES);
  const input = {
    kindOfNode,
    factors,
    falseRow: new Float64Array(LANES),
    trueRow: new Float64Array(LANES).fill(1),
  };
  const root = new Float64Array(LANES);
  // Time in units of S = 2^k near the shortest mean life, so that the integral of an MTBF of
  // 1e308 (which runs to 40e308) stays within doubles: blocks whose rates scale take u, others t.
  let shortest = Infinity;
  for (const b of flat.blocks) {
    const m = getMeanLife(b.component.failure);
    if (m > 0 && m < shortest) shortest = m;
  }
  const timeScale = Number.isFinite(shortest) ? 2 ** Math.round(Math.log2(shortest)) : 1;
  const scalable = kinds.every((r) => isRateScalable(flat.blocks[r]!, methods[r]!));
  let exact = true;
  /** A quadrature panel's factors: kept per kind and panel, one lookup for its 15 points. */
  const fillPanelFactors = (times: Float64Array, lanes: number): boolean => {
    for (let k = 0; k < kinds.length; k++) {
      const r = kinds[k]!;
      const work = computeBlockReliabilityScaledPanel(
        flat.blocks[r]!,
        methods[r]!,
        times,
        timeScale,
      );
      if (work === null) return false;
      for (let j = 0; j < PANEL; j++) {
        factors[k * 2 * lanes + j] = work[j]!;
        factors[k * 2 * lanes + lanes + j] = 1 - work[j]!;
      }
    }
    return true;
  };
  const evaluatePanel = (times: Float64Array, out: Float64Array, count: number): void => {
    // A single time (the scale search) takes the narrowest pass.
    const lanes = count <= LANE_STEP ? LANE_STEP : LANES;
    const written =
      count === PANEL
        ? fillPanelFactors(times.subarray(0, PANEL), lanes)
        : fillScaledReliabilityFactors(
            flat.blocks,
            kinds,
            methods,
            times,
            count,
            timeScale,
            lanes,
            factors,
            'work',
          );
    if (!written) {
      exact = false;
      out.fill(0);
      return;
    }
    sweepLanes(
      dd,
      lanes,
      { ...input, factors: factors.subarray(0, kinds.length * 2 * lanes) },
      root,
    );
    for (let j = 0; j < count; j++) out[j] = root[j]!;
  };
  const one = new Float64Array(1);
  const oneOut = new Float64Array(1);
  const reliability = (t: number): number => {
    one[0] = t;
    evaluatePanel(one, oneOut, 1);
    return oneOut[0]!;
  };
  const atStart = reliability(0);
  if (exact && atStart === 0) return 0;
  if (!exact) {
    ctx.warn({
      code: 'mttf-not-exact',
      message: "the system MTTF needs every block's mission reliability; see the other warnings",
    });
    return null;
  }
  // Scale: a time near the system's median life (in units of S), by doubling and halving.
  const atPower = createPowerLadder(evaluatePanel);
  // The first pass halves: a system's median life is below its shortest mean life unless
  // redundancy lifts it.
  atPower(0, -1);
  let e = 0;
  for (let i = 0; i < 200 && atPower(e, 1) > 0.5; i++) e++;
  for (let i = 0; i < 200 && atPower(e - 1, -1) < 0.5; i++) e--;
  const scale = 2 ** e;
  // Past the largest double only blocks whose rates scale can be evaluated.
  const maxU = scalable ? Infinity : Number.MAX_VALUE / timeScale;
  const integral = integrateSurvival(evaluatePanel, scale, RELATIVE_TOLERANCE, maxU);
  const result = { value: integral.value * timeScale, converged: integral.converged };
  const heavy = flat.blocks.find(
    (b) =>
      getSurvivalAtInfinity(b.component.failure) === 0 &&
      getMeanLife(b.component.failure) === Infinity,
  );
  if (!result.converged && heavy !== undefined) {
    ctx.warn({
      code: 'mttf-unbounded',
      message: `the system MTTF is unbounded or beyond reach: ∫R(t)dt does not converge, and block ${heavy.id} has a failure law with an infinite mean life (${describeLaw(heavy.component.failure)})`,
      block: heavy.id,
    });
    return null;
  }
  if (result.value === Infinity) {
    ctx.warn({
      code: 'mttf-too-large',
      message: `the system MTTF is finite but above the largest number a double holds (${Number.MAX_VALUE}): ${integral.value} × ${timeScale}`,
    });
    return null;
  }
  if (!result.converged) {
    ctx.warn({
      code: 'mttf-not-converged',
      message: `the MTTF integral did not converge to relative ${RELATIVE_TOLERANCE}; value ${result.value} is approximate`,
    });
  }
  return result.value;
}

/** Doublings evaluated in one pass of the scale search (halvings fill the pass). */
const DOUBLINGS_AHEAD = 3;

/**
 * R at the powers of two 2^e, read from passes of several exponents at once in the direction
 * the search goes: a scale search of ten halvings costs one pass, and each lane is the same
 * double as a pass of that time alone.
 * @returns R(2^e), `direction` (±1) the way the next exponents asked for lie
 */
function createPowerLadder(
  evaluatePanel: (times: Float64Array, out: Float64Array, count: number) => void,
): (e: number, direction: number) => number {
  const known = new Map<number, number>();
  const times = new Float64Array(LANES);
  const out = new Float64Array(LANES);
  return (e, direction) => {
    let value = known.get(e);
    if (value === undefined) {
      // Few doublings ahead: figures at long times can cost more (longer transients).
      const count = direction > 0 ? DOUBLINGS_AHEAD : LANES;
      for (let j = 0; j < count; j++) times[j] = 2 ** (e + direction * j);
      evaluatePanel(times, out, count);
      for (let j = 0; j < count; j++) known.set(e + direction * j, out[j]!);
      value = out[0]!;
    }
    return value;
  };
}

/** Points of a Gauss–Kronrod panel. */
const PANEL = 15;
/** Lanes of a panel pass: the 15 points and one unused lane (passes take multiples of 8). */
const LANES = 16;

/**
 * Kronrod 15-point abscissae on [−1, 1] (non-negative half, centre last) with Kronrod weights
 * and the weights of the embedded 7-point Gauss rule: QUADPACK's QK15 (Piessens et al., 1983).
 */
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945,
  0.5860872354676911, 0.4058451513773972, 0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592,
  0.1690047266392679, 0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Most doubling pieces of the half-line (2^400 times the scale is far past any life). */
const MAX_PIECES = 400;
/** Consecutive growing pieces, past the scale, after which the integral is taken to diverge. */
const DIVERGING_PIECES = 64;

/**
 * ∫₀^∞ R(t) dt for a non-increasing survival function evaluated a panel at a time: adaptive
 * G7K15 on [0, s/8], [s/8, s/4], … (doubling), each piece bisected until |K15 − G7| is within
 * its share of the tolerance. Past the scale the pieces P shrink by a ratio r, and the rest is
 * the geometric tail P·r/(1 − r):
 * - light tails: stop when r < ½ and that tail is negligible;
 * - power-law tails R ~ t^(−p), p > 1, where r tends to 2^(1 − p) and the tail stays large for
 *   ever: stop when r has settled so that its last change moves the tail by less than the
 *   tolerance, and add the tail (Richardson-style extrapolation of a geometric series);
 * - otherwise not converged: when the pieces keep growing (r ≥ 1, the integral diverges), after
 *   {@link MAX_PIECES} pieces, or when the times overflow.
 * @param evaluatePanel writes R at `count` times into `out`
 * @param scale a time near the median life
 * @param relTol relative tolerance
 * @param maxTime the largest time the survival can be evaluated at (beyond it: not converged)
 */
function integrateSurvival(
  evaluatePanel: (times: Float64Array, out: Float64Array, count: number) => void,
  scale: number,
  relTol: number,
  maxTime: number,
): { value: number; converged: boolean } {
  const times = new Float64Array(PANEL);
  const values = new Float64Array(PANEL);
  const panel = (a: number, b: number): { value: number; error: number } => {
    const c = (a + b) / 2;
    const h = (b - a) / 2;
    for (let i = 0; i < 7; i++) {
      times[2 * i] = c - h * XGK[i]!;
      times[2 * i + 1] = c + h * XGK[i]!;
    }
    times[14] = c;
    evaluatePanel(times, values, PANEL);
    let kronrod = WGK[7]! * values[14]!;
    let gauss = WG[3]! * values[14]!;
    for (let i = 0; i < 7; i++) {
      const pair = values[2 * i]! + values[2 * i + 1]!;
      kronrod += WGK[i]! * pair;
      if (i % 2 === 1) gauss += WG[(i - 1) / 2]! * pair;
    }
    return { value: kronrod * h, error: Math.abs(kronrod - gauss) * h };
  };
  let total = 0;
  let converged = true;
  let previous = NaN;
  let previousRatio = NaN;
  let growing = 0;
  let lo = 0;
  let hi = scale / 8;
  for (let piece = 0; piece < MAX_PIECES; piece++) {
    // Adaptive bisection of [lo, hi] with an absolute tolerance from the running total.
    let pieceValue = 0;
    const stack: [number, number, number][] = [[lo, hi, 0]];
    while (stack.length > 0) {
      const [a, b, depth] = stack.pop()!;
      const { value, error } = panel(a, b);
      const tolerance = Math.max(relTol * Math.max(total + pieceValue, value) * 0.25, 1e-300);
      if (error <= tolerance || depth >= 30) {
        if (error > tolerance) converged = false;
        pieceValue += value;
      } else {
        const mid = (a + b) / 2;
        stack.push([a, mid, depth + 1], [mid, b, depth + 1]);
      }
    }
    total += pieceValue;
    if (hi >= scale) {
      if (pieceValue === 0) return { value: total, converged };
      const ratio = pieceValue / previous;
      const budget = relTol * total * 0.1;
      if (ratio < 1) {
        const tail = (pieceValue * ratio) / (1 - ratio);
        if (ratio < 0.5 && tail <= budget) return { value: total, converged };
        // How far the tail moves with the ratio's last change (twice, to be safe).
        const tailError = (2 * pieceValue * Math.abs(ratio - previousRatio)) / (1 - ratio) ** 2;
        if (tailError <= budget) return { value: total + tail, converged };
      }
      growing = ratio >= 1 ? growing + 1 : 0;
      if (growing >= DIVERGING_PIECES) break;
      previousRatio = ratio;
    }
    previous = pieceValue;
    lo = hi;
    hi *= 2;
    if (!(hi < Infinity && hi <= maxTime)) break;
  }
  return { value: total, converged: false };
}
