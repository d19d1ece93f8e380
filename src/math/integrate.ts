/**
 * Numerical integration: globally adaptive Gauss–Kronrod (7/15 points) on a finite interval,
 * and ∫₀^∞ of a non-negative, non-increasing function (survival functions: MTTF = ∫ R dt) by
 * adaptive integration over geometrically growing pieces with a tail test.
 * Reentrant (the integrand may itself integrate): work space is kept per nesting depth and
 * reused, so a call allocates only its result. Runs anywhere (worker, Node, browser); no DOM.
 */

/** Default relative tolerance of both integrators. */
export const DEFAULT_REL_TOL = 1e-10;

/** Most subintervals one finite integral may use before it gives up (converged = false). */
const MAX_INTERVALS = 2000;
/** Most doubling pieces of an integral to infinity. */
const MAX_PIECES = 400;
/**
 * The first piece of an integral to infinity is [0, scale / 8]: a safety margin for a scale hint
 * that is too large.
 */
const FIRST_PIECE_FRACTION = 1 / 8;
/** Share of the running total's tolerance given to each piece as an absolute tolerance. */
const PIECE_TOLERANCE_SHARE = 0.25;
/** Share of the tolerance the estimated tail beyond the last piece may use. */
const TAIL_TOLERANCE_SHARE = 0.1;
const EPSILON = Number.EPSILON;
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Abscissae of the 15-point Kronrod rule on [−1, 1] (non-negative half, centre last), with the
 * Kronrod weights and the weights of the embedded 7-point Gauss rule (nodes 1, 3, 5, 7).
 * Piessens, de Doncker-Kapenga, Überhuber & Kahaner, *QUADPACK* (Springer, 1983), routine QK15.
 * Exported for integrators that evaluate a whole panel at once (the decision-diagram integrals).
 */
export const XGK = Float64Array.of(
  0.9914553711208126,
  0.9491079123427585,
  0.8648644233597691,
  0.7415311855993945,
  0.5860872354676911,
  0.4058451513773972,
  0.20778495500789848,
  0,
);
/** Kronrod weights of {@link XGK}. */
export const WGK = Float64Array.of(
  0.022935322010529224,
  0.06309209262997856,
  0.10479001032225019,
  0.14065325971552592,
  0.1690047266392679,
  0.19035057806478542,
  0.20443294007529889,
  0.20948214108472782,
);
/** Weights of the embedded 7-point Gauss rule (abscissae XGK[1], XGK[3], XGK[5], XGK[7]). */
export const WG = Float64Array.of(
  0.1294849661688697,
  0.27970539148927664,
  0.3818300505051189,
  0.4179591836734694,
);

/** Outcome of a numerical integral. */
export interface IntegrationResult {
  /** The integral estimate. */
  readonly value: number;
  /** Estimated absolute error (QUADPACK-style, usually pessimistic). */
  readonly error: number;
  /** Whether the requested tolerance was met. */
  readonly converged: boolean;
  /** Number of integrand evaluations. */
  readonly evaluations: number;
}

/** Per-depth work space: function values of one rule and the subinterval table. */
interface Workspace {
  readonly values: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  integral: Float64Array;
  error: Float64Array;
  ruleValue: number;
  ruleError: number;
}

const workspaces: Workspace[] = [];
let depth = 0;

function createWorkspace(capacity: number): Workspace {
  return {
    values: new Float64Array(15),
    lower: new Float64Array(capacity),
    upper: new Float64Array(capacity),
    integral: new Float64Array(capacity),
    error: new Float64Array(capacity),
    ruleValue: 0,
    ruleError: 0,
  };
}

function growWorkspace(ws: Workspace): void {
  const capacity = ws.lower.length * 2;
  const grow = (old: Float64Array): Float64Array => {
    const next = new Float64Array(capacity);
    next.set(old);
    return next;
  };
  ws.lower = grow(ws.lower);
  ws.upper = grow(ws.upper);
  ws.integral = grow(ws.integral);
  ws.error = grow(ws.error);
}

