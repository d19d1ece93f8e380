/**
 * Root finding: Brent's method on a bracket, and the time at which a non-decreasing function
 * first reaches a level (bracketed by doubling from a scale). Allocation-free.
 * Runs anywhere (worker, Node, browser); no DOM.
 */

/** Default relative tolerance on the root. */
export const DEFAULT_ROOT_REL_TOL = 1e-10;

/** Most iterations of one root search (Brent converges in far fewer). */
const MAX_ITERATIONS = 200;
/** Most doublings or halvings while bracketing a level (2^±1100 spans every double). */
const MAX_BRACKET_STEPS = 1100;

/** Outcome of a root search. */
export interface RootResult {
  /** The root estimate. */
  readonly value: number;
  /** Whether the tolerance was met within the iteration limit. */
  readonly converged: boolean;
}

/**
 * A zero of f in [a, b], where f(a) and f(b) have opposite signs (or one is 0), by Brent's
 * method: inverse quadratic interpolation or secant steps, falling back to bisection whenever
 * they would not shrink the bracket fast enough (R. P. Brent, *Algorithms for Minimization
 * without Derivatives*, Prentice-Hall 1973, ch. 4, procedure `zero`). Stops when the bracket is
 * within max(relTol·|x|, absTol) of the estimate.
 * @param f the function (continuous on [a, b])
 * @param a one end of the bracket
 * @param b the other end
 * @param relTol relative tolerance on the root (default 1e-10)
 * @param absTol absolute tolerance on the root, in x units (default 0)
 * @returns the root and whether the tolerance was met; `NaN` when [a, b] is no bracket
 * @example
 * findRoot((x) => x * x - 2, 1, 2).value; // 1.4142135623...
 */
export function findRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
  absTol = 0,
): RootResult {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return { value: a, converged: true };
  if (fb === 0) return { value: b, converged: true };
  if (!(Math.sign(fa) !== Math.sign(fb))) return { value: NaN, converged: false };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * Math.max(relTol * Math.abs(b), absTol);
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return { value: b, converged: true };
    if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      d = m;
      e = m;
    } else {
      // Interpolation: secant when a = c, inverse quadratic otherwise.
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return { value: b, converged: false };
}

/**
 * The first times t ≥ 0 at which a non-decreasing function reaches each of several levels:
 * g(t) ≥ level. One geometric scan from `scale` (halving down to the lowest level, doubling up
 * to the highest) brackets every level, then {@link findRoot} locates each on g − level. Used
 * for B-lives (the times by which shares p of units have failed).
 * @param g non-decreasing on [0, ∞), continuous
 * @param levels the levels sought
 * @param scale a time of the order of the answers (> 0), time units of g
 * @param relTol relative tolerance on the times (default 1e-10)
 * @returns per level: 0 when g(0) ≥ level; `null` when g stays below it up to the largest double
 *   (test the limit g(∞) first when it is known); otherwise the time and whether it converged
 * @example
 * findLevelTimes((t) => -Math.expm1(-t / 1000), [0.1, 0.5], 1000)[1]?.value; // 1000·ln 2
 */
export function findLevelTimes(
  g: (t: number) => number,
  levels: readonly number[],
  scale: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
): (RootResult | null)[] {
  const atZero = g(0);
  const pending = levels.filter((level) => atZero < level);
  // Samples (t, g(t)) of the scan, in increasing t.
  const times: number[] = [];
  const values: number[] = [];
  if (pending.length > 0) {
    const lowest = Math.min(...pending);
    const highest = Math.max(...pending);
    const start = scale > 0 && Number.isFinite(scale) ? scale : 1;
    times.push(start);
    values.push(g(start));
    for (let i = 0; i < MAX_BRACKET_STEPS && values[0]! >= lowest && times[0]! > 0; i++) {
      const t = times[0]! / 2;
      times.unshift(t);
      values.unshift(g(t));
    }
    for (let i = 0; i < MAX_BRACKET_STEPS && values[values.length - 1]! < highest; i++) {
      const t = times[times.length - 1]! * 2;
      if (!Number.isFinite(t)) break;
      times.push(t);
      values.push(g(t));
    }
  }
  return levels.map((level) => {
    if (atZero >= level) return { value: 0, converged: true };
    const hi = values.findIndex((v) => v >= level);
    if (hi < 0) return null;
    const lo = hi === 0 ? 0 : times[hi - 1]!;
    return findRoot((t) => g(t) - level, lo, times[hi]!, relTol);
  });
}

/**
 * The first time t ≥ 0 at which a non-decreasing function reaches `level` (one level of
 * {@link findLevelTimes}).
 * @example
 * findLevelTime((t) => -Math.expm1(-t / 1000), 0.5, 1000)?.value; // 693.147... = 1000·ln 2
 */
export function findLevelTime(
  g: (t: number) => number,
  level: number,
  scale: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
): RootResult | null {
  return findLevelTimes(g, [level], scale, relTol)[0]!;
}