/**
 * Applies the 15-point Kronrod rule to [a, b], storing the estimate and its QUADPACK error
 * estimate (resasc·min(1, (200·|K − G|/resasc)^1.5), floored at 50ε·resabs) in the work space.
 */
function applyKronrod15(ws: Workspace, f: (x: number) => number, a: number, b: number): void {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const fv = ws.values;
  const fc = f(centre);
  let gauss = fc * WG[3]!;
  let kronrod = fc * WGK[7]!;
  let absolute = Math.abs(kronrod);
  for (let j = 0; j < 7; j++) {
    const dx = half * XGK[j]!;
    const f1 = f(centre - dx);
    const f2 = f(centre + dx);
    fv[2 * j] = f1;
    fv[2 * j + 1] = f2;
    kronrod += WGK[j]! * (f1 + f2);
    absolute += WGK[j]! * (Math.abs(f1) + Math.abs(f2));
    if (j % 2 === 1) gauss += WG[j >> 1]! * (f1 + f2);
  }
  const mean = 0.5 * kronrod;
  let asc = WGK[7]! * Math.abs(fc - mean);
  for (let j = 0; j < 7; j++) {
    asc += WGK[j]! * (Math.abs(fv[2 * j]! - mean) + Math.abs(fv[2 * j + 1]! - mean));
  }
  const scale = Math.abs(half);
  asc *= scale;
  absolute *= scale;
  let err = Math.abs((kronrod - gauss) * half);
  if (asc !== 0 && err !== 0) err = asc * Math.min(1, Math.pow((200 * err) / asc, 1.5));
  if (absolute > MIN_NORMAL / (50 * EPSILON)) err = Math.max(50 * EPSILON * absolute, err);
  ws.ruleValue = kronrod * half;
  ws.ruleError = err;
}

/**
 * ∫ₐᵇ f(x) dx by globally adaptive Gauss–Kronrod quadrature: the subinterval with the largest
 * error estimate is bisected until Σ errors ≤ max(absTol, relTol·|Σ integrals|). This is the
 * QAG strategy with the G7K15 pair of QUADPACK (Piessens et al., *QUADPACK*, Springer 1983, §2).
 * Tolerances below ~1e-14 relative are not attainable in double precision.
 * @param f integrand (finite on [a, b]; may call `integrate` itself)
 * @param a lower limit (finite)
 * @param b upper limit (finite)
 * @param relTol relative tolerance (default 1e-10)
 * @param absTol absolute tolerance, in the integral's units (default 0)
 * @returns {value, error, converged, evaluations}
 * @example
 * integrate(Math.sin, 0, Math.PI).value; // 2
 */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  relTol: number = DEFAULT_REL_TOL,
  absTol = 0,
): IntegrationResult {
  if (a === b) return { value: 0, error: 0, converged: true, evaluations: 0 };
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    return { value: NaN, error: Infinity, converged: false, evaluations: 0 };
  }
  const ws = (workspaces[depth] ??= createWorkspace(64));
  depth++;
  try {
    return integrateAdaptive(ws, f, a, b, relTol, absTol);
  } finally {
    depth--;
  }
}

function integrateAdaptive(
  ws: Workspace,
  f: (x: number) => number,
  a: number,
  b: number,
  relTol: number,
  absTol: number,
): IntegrationResult {
  applyKronrod15(ws, f, a, b);
  ws.lower[0] = a;
  ws.upper[0] = b;
  ws.integral[0] = ws.ruleValue;
  ws.error[0] = ws.ruleError;
  let count = 1;
  let evaluations = 15;
  // Error of subintervals too narrow to bisect further; they stay in the sum, never re-picked.
  let frozenError = 0;
  for (;;) {
    let value = 0;
    let error = frozenError;
    let worst = -1;
    let worstError = -1;
    for (let i = 0; i < count; i++) {
      value += ws.integral[i]!;
      const e = ws.error[i]!;
      error += e;
      if (e > worstError) {
        worstError = e;
        worst = i;
      }
    }
    const tolerance = Math.max(absTol, relTol * Math.abs(value));
    if (error <= tolerance || !Number.isFinite(error)) {
      return { value, error, converged: error <= tolerance, evaluations };
    }
    if (count >= MAX_INTERVALS || worstError <= 0) {
      return { value, error, converged: false, evaluations };
    }
    const lo = ws.lower[worst]!;
    const hi = ws.upper[worst]!;
    const mid = 0.5 * (lo + hi);
    if (!(lo < mid && mid < hi)) {
      frozenError += worstError;
      ws.error[worst] = 0;
      continue;
    }
    if (count === ws.lower.length) growWorkspace(ws);
    applyKronrod15(ws, f, lo, mid);
    ws.upper[worst] = mid;
    ws.integral[worst] = ws.ruleValue;
    ws.error[worst] = ws.ruleError;
    applyKronrod15(ws, f, mid, hi);
    ws.lower[count] = mid;
    ws.upper[count] = hi;
    ws.integral[count] = ws.ruleValue;
    ws.error[count] = ws.ruleError;
    count++;
    evaluations += 30;
  }
}

/**
 * ∫₀^∞ f(t) dt for a non-negative, non-increasing f (a survival function or a product of
 * them; e.g. MTTF = ∫₀^∞ R(t) dt, Rausand & Høyland, *System Reliability Theory*, 2nd ed.,
 * §2.3). The half-line is cut into pieces [0, s/8], [s/8, s/4], …, [2ʲs, 2ʲ⁺¹s], … each
 * integrated adaptively (see {@link integrate}); it stops once the scale hint is passed and
 * either a piece is exactly 0 (then, f being monotone, so is all that follows) or the pieces
 * shrink by a ratio r < ½ and the geometric tail estimate P·r/(1 − r) is below a tenth of the
 * tolerance. A long tail just takes more doublings; a function that stays 1 up to a point and
 * then drops keeps the piece ratio at 2 and is never cut early; a positive limit f(∞) > 0
 * (divergent integral) ends with converged = false.
 * @param f integrand, non-negative and non-increasing on [0, ∞)
 * @param scale a time near where f has dropped noticeably (for instance the median life),
 *   design time units (> 0; default 1). Too small costs a few pieces; much too large (f drops
 *   within scale/1000) can hide the drop.
 * @param relTol relative tolerance (default 1e-10)
 * @param absTol absolute tolerance (default 0)
 * @returns {value, error, converged, evaluations}
 * @example
 * integrateToInfinity((t) => Math.exp(-t), 1).value; // 1
 */
export function integrateToInfinity(
  f: (t: number) => number,
  scale = 1,
  relTol: number = DEFAULT_REL_TOL,
  absTol = 0,
): IntegrationResult {
  if (!(scale > 0 && scale < Infinity)) {
    return { value: NaN, error: Infinity, converged: false, evaluations: 0 };
  }
  let lo = 0;
  let hi = scale * FIRST_PIECE_FRACTION;
  let value = 0;
  let error = 0;
  let evaluations = 0;
  let converged = true;
  let previous = NaN;
  for (let piece = 0; piece < MAX_PIECES && hi < Infinity; piece++) {
    const pieceTolerance = Math.max(absTol, relTol * value) * PIECE_TOLERANCE_SHARE;
    const part = integrate(f, lo, hi, relTol, pieceTolerance);
    value += part.value;
    error += part.error;
    evaluations += part.evaluations;
    converged &&= part.converged;
    if (hi >= scale) {
      if (part.value === 0) return { value, error, converged, evaluations };
      const ratio = part.value / previous;
      if (ratio < 0.5) {
        const tail = (part.value * ratio) / (1 - ratio);
        if (tail <= Math.max(absTol, relTol * value) * TAIL_TOLERANCE_SHARE) {
          return { value, error: error + tail, converged, evaluations };
        }
      }
    }
    previous = part.value;
    lo = hi;
    hi *= 2;
  }
  return { value, error, converged: false, evaluations };
}
